import Foundation
import Testing

@testable import QISite

/// The compiled templates' key tables (`TemplateObject`) against the `MustacheParent` switches swift-mustache reads:
/// the same keys, in the order of the stored properties, each answering with the same value.
@Suite struct TemplateObjectTests {
    /// A compiled value as `TemplateKeysTests.shown` prints the reference's, for text, numbers and flags.
    static func shown(_ value: TemplateValue) -> String? {
        switch value {
        case .null: "nil"
        case .text(let text): text
        case .number(let number): String(number)
        case .bool(let flag): String(flag)
        case .object, .list: nil
        }
    }

    @Test(arguments: TemplateKeysTests.samples.indices)
    func everyKeyOfTheTableAnswersAsTheReferenceDoes(_ index: Int) throws {
        let sample = TemplateKeysTests.samples[index]
        let object = try #require(sample as? any TemplateObject, "\(type(of: sample)) is not a TemplateObject")
        let keys = type(of: object).templateKeys
        let labels = Mirror(reflecting: sample).children.compactMap(\.label)
        #expect(keys.map(\.name) == labels, "\(type(of: sample)): the key table is not the stored properties in order")
        for (position, key) in keys.enumerated() {
            let value = object.templateValue(at: position)
            let reference = sample.child(named: key.name)
            if let shown = Self.shown(value) {
                #expect(shown == TemplateKeysTests.shown(reference), "\(type(of: sample)).\(key.name) answers \(shown)")
            } else if case .list(let elements) = value {
                #expect(elements.count == (reference as? [Any])?.count, "\(type(of: sample)).\(key.name): not the same list")
            } else {
                #expect(reference != nil && !(reference is String), "\(type(of: sample)).\(key.name): not the same object")
            }
        }
        #expect(object.templateValue(at: keys.count) == nil)
    }
}

extension TemplateValue {
    /// Only `.null` equals nil: lets a test say "no value past the last key".
    static func == (value: TemplateValue, _: _OptionalNilComparisonType) -> Bool {
        if case .null = value { true } else { false }
    }
}
