import Foundation
import QITestSupport
import Testing

/// `qid new provider | rating | concern` on copies of real content folders: each file it writes checks clean,
/// carries the approvals a lift needs, starts with its schema line, and nothing is ever overwritten.
@Suite struct NewCommandTests {
    static let asOf = "2026-11-23"

    /// A copy of `content/` (or another folder of the package) in a temporary folder.
    static func copy(of relative: String) throws -> URL {
        let folder = TemporaryFolder.make("qid-new")
        try FileManager.default.copyItem(at: FixtureTree.packageRoot.appendingPathComponent(relative), to: folder)
        return folder
    }

    static func errors(_ check: QID.Output) -> [String] {
        check.lines.filter { $0.contains(": error: ") }
    }

    static func read(_ folder: URL, _ relative: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
    }

    @Test func aNewProviderItsFirstRatingAndAConcernCheckClean() throws {
        let content = try Self.copy(of: "content")
        let provider = try QID.run(["new", "provider", "Kidlington Riverside Care", content.path, "--officer", "priya-sharma"])
        #expect(provider.status == 0, "\(provider.stderr)")
        let path = "providers/kidlington-riverside-care/provider.yaml"
        #expect(provider.lines.first == "qid new: wrote \(content.path)/\(path)")
        #expect(provider.stdout.contains("Next:\n"))
        #expect(provider.stdout.contains("qid new rating kidlington-riverside-care \(content.path)"))
        let providerText = try Self.read(content, path)
        #expect(providerText.hasPrefix("# yaml-language-server: $schema=../../schemas/provider.schema.json\n"))
        #expect(providerText.contains("name: Kidlington Riverside Care\n"))

        let rating = try QID.run(["new", "rating", "kidlington-riverside-care", content.path, "--date", "2026-11-20"])
        #expect(rating.status == 0, "\(rating.stderr)")
        let ratingText = try Self.read(content, "providers/kidlington-riverside-care/ratings/2026-11-20.yaml")
        #expect(ratingText.hasPrefix("# yaml-language-server: $schema=../../../schemas/rating.schema.json\n"))
        #expect(ratingText.contains("basis: pre-service-check"))
        #expect(!ratingText.contains("approvals:"))

        let concern = try QID.run([
            "new", "concern", "kidlington-riverside-care", content.path, "--title", "Missed calls in October", "--process",
            "standards-of-care", "--date", "2026-11-21",
        ])
        #expect(concern.status == 0, "\(concern.stderr)")
        let concernText = try Self.read(content, "providers/kidlington-riverside-care/concerns/2026-11-21-missed-calls-in-october.yaml")
        #expect(concernText.hasPrefix("# yaml-language-server: $schema=../../../schemas/concern.schema.json\n"))
        #expect(concernText.contains("process: standards-of-care"))
        #expect(concernText.contains("status: open"))

        let check = try QID.run(["check", content.path, "--as-of", Self.asOf])
        #expect(check.status == 0)
        #expect(Self.errors(check).isEmpty, "\(check.stdout)")
        #expect(check.lines.last?.hasPrefix("qid check: 0 errors,") == true)
        #expect(check.lines.last?.contains("(31 providers") == true)
    }

    @Test func aRatingListsEveryStandardFromThePreviousRatingsLightsAndTheProvidersOfficer() throws {
        let content = try Self.copy(of: "content")
        let output = try QID.run(["new", "rating", "ashcombe-house", content.path, "--date", "2026-11-20"])
        #expect(output.status == 0, "\(output.stderr)")
        let text = try Self.read(content, "providers/ashcombe-house/ratings/2026-11-20.yaml")
        let previous = try Self.read(content, "providers/ashcombe-house/ratings/2026-09-08.yaml")
        // Each "  standard: light" line of the previous rating, in the new one with the same light.
        let standardLines = previous.split(separator: "\n").filter { $0.wholeMatch(of: /\ \ [a-z-]+: [a-z-]+/) != nil }
        #expect(standardLines.count == 8)
        // …and the two written {light, note}, by their light.
        for line in standardLines + ["  care-planning: amber", "  quality-assurance: amber"] {
            #expect(text.contains(line + " "), "\(line)")
        }
        #expect(text.contains("overall: amber"))
        #expect(text.contains("# each: green | amber | red | not-assessed, or {light: …, note: \"…\"}"))
        let officer = try Self.read(content, "providers/ashcombe-house/provider.yaml").split(separator: "\n").first {
            $0.hasPrefix("officer:")
        }
        #expect(officer.map { text.contains($0 + " ") } == true)
        #expect(!text.contains("approvals:"))
        let check = try QID.run(["check", content.path, "--as-of", Self.asOf])
        #expect(Self.errors(check).isEmpty, "\(check.stdout)")
    }

    @Test func aLiftCarriesTheApprovalsThePolicyRequiresNamingTheRoles() throws {
        let content = try Self.copy(of: "content")
        // Amber to green (QI-A3): the Quality Improvement Manager.
        let amber = try QID.run(["new", "rating", "ashcombe-house", content.path, "--date", "2026-11-20", "--overall", "green"])
        #expect(amber.status == 0, "\(amber.stderr)")
        #expect(amber.stdout.contains("record the approvals (Quality Improvement Manager)"))
        let amberText = try Self.read(content, "providers/ashcombe-house/ratings/2026-11-20.yaml")
        #expect(amberText.contains("approvals:"))
        #expect(amberText.contains("role: qi-manager, date: 2026-11-20}"))
        #expect(amberText.contains("the lift from Amber to Green (QI-A3)"))
        // Red to green for an adults' provider (QI-A2): the Quality Improvement Lead and the Safeguarding
        // Operations Manager.
        let red = try QID.run(["new", "rating", "isis-meadows-care-home", content.path, "--date", "2026-11-20", "--overall", "green"])
        #expect(red.status == 0, "\(red.stderr)")
        let redText = try Self.read(content, "providers/isis-meadows-care-home/ratings/2026-11-20.yaml")
        #expect(redText.contains("role: qi-lead, date: 2026-11-20}"))
        #expect(redText.contains("role: safeguarding-ops-manager, date: 2026-11-20}"))
        #expect(!redText.contains("head-of-safeguarding-children"))
        #expect(!redText.contains(": red "))

        let check = try QID.run(["check", content.path, "--as-of", Self.asOf])
        #expect(Self.errors(check).isEmpty, "\(check.stdout)")

        // Without the block the lift is an error: the block is what makes it check clean.
        let stripped = amberText.split(separator: "\n").filter { !$0.hasPrefix("approvals:") && !$0.hasPrefix("  - {officer") }
        try (stripped.joined(separator: "\n") + "\n").write(
            to: content.appendingPathComponent("providers/ashcombe-house/ratings/2026-11-20.yaml"), atomically: true, encoding: .utf8)
        let unapproved = try QID.run(["check", content.path, "--as-of", Self.asOf])
        #expect(Self.errors(unapproved).contains { $0.contains("ashcombe-house/ratings/2026-11-20.yaml") && $0.hasSuffix("[QI-A3]") })
    }

    /// Glyme House is red, with a lift to amber awaiting the Safeguarding Operations Manager: a new green rating lifts
    /// from red, the light in effect (QI-A2), not from the unapproved amber (QI-A3 alone).
    @Test func aLiftAfterAPendingLiftCountsFromTheLightInEffect() throws {
        let content = try Self.copy(of: "content")
        let output = try QID.run(["new", "rating", "glyme-house", content.path, "--date", "2026-11-30", "--overall", "green"])
        #expect(output.status == 0, "\(output.stderr)")
        let text = try Self.read(content, "providers/glyme-house/ratings/2026-11-30.yaml")
        #expect(text.contains("the lift from Red to Green (QI-A2)"))
        #expect(text.contains("role: qi-lead, date: 2026-11-30}"))
        #expect(text.contains("role: safeguarding-ops-manager, date: 2026-11-30}"))
        #expect(!text.contains("(QI-A3)"))
        let check = try QID.run(["check", content.path, "--as-of", "2026-12-01"])
        #expect(Self.errors(check).isEmpty, "\(check.stdout)")
    }

    @Test func itRefusesToOverwriteAndLeavesTheFileAsItWas() throws {
        let content = try Self.copy(of: "content")
        let arguments = ["new", "rating", "ashcombe-house", content.path, "--date", "2026-11-20"]
        #expect(try QID.run(arguments).status == 0)
        let file = content.appendingPathComponent("providers/ashcombe-house/ratings/2026-11-20.yaml")
        try "edited by an officer\n".write(to: file, atomically: true, encoding: .utf8)
        let again = try QID.run(arguments)
        #expect(again.status == 2)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("2026-11-20.yaml already exists: qid new never overwrites"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "edited by an officer\n")

        let existing = try QID.run(["new", "provider", "Ashcombe House", content.path])
        #expect(existing.status == 2)
        #expect(existing.stderr.contains("providers/ashcombe-house/ already exists"))
        let concern = [
            "new", "concern", "ashcombe-house", content.path, "--title", "Falls", "--process", "serious-concerns", "--date", "2026-11-20",
        ]
        #expect(try QID.run(concern).status == 0)
        #expect(try QID.run(concern).stderr.contains("2026-11-20-falls.yaml already exists"))
    }

    @Test func badArgumentsGiveAClearErrorAndWriteNothing() throws {
        let content = try Self.copy(of: "content")
        let before = try FileManager.default.subpathsOfDirectory(atPath: content.path).sorted()
        let cases: [([String], String)] = [
            (
                ["new", "rating", "ashcombe-hous", content.path],
                "no provider 'ashcombe-hous' in \(content.path)/providers/ (did you mean 'ashcombe-house'?)"
            ),
            (
                ["new", "rating", "ashcombe-house", content.path, "--overall", "purple"],
                "--overall 'purple' is not a light of the policy: use one of green, amber, red"
            ),
            (["new", "rating", "ashcombe-house", content.path, "--date", "2026-02-30"], "--date"),
            (["new", "rating", "ashcombe-house", content.path, "--basis", "guesswork"], "--basis"),
            (
                ["new", "rating", "chalgrove-lodge", content.path, "--basis", "concern", "--date", "2026-11-20"],
                "chalgrove-lodge has no concern raised by 2026-11-20"
            ),
            (
                ["new", "concern", "ashcombe-house", content.path, "--title", "Falls", "--process", "serious"],
                "--process 'serious' is not a process of the policy"
            ),
            (["new", "concern", "ashcombe-house", content.path, "--process", "serious-concerns"], "--title"),
            (
                ["new", "concern", "ashcombe-house", content.path, "--title", " ", "--process", "serious-concerns"],
                "give the concern a public title"
            ),
            (["new", "provider", "Bad/Name", content.path, "--id", "Bad_Id"], "'Bad_Id' is not a provider id"),
            (["new", "provider", "Somewhere", content.path + "-missing"], "no content folder at"),
            (
                ["new", "provider", "Somewhere", content.path, "--officer", "priya-sharpe"],
                "--officer 'priya-sharpe' is not in officers.yaml (did you mean 'priya-sharma'?)"
            ),
        ]
        for (arguments, message) in cases {
            let output = try QID.run(arguments)
            #expect(output.status == 2, "\(arguments)")
            #expect(output.stderr.contains(message), "\(arguments): \(output.stderr)")
            #expect(output.stdout.isEmpty, "\(arguments)")
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: content.path).sorted() == before)
    }

    @Test func aProviderWhoseFileHasErrorsIsNamedWithTheFix() throws {
        let content = try Self.copy(of: "content")
        let file = content.appendingPathComponent("providers/ashcombe-house/provider.yaml")
        try "name: [Ashcombe House\n".write(to: file, atomically: true, encoding: .utf8)
        let output = try QID.run(["new", "rating", "ashcombe-house", content.path, "--date", "2026-11-20"])
        #expect(output.status == 2)
        #expect(output.stderr.contains("\(file.path) could not be read: run 'qid check \(content.path)' and fix it first"))
        #expect(
            !FileManager.default.fileExists(atPath: content.appendingPathComponent("providers/ashcombe-house/ratings/2026-11-20.yaml").path)
        )
    }

    @Test func inAnotherCouncilsWordsTheRatingChecksClean() throws {
        let derby = try Self.copy(of: "examples/derby")
        let providers = try FileManager.default.contentsOfDirectory(atPath: derby.appendingPathComponent("providers").path).sorted()
        for provider in providers {
            let output = try QID.run(["new", "rating", provider, derby.path, "--date", "2026-11-22"])
            #expect(output.status == 0, "\(provider): \(output.stderr)")
        }
        // Hollybrook is Not Assured: Derby escalates that light (QI-A5) and asks for an action plan (QI-V2).
        let hollybrook = try Self.read(derby, "providers/hollybrook-nursing-home/ratings/2026-11-22.yaml")
        #expect(hollybrook.contains("role: lead-commissioner, date: 2026-11-22}"))
        #expect(hollybrook.contains("actions:                      # a rating of Not Assured needs an action plan (QI-V2)"))
        #expect(hollybrook.contains("    due: 2027-02-22"))
        let check = try QID.run(["check", derby.path, "--as-of", Self.asOf])
        #expect(Self.errors(check).isEmpty, "\(check.stdout)")
    }

    @Test func onTheMinimalFixtureTheFirstRatingOfANewProviderChecksClean() throws {
        let minimal = try Self.copy(of: "Tests/Fixtures/minimal")
        #expect(try QID.run(["new", "provider", "Banbury Home Care", minimal.path]).status == 0)
        let rating = try QID.run(["new", "rating", "banbury-home-care", minimal.path, "--date", "2026-05-01"])
        #expect(rating.status == 0)
        let check = try QID.run(["check", minimal.path, "--as-of", "2026-06-01"])
        #expect(check.status == 0)
        #expect(check.lines.last?.hasPrefix("qid check: 0 errors, 0 warnings") == true, "\(check.stdout)")
    }
}
