import Testing

@testable import QIDomain

/// `SafeLink.email`: an all-ASCII address is read byte by byte, any other by characters; both must agree.
@Suite struct SafeLinkEmailTests {
    @Test(arguments: ["office@acorn-care.example", "info+care@example.org", "first.last_2@x-y.example.co.uk", "a@b.c"])
    func aPlainAddressPasses(_ value: String) {
        #expect(SafeLink.email(value) == nil)
        #expect(SafeLink.asciiEmail(value) == true)
    }

    @Test(arguments: [
        "office", "@example.org", "a@@example.org", "a@b@example.org", "a@example", "a@.example.org", "a@example.org.",
        "a@-example.org", "a!b@example.org", "a@exam_ple.org", "mailto:a@example.org", "a@example.org?subject=x",
    ])
    func anythingElseIsRefused(_ value: String) {
        #expect(SafeLink.email(value) != nil)
        #expect(SafeLink.asciiEmail(value) == false)
    }

    @Test func anAddressWithLettersBeyondASCIIIsReadByCharacters() {
        #expect(SafeLink.asciiEmail("zoë@example.org") == nil)
        #expect(SafeLink.email("zoë@example.org") == nil)
        #expect(SafeLink.email("zoë@exam!ple.org") != nil)
    }

    /// Many short texts from the characters that decide: the byte reading gives the character reading's verdict.
    @Test func theByteReadingAgreesWithTheCharacterReading() {
        var generator = SeededGenerator(seed: 11)
        func text(_ alphabet: String, _ lengths: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: lengths, using: &generator)).compactMap { _ in alphabet.randomElement(using: &generator) })
        }
        var passed = 0
        for _ in 0..<20_000 {
            // Mostly shaped like an address (a local part, @, a domain), from letters, digits and the characters that
            // decide; one in five with a second @ or none.
            let value = text("ab9._%+-!", 1...4) + (Bool.random(using: &generator) ? "@" : text("@@.", 0...1)) + text("ab9.-_@", 0...6)
            #expect(SafeLink.asciiEmail(value) == SafeLink.characterEmail(value), "\(value)")
            if SafeLink.characterEmail(value) { passed += 1 }
        }
        // Both verdicts occur often: the texts are neither all refused nor all passed.
        #expect(passed > 100)
        #expect(passed < 19_000)
    }
}
