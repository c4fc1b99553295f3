import Foundation
import QITestSupport
import Testing

/// Every diagnostic `qid check` prints is one line, `path:line:col: severity: message [RULE]`, even when a
/// file's name or a quoted value holds a newline or another control character.
@Suite struct OneLineDiagnosticTests {
    static let diagnosticPattern = #"^.+:\d+:\d+: (error|warning): .+ \[QI-[A-Z]+\d+\]$"#
    static let summaryPattern =
        #"^qid check: [\d,]+ errors?, [\d,]+ warnings? in [\d,]+ files? \([\d,]+ providers?, as of \d{4}-\d{2}-\d{2}\)$"#

    /// The minimal tree with a rating file named with a newline, a tab and DEL, and an `overall` that is a
    /// three-line block of text (quoted back in its message).
    private func tree() throws -> FixtureTree {
        try FixtureTree.minimal()
            .writing("providers/acorn-house/ratings/2026\n04\t01\u{7F}.yaml", "date: 2026-04-01\n")
            .editing(
                "providers/acorn-house/ratings/2026-03-14.yaml", replacing: "overall: green", with: "overall: |\n  one\n  two\n  three")
    }

    @Test func textOutputHasOneLinePerDiagnostic() throws {
        let tree = try tree()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let output = try QID.run(["check", tree.path, "--as-of", "2026-06-01"])
        #expect(output.status == 1)
        let lines = output.lines
        #expect(lines.count >= 4, "\(lines)")
        for line in lines.dropLast() {
            #expect(line.range(of: Self.diagnosticPattern, options: .regularExpression) != nil, "not one diagnostic: \(line)")
        }
        #expect(lines.last?.range(of: Self.summaryPattern, options: .regularExpression) != nil)
        // The name is written with readable escapes, and so is the quoted value.
        #expect(lines.contains { $0.hasPrefix("\(tree.path)/providers/acorn-house/ratings/2026\\n04\\t01\\u{7F}.yaml:1:1: error: ") })
        #expect(lines.contains { $0.contains("unknown overall light 'one\\ntwo\\nthree\\n'") })
        // The summary counts one line per diagnostic.
        let counts = try #require(lines.last?.split(separator: " ").compactMap { Int($0) })
        #expect(counts.count >= 2 && counts[0] + counts[1] == lines.count - 1)
    }

    @Test func githubAnnotationsAreOneLineEach() throws {
        let tree = try tree()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let output = try QID.run(["check", tree.path, "--as-of", "2026-06-01", "--format", "github"])
        let annotations = output.lines.dropLast()
        #expect(annotations.count >= 3)
        #expect(annotations.allSatisfy { $0.hasPrefix("::error file=") || $0.hasPrefix("::warning file=") })
        // GitHub decodes %0A in the file property back to the newline, so the annotation finds the file.
        #expect(annotations.contains { $0.contains("ratings/2026%0A04\t01\u{7F}.yaml,line=1,col=1") })
    }
}
