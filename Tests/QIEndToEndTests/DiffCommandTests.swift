import Foundation
import QITestSupport
import Testing

/// `qid diff` on real git repositories and folders: what a change does to the directory, in each format.
@Suite struct DiffCommandTests {
    static let rating = "providers/acorn-house/ratings/2026-03-14.yaml"
    static let provider = "providers/acorn-house/provider.yaml"
    static let asOf = ["--as-of", "2026-06-01"]
    static let amberHeadline = "  Acorn House: Green → Amber (the desktop review on 1 May 2026 rated it amber)"

    /// The fixture's green rating, re-dated 1 May 2026 as a desktop review that rates the provider amber.
    static func amberReview(_ repository: GitContentRepository) throws {
        let green = try repository.read(rating)
        let amber = green.replacingOccurrences(of: "date: 2026-03-14", with: "date: 2026-05-01")
            .replacingOccurrences(of: "basis: on-site-review", with: "basis: desktop-review")
            .replacingOccurrences(of: "overall: green", with: "overall: amber")
        try repository.write("providers/acorn-house/ratings/2026-05-01.yaml", amber)
    }

    /// A repository whose second commit rates Acorn House amber.
    static func repositoryWithAmberReview() throws -> GitContentRepository {
        let repository = try GitContentRepository()
        try amberReview(repository)
        try repository.commit("Acorn House rated amber")
        return repository
    }

    // MARK: A light that changes, in each format

    @Test func aChangedLightIsOneEntryWithItsReasonInText() throws {
        let repository = try Self.repositoryWithAmberReview()
        let base = try repository.git("rev-parse", "--short", "HEAD~1").trimmingCharacters(in: .whitespacesAndNewlines)
        let head = try repository.git("rev-parse", "--short", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let output = try QID.run(["diff", "HEAD~1", "HEAD"] + Self.asOf, in: repository.root)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr.isEmpty)
        #expect(
            output.lines == [
                "qid diff: HEAD~1 (\(base)) → HEAD (\(head)), as of 2026-06-01",
                "",
                "Providers whose entry changes (1):",
                Self.amberHeadline,
                "    Since: 14 March 2026 → 1 May 2026",
                "    Guidance: No quality restrictions on new placements. → New placements or care package agreements only with caution and a risk assessment.",
                "    Review: up to date (last reviewed 14 March 2026, next due by 14 March 2027) → up to date (last reviewed 1 May 2026, next due by 1 May 2027)",
                "",
                "qid diff: 1 provider changes, 0 added, 0 removed; 0 diagnostics introduced, 0 fixed",
            ])
    }

    @Test func markdownIsAPullRequestCommentWithEveryNameEscaped() throws {
        let repository = try GitContentRepository()
        try repository.edit(Self.provider, replacing: "name: Acorn House", with: "name: \"Acorn | House *One* <b>@team\"")
        try repository.commit("A name full of Markdown")
        try Self.amberReview(repository)
        let output = try QID.run(["diff", "HEAD", "--format", "markdown"] + Self.asOf, in: repository.root)
        #expect(output.status == 0, "\(output.stderr)")
        let head = try repository.git("rev-parse", "--short", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            output.lines == [
                "## What this change does to the directory",
                "",
                "Comparing **HEAD \\(\(head)\\)** with **the working tree**, as of 1 June 2026.",
                "",
                "1 provider changes, 0 added, 0 removed; 0 diagnostics introduced, 0 fixed.",
                "",
                "### Providers whose entry changes (1)",
                "",
                "- **Acorn \\| House \\*One\\* \\<b\\>\\@team**: Green → **Amber** (the desktop review on 1 May 2026 rated it amber)",
                "  - Since: 14 March 2026 → 1 May 2026",
                "  - Guidance: No quality restrictions on new placements. → New placements or care package agreements only with caution and a risk assessment.",
                "  - Review: up to date \\(last reviewed 14 March 2026, next due by 14 March 2027\\) → up to date \\(last reviewed 1 May 2026, next due by 1 May 2027\\)",
            ])
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let repository = try Self.repositoryWithAmberReview()
        let output = try QID.run(["diff", "HEAD~1", "HEAD", "--format", "json"] + Self.asOf, in: repository.root)
        #expect(output.status == 0, "\(output.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 1)
        #expect(document["asOf"] as? String == "2026-06-01")
        #expect((document["base"] as? String)?.hasPrefix("HEAD~1 (") == true)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["changed": 1, "added": 0, "removed": 0, "introduced": 0, "fixed": 0])
        let changed = try #require(document["changed"] as? [[String: Any]])
        let entry = try #require(changed.first)
        #expect(entry["id"] as? String == "acorn-house")
        #expect(entry["fields"] as? [String] == ["light", "since", "guidance", "review"])
        let before = try #require(entry["before"] as? [String: Any])
        let after = try #require(entry["after"] as? [String: Any])
        #expect(before["light"] as? String == "green")
        #expect(after["light"] as? String == "amber")
        #expect(after["reason"] as? String == "Amber because the desktop review on 1 May 2026 rated it amber.")
        #expect(after["since"] as? String == "2026-05-01")
        #expect((after["review"] as? [String: Any])?["lastReviewed"] as? String == "2026-05-01")
        for key in ["added", "removed", "introduced", "fixed"] {
            #expect((document[key] as? [Any])?.isEmpty == true, "\(key)")
        }
        // Keys in the documented order.
        let order = [
            "\"version\"", "\"asOf\"", "\"base\"", "\"head\"", "\"summary\"", "\"changed\"", "\"added\"", "\"removed\"", "\"introduced\"",
            "\"fixed\"",
        ]
        let positions = order.compactMap { output.stdout.range(of: $0)?.lowerBound }
        #expect(positions.count == order.count && positions == positions.sorted())
    }

    // MARK: Where the two sides come from

    @Test func theWorkingTreeIsTheDefaultHeadAndIsLeftAsItWas() throws {
        let repository = try GitContentRepository()
        try Self.amberReview(repository)
        let statusBefore = try repository.git("status", "--porcelain")
        let scratch = TemporaryFolder.make("qid-diff-tmp")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let output = try QID.run(["diff", "HEAD"] + Self.asOf, in: repository.root, environment: ["TMPDIR": scratch.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.lines.first?.hasSuffix(" → the working tree, as of 2026-06-01") == true)
        #expect(output.lines.contains(Self.amberHeadline))
        // The uncommitted rating is still there, nothing was staged, and the revision's temporary copy is gone.
        #expect(try repository.git("status", "--porcelain") == statusBefore)
        #expect(statusBefore == "?? content/providers/acorn-house/ratings/2026-05-01.yaml\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path).isEmpty)
    }

    @Test func twoFoldersNeedNoRepository() throws {
        let base = try FixtureTree.minimal()
        let head = try FixtureTree.minimal().editing(Self.rating, replacing: "overall: green", with: "overall: amber")
        let output = try QID.run(["diff", base.path, head.path] + Self.asOf)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.lines.first == "qid diff: \(base.path) → \(head.path), as of 2026-06-01")
        #expect(output.lines.contains("  Acorn House: Green → Amber (the on-site review on 14 March 2026 rated it amber)"))
        // The same folder on both sides: nothing changes.
        let same = try QID.run(["diff", base.path, base.path] + Self.asOf)
        #expect(same.lines.last?.hasPrefix("Nothing changes: ") == true)
    }

    @Test func contentAtTheTopOfTheRepositoryAndRunFromInsideIt() throws {
        let repository = try GitContentRepository(contentPath: "")
        try Self.amberReview(repository)
        try repository.commit("Acorn House rated amber")
        let output = try QID.run(["diff", "HEAD~1", "HEAD", "--content", "."] + Self.asOf, in: repository.root)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.lines.contains(Self.amberHeadline))
        // From a folder inside the content, naming the content folder relatively.
        let nested = try GitContentRepository()
        try nested.edit(Self.rating, replacing: "overall: green", with: "overall: amber")
        let inside = try QID.run(
            ["diff", "HEAD", "--content", ".."] + Self.asOf, in: nested.content.appendingPathComponent("providers"))
        #expect(inside.status == 0, "\(inside.stderr)")
        #expect(inside.lines.contains("  Acorn House: Green → Amber (the on-site review on 14 March 2026 rated it amber)"))
    }

    @Test func nothingChangedSaysSo() throws {
        let repository = try GitContentRepository()
        try repository.write("README.md", "Notes for officers.\n")
        try repository.commit("A README changes nothing in the directory")
        for format in ["text", "markdown"] {
            let output = try QID.run(["diff", "HEAD~1", "--format", format] + Self.asOf, in: repository.root)
            #expect(output.status == 0, "\(output.stderr)")
            #expect(output.stdout.contains("Nothing changes"), "\(format): \(output.stdout)")
            #expect(!output.stdout.contains("Providers"))
        }
        let json = try QID.run(["diff", "HEAD~1", "--format", "json"] + Self.asOf, in: repository.root)
        #expect(json.stdout.contains("\"summary\": {\"changed\": 0, \"added\": 0, \"removed\": 0, \"introduced\": 0, \"fixed\": 0}"))
    }

    // MARK: Bad arguments

    @Test func aBadRevisionIsAClearError() throws {
        let repository = try GitContentRepository()
        let output = try QID.run(["diff", "no-such-branch"] + Self.asOf, in: repository.root)
        #expect(output.status == 2)
        #expect(output.stdout.isEmpty)
        #expect(output.stderr.hasPrefix("qid diff: 'no-such-branch' is neither a folder nor a revision of the git repository at '"))
        #expect(output.stderr.contains("give a branch, tag or commit"))
    }

    @Test func aRevisionWithoutTheContentFolderOrNoRepositoryIsAClearError() throws {
        let repository = try GitContentRepository()
        let missing = try QID.run(["diff", "HEAD", "--content", "elsewhere"] + Self.asOf, in: repository.root)
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("qid diff: revision 'HEAD' has no content folder at 'elsewhere'"))
        let tree = try FixtureTree.minimal()
        let outside = try QID.run(["diff", "main", "--content", tree.path] + Self.asOf)
        #expect(outside.status == 2)
        #expect(outside.stderr.contains("is not in a git repository"))
        let badDate = try QID.run(["diff", "HEAD", "--as-of", "2026-02-30"], in: repository.root)
        #expect(badDate.status == 2)
        #expect(badDate.stderr.contains("2026-02-30"))
    }

    // MARK: Providers and diagnostics

    @Test func providersAddedAndRemoved() throws {
        let repository = try GitContentRepository()
        let acorn = repository.content.appendingPathComponent("providers/acorn-house")
        try FileManager.default.copyItem(at: acorn, to: repository.content.appendingPathComponent("providers/beech-lodge"))
        try repository.edit("providers/beech-lodge/provider.yaml", replacing: "name: Acorn House", with: "name: Beech Lodge")
        try repository.commit("Beech Lodge joins")
        try FileManager.default.removeItem(at: acorn)
        try repository.commit("Acorn House leaves")
        let added = try QID.run(["diff", "HEAD~2", "HEAD~1"] + Self.asOf, in: repository.root)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.lines.contains("Providers added (1):"))
        #expect(added.lines.contains("  Beech Lodge: Green (the on-site review on 14 March 2026 rated it green)"))
        #expect(!added.stdout.contains("Providers removed"))
        let removed = try QID.run(["diff", "HEAD~1", "HEAD"] + Self.asOf, in: repository.root)
        #expect(removed.lines.contains("Providers removed (1):"))
        #expect(removed.lines.contains("  Acorn House: Green (the on-site review on 14 March 2026 rated it green)"))
        #expect(removed.lines.last == "qid diff: 0 providers change, 0 added, 1 removed; 0 diagnostics introduced, 0 fixed")
    }

    @Test func diagnosticsIntroducedAndFixedButNotMoved() throws {
        let repository = try GitContentRepository()
        try repository.write("notes.txt", "not content\n")
        try repository.commit("A stray file")
        try repository.remove("notes.txt")
        try repository.edit(Self.provider, replacing: "status: active", with: "status: active\ncolour: blue")
        try repository.commit("Stray file gone, unknown key in")
        try repository.edit(Self.provider, replacing: "name: Acorn House", with: "# Moved down two lines\n#\nname: Acorn House")
        try repository.commit("Comments above the unknown key")
        let output = try QID.run(["diff", "HEAD~2", "HEAD~1"] + Self.asOf, in: repository.root)
        #expect(output.status == 0, "\(output.stderr)")
        let introduced = try #require(output.lines.firstIndex(of: "Diagnostics introduced (1):"))
        #expect(output.lines[introduced + 1].hasPrefix("  content/providers/acorn-house/provider.yaml:11:1: error: unknown key 'colour'"))
        #expect(output.lines[introduced + 1].hasSuffix("[QI-F3]"))
        let fixed = try #require(output.lines.firstIndex(of: "Diagnostics fixed (1):"))
        #expect(output.lines[fixed + 1].hasPrefix("  content/notes.txt:1:1: warning: 'notes.txt' is not part of the content format"))
        // An error in the provider's own files hides its light, as qid check's JSON does.
        #expect(output.lines.contains("  Acorn House: Green → no light shown (1 error in its files)"))
        // Moving the line down changes nothing.
        let moved = try QID.run(["diff", "HEAD~1", "HEAD"] + Self.asOf, in: repository.root)
        #expect(moved.lines.last?.hasPrefix("Nothing changes: ") == true, "\(moved.stdout)")
        // The Markdown puts them in a table.
        let markdown = try QID.run(["diff", "HEAD~2", "HEAD~1", "--format", "markdown"] + Self.asOf, in: repository.root)
        #expect(markdown.lines.contains("### Diagnostics introduced (1)"))
        #expect(markdown.lines.contains("| File | Line | Severity | Rule | Problem and what to do |"))
        #expect(
            markdown.lines.contains {
                $0.hasPrefix("| content/providers/acorn\\-house/provider.yaml | 11:1 | error | QI\\-F3 | unknown key ")
            })
    }

    @Test func aCQCRatingChange() throws {
        let repository = try GitContentRepository()
        try repository.edit(Self.provider, replacing: "status: active", with: "status: active\nregistration: {cqc_location: 1-112103647}")
        let cqc = """
            location: 1-112103647
            registration_status: registered
            dormant: false
            overall: {rating: good, date: 2025-02-11}
            latest_report: 2025-02-11
            data_date: 2026-05-20

            """
        try repository.write("providers/acorn-house/cqc.yaml", cqc)
        try repository.commit("CQC's data")
        try repository.write(
            "providers/acorn-house/cqc.yaml",
            cqc.replacingOccurrences(
                of: "overall: {rating: good, date: 2025-02-11}", with: "overall: {rating: inadequate, date: 2026-01-20}"
            )
            .replacingOccurrences(of: "latest_report: 2025-02-11", with: "latest_report: 2026-01-20"))
        try repository.commit("CQC rates it inadequate")
        let output = try QID.run(["diff", "HEAD~1"] + Self.asOf, in: repository.root)
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.lines.contains("  Acorn House: Green, unchanged"))
        #expect(
            output.lines.contains("    CQC rating: Good (report of 11 February 2025) → Inadequate (report of 20 January 2026)"),
            "\(output.stdout)")
        // The council's light is green while CQC says inadequate: the cross-check warns (QI-Q1).
        #expect(output.stdout.contains("[QI-Q1]"))
    }
}
