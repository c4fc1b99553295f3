import Testing

@testable import QILoader

/// `KeyTable`: finds a declared key's position by a cheap hash and one comparison; every other text is not found.
@Suite struct KeyTableTests {
    @Test func everyKeyOfARealDeclarationIsFoundAtItsPosition() {
        for declaration in [ContentFormat.provider, ContentFormat.rating, ContentFormat.concern, ContentFormat.action] {
            for (position, key) in declaration.keys.enumerated() {
                #expect(declaration.position(of: key) == position, "\(declaration.subject): \(key)")
                #expect(declaration.field(key)?.key == key)
            }
        }
    }

    /// Near misses of real keys (a letter changed, added or dropped, another case) are not found.
    @Test(arguments: ["", "nme", "name ", "Name", "nume", "names", "n", "é", "overalls", "standard", "summery"])
    func aKeyThatIsNotDeclaredIsNotFound(_ key: String) {
        for declaration in [ContentFormat.provider, ContentFormat.rating] {
            #expect(!declaration.keys.contains(key))
            #expect(declaration.position(of: key) == nil)
            #expect(!declaration.isRequired(key))
        }
    }

    /// Keys of the same length and the same first two letters share a hash: they are told apart by comparison.
    @Test func keysWithTheSameHashAreToldApart() {
        let keys = (0..<40).map { "ab\($0 % 10)\($0 / 10)" }
        let table = KeyTable(keys)
        for (position, key) in keys.enumerated() {
            #expect(table.position(of: key) == position)
        }
        #expect(table.position(of: "ab99") == nil)
        #expect(table.position(of: "ab0") == nil)
        #expect(KeyTable([]).position(of: "a") == nil)
        // A key given twice is found at its first position.
        #expect(KeyTable(["x", "y", "x"]).position(of: "x") == 0)
    }
}
