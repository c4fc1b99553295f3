import Foundation
import QITestSupport
import Testing

/// `qid import cqc` run as a user would, on the real public CQC files (JSON and both CSV kinds): the directory it
/// makes checks with 0 errors and builds, and a second import is a no-op.
@Suite struct ImportCommandTests {
    static let source = "Tests/Fixtures/cqc-source"
    static let inputs = [
        "\(source)/api-locations", "\(source)/care-directory-with-ratings.csv", "\(source)/care-directory-monthly-rearranged.csv",
    ]

    /// A fresh content folder: the minimal tree's directory.yaml (Oldham added, a cqc: mapping) and officers.yaml.
    static func content() throws -> URL {
        let folder = TemporaryFolder.make("qid-import-e2e")
        let minimal = FixtureTree.packageRoot.appendingPathComponent("Tests/Fixtures/minimal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: minimal.appendingPathComponent("officers.yaml"), to: folder.appendingPathComponent("officers.yaml"))
        let directory =
            try String(contentsOf: minimal.appendingPathComponent("directory.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "localities: [Cherwell, Oxford]", with: "localities: [Cherwell, Oxford, Oldham]")
            + "cqc:\n  localities:\n    Oldham: Oldham\n  default_service_area: age-well\n"
        try directory.write(to: folder.appendingPathComponent("directory.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func importThenCheckThenBuildThenImportAgain() throws {
        let content = try Self.content()
        let first = try QID.run(["import", "cqc"] + Self.inputs + ["--content", content.path])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains(": 6 new, 0 updated, 0 unchanged, 0 deregistered, 10 skipped"), "\(first.stdout)")
        #expect(first.stdout.contains("columns used: Location ID → location id"))

        let check = try QID.run(["check", content.path, "--as-of", "2025-04-01"])
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.lines.last?.hasPrefix("qid check: 0 errors") == true, "\(check.stdout)")

        let site = TemporaryFolder.make("qid-import-e2e-site")
        let build = try QID.run(["build", content.path, "-o", site.path, "--as-of", "2025-04-01"])
        #expect(build.status == 0, "\(build.stdout)\(build.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("providers/chadderton-total-care/index.html"), encoding: .utf8)
        #expect(page.contains("Care Quality Commission rating"))
        #expect(page.contains("Inherited from a previous registration."))
        #expect(page.contains("href=\"https://www.cqc.org.uk/location/1-16964879095\""))
        #expect(page.contains("Contains CQC data, Open Government Licence v3.0, as of 13 March 2025."))
        let index = try String(contentsOf: site.appendingPathComponent("search-index.json"), encoding: .utf8)
        #expect(index.contains("\"cqcRating\"") && index.contains("\"Requires improvement\""))

        let before = try Self.files(content)
        let second = try QID.run(["import", "cqc"] + Self.inputs + ["--content", content.path])
        #expect(second.status == 0)
        #expect(second.stdout.contains(": 0 new, 0 updated, 6 unchanged"), "\(second.stdout)")
        #expect(try Self.files(content) == before)
    }

    @Test func aDryRunPrintsTheSummaryAndWritesNothing() throws {
        let content = try Self.content()
        let result = try QID.run(["import", "cqc", "\(Self.source)/api-locations", "--content", content.path, "--dry-run"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("would import") && result.stdout.contains("(dry run: nothing written)"))
        #expect(!FileManager.default.fileExists(atPath: content.appendingPathComponent("providers").path))
    }

    @Test func anUnrecognisedFileIsAnErrorNamingIt() throws {
        let content = try Self.content()
        let result = try QID.run(["import", "cqc", "README.md", "--content", content.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("qid import cqc: README.md: not a CQC file qid reads: it starts with '# QI Directory (`qid`)'"))
    }

    static func files(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            files[relative] = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path)
        }
        return files
    }
}
