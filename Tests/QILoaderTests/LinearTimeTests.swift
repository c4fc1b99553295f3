import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// A file at the 1 MB limit, in every shape that once made `qid check` quadratic (one long line of YAML, many
/// keys, many diagnostics), is loaded and evaluated as `qid check` does, gives its diagnostic, and finishes.
///
/// The bound is generous on purpose (20 s for a debug build on a busy shared machine; a release build takes well
/// under a second): a quadratic step at 1 MB takes minutes, so the test tells linear from quadratic without
/// timing anything finely. Each test removes its temporary tree.
@Suite(.serialized) struct LinearTimeTests {
    static let provider = "providers/acorn-house/provider.yaml"
    static let rating = "providers/acorn-house/ratings/2026-03-14.yaml"
    static let megabyte = 1_048_576

    /// `prefix`, then as many `item(i)` joined by `separator` as fit with `suffix` in just under 1 MB.
    private func megabyte(_ prefix: String, _ item: (Int) -> String, separator: String, _ suffix: String) -> String {
        let room = Self.megabyte - prefix.utf8.count - suffix.utf8.count - 64
        let count = room / (item(0).utf8.count + separator.utf8.count)
        return prefix + (0..<count).map(item).joined(separator: separator) + suffix
    }

    /// Writes `text` at `file` in a copy of the minimal tree, checks it on its own thread and returns the
    /// diagnostics of that file (the tree is removed).
    private func check(_ file: String, _ text: String, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> [Diagnostic]
    {
        #expect(text.utf8.count <= Self.megabyte, "\(label) is over the file limit", sourceLocation: sourceLocation)
        let tree = try FixtureTree.minimal().writing(file, text)
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let path = tree.path
        let asOf = try #require(Day(iso: "2026-06-01"))
        guard
            let (diagnostics, elapsed) = finishing(
                within: .seconds(120), sourceLocation: sourceLocation,
                { CheckedDirectory.run(root: path, asOf: asOf).diagnostics.sortedForOutput() })
        else { return [] }
        print("1 MB \(label): checked in \(elapsed), \(diagnostics.count) diagnostics")
        #expect(elapsed < .seconds(20), "\(label) took \(elapsed): the work grows faster than the input", sourceLocation: sourceLocation)
        return diagnostics.filter { $0.location.file == "\(path)/\(file)" }
    }

    private func summary(_ diagnostic: Diagnostic?) -> String {
        diagnostic.map { "\($0.location.line):\($0.location.column) \($0.rule)" } ?? "none"
    }

    @Test func longFlowList() throws {
        let text = megabyte(
            "name: A\nstatus: active\nservice_areas: [age-well]\nservices: [", { String(format: "svc-%06d", $0) }, separator: ", ", "]\n")
        let diagnostics = try check(Self.provider, text, "flow list of unknown services")
        #expect(diagnostics.count > 80_000)
        #expect(diagnostics.allSatisfy { $0.rule == .unknownReference && $0.location.line == 4 })
        // The last item's column: its offset from the start of line 4, counted without rescanning the line.
        let lineStart = "name: A\nstatus: active\nservice_areas: [age-well]\n".utf8.count
        #expect(summary(diagnostics.last) == "4:\(text.utf8.count - "svc-000000]\n".utf8.count - lineStart + 1) QI-F9")
    }

    @Test func longFlowListOverTheValueLimit() throws {
        let text = megabyte("date: 2026-03-14\noverall: [", { _ in "a" }, separator: ", ", "]\n")
        let diagnostics = try check(Self.rating, text, "flow list of 300,000 items")
        #expect(diagnostics.map(summary) == ["2:\(11 + 3 * 99_995) QI-F10"])
    }

    @Test func longFlowMapping() throws {
        let text = megabyte(
            "date: 2026-03-14\nbasis: on-site-review\noverall: green\nstandards: {", { String(format: "standard-%06d: green", $0) },
            separator: ", ", "}\n")
        let diagnostics = try check(Self.rating, text, "flow mapping of unknown standards")
        #expect(diagnostics.filter { $0.rule == .unknownReference }.count > 40_000)
        #expect(diagnostics.allSatisfy { $0.location.line == 4 })
    }

    @Test func longBlockList() throws {
        let text = megabyte(
            "name: A\nstatus: active\nservice_areas: [age-well]\nservices:\n", { String(format: "  - svc-%06d", $0) },
            separator: "\n", "\n")
        let diagnostics = try check(Self.provider, text, "block list of unknown services")
        #expect(diagnostics.count > 60_000)
        #expect(summary(diagnostics.last) == "\(4 + diagnostics.count):5 QI-F9")
    }

    @Test func veryLongScalar() throws {
        let text = megabyte("date: 2026-03-14\nbasis: on-site-review\nstandards: {}\noverall: ", { _ in "a" }, separator: "", "\n")
        let diagnostics = try check(Self.rating, text, "one 1 MB scalar")
        #expect(diagnostics.contains { summary($0) == "4:10 QI-F9" })
    }

    @Test func veryLongKey() throws {
        // An explicit key ('? KEY'), since libyaml allows a plain 'KEY:' only up to 1,024 characters.
        let text = megabyte("date: 2026-03-14\n? ", { _ in "b" }, separator: "", "\n: x\n")
        let diagnostics = try check(Self.rating, text, "one 1 MB key")
        #expect(diagnostics.contains { summary($0) == "2:3 QI-F3" })
    }

    @Test func veryLongPlainKey() throws {
        let text = megabyte("date: 2026-03-14\n", { _ in "b" }, separator: "", ": x\n")
        let diagnostics = try check(Self.rating, text, "one 1 MB plain key")
        #expect(diagnostics.map(summary) == ["2:\(text.utf8.count - 17 - 3) QI-F1"])
    }

    @Test func manyShortLines() throws {
        let text = megabyte("date: 2026-03-14\n", { _ in "#" }, separator: "\n", "\noveral: green\n")
        let lines = text.utf8.count(where: { $0 == UInt8(ascii: "\n") })
        let diagnostics = try check(Self.rating, text, "half a million comment lines")
        #expect(diagnostics.contains { summary($0) == "\(lines):1 QI-F3" })
    }

    @Test func manyKeys() throws {
        let text = megabyte("date: 2026-03-14\n", { String(format: "unknown-key-%07d: x", $0) }, separator: "\n", "\n")
        let diagnostics = try check(Self.rating, text, "45,000 unknown keys")
        #expect(diagnostics.filter { $0.rule == .unknownKey }.count > 40_000)
        #expect(diagnostics.first { $0.rule == .unknownKey }?.fix.hasPrefix("use one of: date, basis") == true)
    }

    @Test func manyNHSNumbers() throws {
        let text = megabyte("date: 2026-03-14\n# ", { _ in "9434765919" }, separator: " ", "\n")
        let diagnostics = try check(Self.rating, text, "95,000 NHS-number-shaped values")
        #expect(diagnostics.filter { $0.rule == .personalData }.count > 90_000)
        #expect(diagnostics.contains { summary($0) == "2:\(text.utf8.count - 27) QI-P1" })
    }
}
