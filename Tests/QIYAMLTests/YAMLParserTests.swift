import Foundation
import QIYAML
import Testing

/// The libyaml wrapper: positions, errors and the limits that keep hostile input harmless.
@Suite struct YAMLParserTests {
    // MARK: Helpers

    private func parse(_ text: String, limits: YAMLLimits = .standard) -> Result<YAMLNode?, YAMLError> {
        YAMLParser.parse(Array(text.utf8), limits: limits)
    }

    private func document(_ text: String) throws -> YAMLNode {
        switch parse(text) {
        case .success(let node?): return node
        case .success(nil): throw ParseFailure(description: "no document")
        case .failure(let error): throw ParseFailure(description: "\(error.mark.line):\(error.mark.column) \(error.message)")
        }
    }

    private func failure(_ bytes: [UInt8], limits: YAMLLimits = .standard) -> YAMLError? {
        if case .failure(let error) = YAMLParser.parse(bytes, limits: limits) { return error }
        return nil
    }

    private func failure(_ text: String, limits: YAMLLimits = .standard) -> YAMLError? {
        failure(Array(text.utf8), limits: limits)
    }

    private struct ParseFailure: Error, CustomStringConvertible {
        let description: String
    }

    // MARK: Positions

    @Test func marksAreOneBasedPositionsOfTheValuesThemselves() throws {
        let root = try document(
            """
            name: Acorn House
            services:
              - care-home-nursing
            contract: {tier: gold, criticality: high}
            """)
        let mapping = try #require(root.mapping)
        #expect(mapping.mark == YAMLMark(line: 1, column: 1))
        let name = try #require(mapping.value(for: "name"))
        #expect(name.mark == YAMLMark(line: 1, column: 7))
        #expect(name.scalar?.value == "Acorn House")
        let services = try #require(mapping.value(for: "services"))
        #expect(services.mark == YAMLMark(line: 3, column: 3))
        #expect(services.sequence?.items.first?.mark == YAMLMark(line: 3, column: 5))
        let contract = try #require(mapping.value(for: "contract"))
        #expect(contract.mark == YAMLMark(line: 4, column: 11))
        let criticality = try #require(contract.mapping?.value(for: "criticality"))
        #expect(criticality.mark == YAMLMark(line: 4, column: 37))
        // A key's own mark is where the key is, not where its mapping starts.
        #expect(mapping.entries[2].key.mark == YAMLMark(line: 4, column: 1))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        // 'é' is two bytes and '名前' six; columns must count them as one character each.
        let root = try #require(try document("one: {é: x, b: y}\ntwo: {名前: x, c: z}\n").mapping)
        let one = try #require(root.value(for: "one")?.mapping)
        #expect(one.entries[1].key.mark == YAMLMark(line: 1, column: 13))
        #expect(one.entries[1].value.mark == YAMLMark(line: 1, column: 16))
        let two = try #require(root.value(for: "two")?.mapping)
        #expect(two.entries[1].key.mark == YAMLMark(line: 2, column: 14))
        #expect(two.entries[1].value.mark == YAMLMark(line: 2, column: 17))
    }

    @Test func scalarStylesAndNulls() throws {
        let root = try #require(try document("a: 'q'\nb: \"d\"\nc: |\n  text\nd: ~\ne:\nf: null\n").mapping)
        #expect(root.value(for: "a")?.scalar?.style == .singleQuoted)
        #expect(root.value(for: "b")?.scalar?.style == .doubleQuoted)
        #expect(root.value(for: "c")?.scalar?.style == .literal)
        #expect(root.value(for: "c")?.scalar?.value == "text\n")
        #expect(root.value(for: "d")?.scalar?.isNull == true)
        #expect(root.value(for: "e")?.scalar?.isNull == true)
        #expect(root.value(for: "f")?.scalar?.isNull == true)
        #expect(root.value(for: "a")?.scalar?.isNull == false)
    }

    @Test func emptyAndCommentOnlyFilesHaveNoDocument() {
        for text in ["", "# only a comment\n", "\n\n"] {
            guard case .success(nil) = parse(text) else {
                Issue.record("expected no document for \(text.debugDescription)")
                continue
            }
        }
    }

    // MARK: Errors

    @Test func malformedYAMLGivesLibyamlsProblemAndOneBasedMark() throws {
        let error = try #require(failure("name: Acorn\naddress: 1 High Street: Banbury\n"))
        #expect(error.kind == .syntax)
        #expect(error.message.hasPrefix("malformed YAML: "))
        #expect(error.message.contains("mapping values are not allowed in this context"))
        #expect(error.mark == YAMLMark(line: 2, column: 23))
    }

    @Test func malformedYAMLIncludesLibyamlsContext() throws {
        let error = try #require(failure("a: 1\nb: [x, y\nc: 2\n"))
        #expect(error.kind == .syntax)
        #expect(error.message.contains("while parsing a flow sequence (line 2, column 4)"))
        #expect(error.message.contains("did not find expected ',' or ']'"))
        #expect(error.mark.line == 3)
    }

    @Test func tabIndentationGivesTheTabMessage() throws {
        let error = try #require(failure("contract:\n\ttier: gold\n"))
        #expect(error.kind == .syntax)
        #expect(error.message == "line 2 is indented with a tab; YAML allows only spaces for indentation")
        #expect(error.fix == "replace the tab with spaces")
        #expect(error.mark == YAMLMark(line: 2, column: 1))
    }

    @Test func aTabInsideAValueIsNotAnError() throws {
        let root = try document("title: a\tb\n")
        #expect(root.mapping?.value(for: "title")?.scalar?.value == "a\tb")
    }

    @Test func moreThanOneDocumentIsAnError() throws {
        let error = try #require(failure("name: a\n---\nname: b\n"))
        #expect(error.kind == .syntax)
        #expect(error.message.contains("more than one YAML document"))
        #expect(error.mark == YAMLMark(line: 2, column: 1))
        // One document with explicit start and end markers is fine.
        _ = try document("---\nname: a\n...\n")
    }

    @Test func aliasesResolveToTheAnchoredValue() throws {
        let root = try #require(try document("base: &b {tier: gold, value: 3}\ncopy: *b\nlist: [&s x, *s, *s]\n").mapping)
        let copy = try #require(root.value(for: "copy")?.mapping)
        #expect(copy.value(for: "tier")?.scalar?.value == "gold")
        #expect(copy.value(for: "value")?.scalar?.value == "3")
        #expect(root.value(for: "list")?.sequence?.items.compactMap { $0.scalar?.value } == ["x", "x", "x"])
    }

    @Test func anAliasWithoutAnAnchorIsAnError() throws {
        let error = try #require(failure("a: *nowhere\n"))
        #expect(error.kind == .syntax)
        #expect(error.message.contains("'*nowhere'"))
        #expect(error.mark == YAMLMark(line: 1, column: 4))
    }

    @Test func aSelfReferentialAliasIsAnError() throws {
        let error = try #require(failure("a: &x [*x]\n"))
        #expect(error.message.contains("names no anchor"))
    }

    // MARK: Limits

    @Test func billionLaughsFailsQuicklyWithTheValuesLimit() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(previous)]\n"
        }
        let clock = ContinuousClock()
        var error: YAMLError?
        let elapsed = clock.measure { error = failure(text) }
        let problem = try #require(error)
        #expect(problem.kind == .unsafe)
        #expect(problem.message.contains("more than 100000 values"))
        #expect(problem.mark.line <= 6, "the limit is hit after a few levels, at \(problem.mark)")
        #expect(elapsed < .seconds(1))
    }

    @Test func valuesLimitCountsEveryValueExactly() throws {
        let limits = YAMLLimits(maximumValues: 4)
        // A list of three scalars is four values.
        #expect(failure("[a, b, c]", limits: limits) == nil)
        #expect(failure("[a, b, c, d]", limits: limits)?.kind == .unsafe)
        // An alias counts everything it repeats: the list (1) + its 2 items, twice, is 1 + 3 + 3 = 7 > 4.
        #expect(failure("- &l [a, b]\n- *l\n", limits: YAMLLimits(maximumValues: 6))?.kind == .unsafe)
        #expect(failure("- &l [a, b]\n- *l\n", limits: YAMLLimits(maximumValues: 7)) == nil)
    }

    @Test func deepNestingFailsWithTheDepthLimit() throws {
        let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let clock = ContinuousClock()
        var error: YAMLError?
        let elapsed = clock.measure { error = failure(text) }
        let problem = try #require(error)
        #expect(problem.kind == .unsafe)
        #expect(problem.message == "lists and mappings are nested more than 64 deep (the limit)")
        #expect(problem.mark == YAMLMark(line: 1, column: 65))
        #expect(elapsed < .seconds(1))
    }

    @Test func depthLimitIsExact() {
        let limits = YAMLLimits(maximumDepth: 3)
        #expect(failure("[[[a]]]", limits: limits) == nil)
        #expect(failure("[[[[a]]]]", limits: limits)?.kind == .unsafe)
        #expect(failure("a: {b: {c: d}}", limits: limits) == nil)
        #expect(failure("a: {b: {c: [d]}}", limits: limits)?.kind == .unsafe)
    }

    // MARK: Bytes

    @Test func invalidUTF8GivesItsPosition() throws {
        let bytes = Array("name: ok\ntitle: é".utf8) + [0xFF, 0x41, 0x0A]
        let error = try #require(failure(bytes))
        #expect(error.kind == .unsafe)
        #expect(error.message == "the file is not valid UTF-8 (an invalid byte sequence)")
        #expect(error.mark == YAMLMark(line: 2, column: 9))
    }

    @Test func truncatedUTF8SequenceIsInvalid() throws {
        let error = try #require(failure(Array("a: b\n".utf8) + [0xC3]))
        #expect(error.kind == .unsafe)
        #expect(error.mark == YAMLMark(line: 2, column: 1))
    }

    @Test func nulByteIsReportedAsBinaryWithItsPosition() throws {
        let bytes = Array("a: b\nc: d".utf8) + [0x00, 0x00]
        let error = try #require(failure(bytes))
        #expect(error.kind == .unsafe)
        #expect(error.message.contains("binary file"))
        #expect(error.mark == YAMLMark(line: 2, column: 5))
    }

    // MARK: The end of the text and a byte-order mark

    @Test func anErrorAtTheEndOfAFileWithoutANewlineIsOnItsLastLine() throws {
        // A mark inside the text stays where libyaml put it.
        let error = try #require(failure("a: 1\nb\n  c"))
        #expect(error.kind == .syntax)
        #expect(error.mark == YAMLMark(line: 3, column: 4))
        // At the end of an unterminated list libyaml moves its mark to line 3, which does not exist: the error is
        // at the end of line 2.
        let unterminated = try #require(failure("a: 1\nb: [x"))
        #expect(unterminated.mark == YAMLMark(line: 2, column: 6))
    }

    @Test func aByteOrderMarkIsReadAndColumnsCountFromAfterIt() throws {
        let root = try #require(try document("\u{FEFF}name: Acorn\nb: 2\n").mapping)
        #expect(root.value(for: "name")?.mark == YAMLMark(line: 1, column: 7))
        #expect(root.entries.first?.key.mark == YAMLMark(line: 1, column: 1))
        let error = try #require(failure("\u{FEFF}a: [x\n"))
        #expect(error.mark.line == 2)
    }
}

extension YAMLNode {
    var mapping: YAMLMapping? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }

    var sequence: YAMLSequence? {
        if case .sequence(let sequence) = self { return sequence }
        return nil
    }

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = self { return scalar }
        return nil
    }
}

extension YAMLMapping {
    func value(for key: String) -> YAMLNode? {
        entries.first { $0.key.scalar?.value == key }?.value
    }
}
