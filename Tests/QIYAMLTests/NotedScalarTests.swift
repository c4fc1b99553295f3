import QIYAML
import Testing

/// `YAMLParser.parse(_:limits:noting:)`: the scalars a predicate picks come back as they were read, so a scan for
/// a rare kind of value (QI-P1) need not walk the tree.
@Suite struct NotedScalarTests {
    private func noted(_ text: String, _ note: (String) -> Bool) -> [YAMLScalar] {
        YAMLParser.parse(Array(text.utf8), noting: note).noted
    }

    @Test func keysAndValuesAreNotedInTheFilesOrderWithTheirPositions() {
        let text = "name: x7\nlist: [a, b7]\nx7: {deep: \"q7\"}\n"
        let found = noted(text) { $0.contains("7") }
        #expect(found.map(\.value) == ["x7", "b7", "x7", "q7"])
        #expect(found.map(\.mark.line) == [1, 2, 3, 3])
        #expect(found.map(\.mark.column) == [7, 11, 1, 12])
        #expect(found.last?.style == .doubleQuoted)
        #expect(found.last?.end.column == 16)
    }

    @Test func aValueThatAnAliasRepeatsIsNotedOnce() {
        let found = noted("a: &n 123\nb: *n\nc: *n\n") { $0 == "123" }
        #expect(found.count == 1)
        #expect(found.first?.mark.line == 1)
    }

    @Test func nothingIsNotedWhenThePredicatePicksNothingOrTheFileDoesNotParse() {
        #expect(noted("a: 1\nb: [2, 3]\n") { _ in false }.isEmpty)
        let broken = YAMLParser.parse(Array("a: 1\nb: [2, 3\n".utf8), noting: { _ in true })
        if case .success = broken.document { Issue.record("a broken file parsed") }
        // The document the noted values belong to is the same as parse(_:) gives.
        let whole = YAMLParser.parse(Array("a: 1\n".utf8), noting: { _ in true })
        guard case .success(.mapping(let mapping)?) = whole.document else {
            Issue.record("no mapping")
            return
        }
        #expect(mapping.entries.count == 1)
        #expect(whole.noted.map(\.value) == ["a", "1"])
    }
}
