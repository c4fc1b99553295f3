import Foundation
import QITestSupport
import Testing

/// `qid check` as a process: exit codes, the three formats, ordering and the summary line.
@Suite struct CheckCommandTests {
    static let fixtures = FixtureTree.fixturesFolder
    static let summaryPattern =
        #"^qid check: [\d,]+ errors?, [\d,]+ warnings? in [\d,]+ files? \([\d,]+ providers?, as of \d{4}-\d{2}-\d{2}\)$"#

    private func isSummary(_ line: String?) -> Bool {
        guard let line else { return false }
        return line.range(of: Self.summaryPattern, options: .regularExpression) != nil
    }

    @Test func builtBinaryIsFound() throws {
        // The qid built with these tests (same products folder), not a stale one from another build.
        let products = try #require(QID.productsFolder)
        let binary = try #require(QID.binary)
        #expect(binary.standardizedFileURL == products.appendingPathComponent("qid").standardizedFileURL)
    }

    // MARK: Exit codes

    @Test func minimalTreeExitsZero() throws {
        let tree = try FixtureTree.minimal()
        let output = try QID.run(["check", tree.path, "--as-of", "2026-06-01"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.lines == ["qid check: 0 errors, 0 warnings in 4 files (1 provider, as of 2026-06-01)"])
    }

    @Test func repositoryContentHasNoErrors() throws {
        let output = try QID.run(["check", "content", "--as-of", "2026-11-23"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        let summary = try #require(output.lines.last)
        #expect(summary.hasPrefix("qid check: 0 errors, "), "\(summary)")
        #expect(isSummary(summary))
        #expect(!output.stdout.contains(": error: "))
    }

    @Test func brokenTreeExitsOne() throws {
        let output = try QID.run(["check", "broken", "--as-of", "2026-06-01"], in: Self.fixtures)
        #expect(output.status == 1)
        #expect(output.lines.last?.hasPrefix("qid check: 9 errors, 3 warnings") == true)
        #expect(output.stderr.isEmpty)
    }

    @Test func strictFailsOnWarnings() throws {
        let tree = try FixtureTree.minimal().writing("notes.txt", "not content\n")
        let relaxed = try QID.run(["check", tree.path, "--as-of", "2026-06-01"])
        #expect(relaxed.status == 0)
        #expect(relaxed.lines.last == "qid check: 0 errors, 1 warning in 4 files (1 provider, as of 2026-06-01)")
        let strict = try QID.run(["check", tree.path, "--as-of", "2026-06-01", "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout == relaxed.stdout)
        // --strict does not fail a clean tree.
        let minimal = try FixtureTree.minimal()
        let clean = try QID.run(["check", minimal.path, "--as-of", "2026-06-01", "--strict"])
        #expect(clean.status == 0)
    }

    @Test(arguments: [
        (["check", "Tests/Fixtures/minimal", "--as-of", "2026-13-01"], "2026-13-01"),
        (["check", "Tests/Fixtures/minimal", "--as-of", "01/06/2026"], "01/06/2026"),
        (["check", "Tests/Fixtures/minimal", "--format", "xml"], "xml"),
        (["check", "Tests/Fixtures/no-such-folder"], "no content folder at 'Tests/Fixtures/no-such-folder'"),
        (["check", "Tests/Fixtures/minimal/directory.yaml"], "no content folder"),
        (["check", "--no-such-flag"], "--no-such-flag"),
        (["frobnicate"], "frobnicate"),
    ])
    func usageErrorsExitTwo(arguments: [String], mentioned: String) throws {
        let output = try QID.run(arguments)
        #expect(output.status == 2, "\(arguments): \(output.stderr)")
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.contains(mentioned))
        #expect(output.stderr.contains("Run 'qid help' for usage."))
    }

    // MARK: Formats

    @Test func githubFormatIsWorkflowCommands() throws {
        let output = try QID.run(["check", "broken", "--as-of", "2026-06-01", "--format", "github"], in: Self.fixtures)
        #expect(output.status == 1)
        let annotations = output.lines.dropLast()
        #expect(annotations.count == 12)
        for line in annotations {
            #expect(line.hasPrefix("::error file=") || line.hasPrefix("::warning file="), "\(line)")
        }
        #expect(
            annotations.contains {
                $0.hasPrefix(
                    "::error file=broken/providers/acorn-house/ratings/2026-03-14.yaml,line=15,col=10,title=QI-R1::overall is amber")
            })
        #expect(annotations.contains { $0.hasPrefix("::warning file=broken/notes.txt,line=1,col=1,title=QI-F11::") })
        #expect(isSummary(output.lines.last))
    }

    @Test func jsonFormatParsesWithTheDocumentedShape() throws {
        let output = try QID.run(["check", "broken", "--as-of", "2026-06-01", "--format", "json"], in: Self.fixtures)
        #expect(output.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
        let document = try #require(object as? [String: Any])
        #expect(Set(document.keys) == ["version", "asOf", "summary", "diagnostics", "providers"])
        #expect(document["version"] as? Int == 1)
        #expect(document["asOf"] as? String == "2026-06-01")
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["errors": 9, "warnings": 3, "filesRead": 9, "providers": 3])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.count == 12)
        for diagnostic in diagnostics {
            #expect(Set(diagnostic.keys) == ["file", "line", "column", "severity", "rule", "message", "fix"])
            #expect(["error", "warning"].contains(diagnostic["severity"] as? String ?? ""))
            #expect((diagnostic["file"] as? String)?.hasPrefix("broken/") == true)
        }
        #expect(diagnostics.filter { $0["severity"] as? String == "error" }.count == 9)
        let providers = try #require(document["providers"] as? [[String: Any]])
        #expect(providers.compactMap { $0["id"] as? String } == ["Elm_House", "acorn-house", "cedar-court"])
        // Every provider of the broken tree has an error in its own files: none shows a light computed from them.
        let acorn = try #require(providers.first { $0["id"] as? String == "acorn-house" })
        #expect(acorn["light"] is NSNull)
        #expect(acorn["blockedBy"] as? Int == 1)
        #expect(acorn["since"] is NSNull)
        #expect(acorn["explanation"] is NSNull)
        #expect((acorn["due"] as? [[String: Any]])?.first?["rule"] as? String == "QI-C6")
        // Cedar Court's only rating is misnamed, so its light would be computed without it.
        let cedar = try #require(providers.first { $0["id"] as? String == "cedar-court" })
        #expect(cedar["light"] is NSNull)
        #expect(cedar["blockedBy"] as? Int == 2)
        let elm = try #require(providers.first { $0["id"] as? String == "Elm_House" })
        #expect(elm["blockedBy"] as? Int == 1)
    }

    @Test func jsonOfACleanTreeHasEmptyDiagnostics() throws {
        let output = try QID.run(["check", "minimal", "--as-of", "2026-06-01", "--format", "json"], in: Self.fixtures)
        #expect(output.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect((document["diagnostics"] as? [Any])?.isEmpty == true)
        #expect((document["summary"] as? [String: Int])?["filesRead"] == 4)
        // A provider with no errors shows its light, and every key in the documented order.
        let providers = try #require(document["providers"] as? [[String: Any]])
        #expect(providers.count == 1)
        let acorn = try #require(providers.first)
        #expect(acorn["light"] as? String == "green")
        #expect(acorn["blockedBy"] as? Int == 0)
        #expect(acorn["status"] as? String == "active")
        #expect(acorn["review"] as? [String: String] == ["status": "current", "lastReviewed": "2026-03-14", "dueBy": "2027-03-14"])
        #expect(acorn["notice"] is NSNull)
        #expect(acorn["pendingLift"] is NSNull)
        let keys = [
            "\"id\"", "\"light\"", "\"blockedBy\"", "\"word\"", "\"since\"", "\"explanation\"", "\"guidance\"", "\"status\"", "\"review\"",
            "\"notice\"", "\"pendingLift\"", "\"due\"",
        ]
        let positions = keys.compactMap { output.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count)
        #expect(positions == positions.sorted())
    }

    @Test func dueWithinLooksFurtherAheadAndIsValidated() throws {
        func due(_ extra: [String]) throws -> [[String: Any]] {
            let output = try QID.run(["check", "minimal", "--as-of", "2027-01-01", "--format", "json"] + extra, in: Self.fixtures)
            let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
            return try #require((document["providers"] as? [[String: Any]])?.first?["due"] as? [[String: Any]])
        }
        // The review falls due on 14 March 2027: beyond the default 30 days, within 90.
        #expect(try due([]).isEmpty)
        let ahead = try due(["--due-within", "90"])
        #expect(ahead.count == 1)
        #expect(ahead.first?["kind"] as? String == "review-falling-due")
        #expect(ahead.first?["due"] as? String == "2027-03-14")
        #expect(ahead.first?["overdue"] as? Bool == false)
        let bad = try QID.run(["check", "minimal", "--due-within", "-3"], in: Self.fixtures)
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--due-within"))
    }

    @Test func textIsSortedByFileLineColumnAndEndsWithTheSummary() throws {
        let output = try QID.run(["check", "broken", "--as-of", "2026-06-01"], in: Self.fixtures)
        let lines = output.lines
        #expect(lines.count == 13)
        #expect(isSummary(lines.last))
        #expect(lines.last == "qid check: 9 errors, 3 warnings in 9 files (3 providers, as of 2026-06-01)")
        let locations = try lines.dropLast().map { line -> (String, Int, Int) in
            let parts = line.split(separator: ":", maxSplits: 3).map(String.init)
            try #require(parts.count == 4, "\(line)")
            return (parts[0], try #require(Int(parts[1])), try #require(Int(parts[2])))
        }
        for (earlier, later) in zip(locations, locations.dropFirst()) {
            #expect(earlier <= later, "\(earlier) printed before \(later)")
        }
        #expect(Set(locations.map(\.0)).count >= 7, "diagnostics span several files")
        for line in lines.dropLast() {
            #expect(
                line.range(of: #"^broken/[^:]+:\d+:\d+: (error|warning): .+ \[QI-[A-Z]\d+\]$"#, options: .regularExpression) != nil,
                "\(line)")
        }
    }
}
