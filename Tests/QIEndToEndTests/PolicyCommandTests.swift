import Foundation
import QITestSupport
import Testing

/// `qid policy list | show | check` and `qid build` on the examples, as a council would run them.
@Suite struct PolicyCommandTests {
    static let councils = ["oxfordshire", "herefordshire", "derby", "staffordshire"]

    @Test func listNamesTheFourBuiltInPolicies() throws {
        let output = try QID.run(["policy", "list"])
        #expect(output.status == 0)
        #expect(output.lines.map { String($0.prefix { $0 != "\t" }) } == Self.councils)
    }

    @Test func showPrintsTheFileCompiledIntoQid() throws {
        for council in Self.councils {
            let file = FixtureTree.packageRoot.appendingPathComponent("Sources/QILoader/Policies/\(council).yaml")
            let output = try QID.run(["policy", "show", council])
            #expect(output.status == 0)
            #expect(output.stdout == (try String(contentsOf: file, encoding: .utf8)), "\(council)")
        }
    }

    @Test func showAnUnknownPolicyIsAUsageError() throws {
        let output = try QID.run(["policy", "show", "derbyshire"])
        #expect(output.status == 2)
        #expect(
            output.stderr.contains(
                "no built-in policy 'derbyshire'; the built-in policies are oxfordshire, herefordshire, derby, staffordshire"))
    }

    @Test func checkAcceptsACopiedPolicyAndRejectsABrokenOne() throws {
        let folder = TemporaryFolder.make("qid-policy")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let shown = try QID.run(["policy", "show", "derby"]).stdout
        let good = folder.appendingPathComponent("good.yaml")
        try shown.write(to: good, atomically: true, encoding: .utf8)
        let accepted = try QID.run(["policy", "check", good.path])
        #expect(accepted.status == 0)
        #expect(accepted.stdout.isEmpty)
        #expect(accepted.stderr.hasPrefix("qid policy check: \(good.path) is a valid policy for Derby City Council: "))

        let bad = folder.appendingPathComponent("bad.yaml")
        try shown.replacingOccurrences(of: "standards:", with: "standrds:").write(to: bad, atomically: true, encoding: .utf8)
        let rejected = try QID.run(["policy", "check", bad.path])
        #expect(rejected.status == 1)
        #expect(rejected.stdout.contains("error: unknown key 'standrds' in the policy file (did you mean 'standards'?)"))
        #expect(rejected.stdout.contains("[QI-F3]"))
        #expect(rejected.stderr.hasPrefix("qid policy check: "))
    }

    @Test func everyExampleChecksCleanAndBuildsInItsCouncilsWords() throws {
        let words = ["herefordshire": "Quality threshold level", "derby": "Not Assured", "staffordshire": "Large Scale Enquiry"]
        for (council, word) in words.sorted(by: { $0.key < $1.key }) {
            let check = try QID.run(["check", "examples/\(council)", "--as-of", "2026-11-23"])
            #expect(check.status == 0, "\(council): \(check.stdout)")
            #expect(check.lines.last?.hasPrefix("qid check: 0 errors") == true, "\(council)")
            let site = TemporaryFolder.make("qid-\(council)")
            let build = try QID.run(["build", "examples/\(council)", "-o", site.path, "--as-of", "2026-11-23"])
            #expect(build.status == 0, "\(council): \(build.stderr)")
            let pages = try FileManager.default.subpathsOfDirectory(atPath: site.path).filter { $0.hasSuffix(".html") }
            let text = try pages.map { try String(contentsOf: site.appendingPathComponent($0), encoding: .utf8) }.joined()
            #expect(text.contains(word), "\(council)'s pages use its words ('\(word)')")
            #expect(!text.contains("Traffic light") || council == "oxfordshire", "\(council) does not borrow Oxfordshire's scale")
        }
    }
}
