import Foundation
import QITestSupport
import Testing

/// A base URL that is not a plain path or http(s) address never reaches a page: from `directory.yaml` it is a
/// QI-F7 error (exit 1, nothing published), from `--base-url` a usage error (exit 2).
@Suite struct HostileLinkTests {
    static let hostile = "javascript:alert(document.domain)//"

    @Test func aHostileBaseURLInDirectoryYAMLFailsTheBuildAndPublishesNothing() throws {
        let tree = try FixtureTree.named("canary")
        let parent = try FixtureTree.empty()
        defer {
            try? FileManager.default.removeItem(at: tree.root)
            try? FileManager.default.removeItem(at: parent.root)
        }
        try tree.editing("directory.yaml", replacing: "base_url: /", with: "base_url: \"\(Self.hostile)\"")
        let site = parent.root.appendingPathComponent("site")
        let result = try BuildCommandTests.build(tree.path, to: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("directory.yaml:4:11: error: 'base_url' is '\(Self.hostile)'"), "\(result.stderr)")
        #expect(result.stderr.contains("[QI-F7]"))
        #expect(result.stderr.contains("nothing was published"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty, "no site and no staging folder")
        let check = try QID.run(["check", tree.path, "--as-of", "2026-06-01"])
        #expect(check.status == 1, "qid check fails on it too")
    }

    @Test(arguments: [hostile, "//evil.example/", " /qi/", "JaVaScRiPt:x/", "data:text/html,x/", "/qi-directory"])
    func aHostileBaseURLOptionIsAUsageError(value: String) throws {
        let parent = try FixtureTree.empty()
        defer { try? FileManager.default.removeItem(at: parent.root) }
        let site = parent.root.appendingPathComponent("site")
        let result = try QID.run(["build", "content", "-o", site.path, "--as-of", "2026-11-23", "--base-url", value])
        #expect(result.status == 2)
        #expect(result.stderr.contains("'--base-url' is '\(value)'"), "\(result.stderr)")
        #expect(result.stderr.contains("write "), "the message shows a good value")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
    }

    @Test func aGoodAbsoluteBaseURLIsUsedForEveryLink() throws {
        let parent = try FixtureTree.empty()
        defer { try? FileManager.default.removeItem(at: parent.root) }
        let site = parent.root.appendingPathComponent("site")
        let base = "https://www.example.org/qi-directory/"
        #expect(try QID.run(["build", "content", "-o", site.path, "--as-of", "2026-11-23", "--base-url", base]).status == 0)
        let index = try String(contentsOf: site.appendingPathComponent("search-index.json"), encoding: .utf8)
        #expect(index.contains("\"providerHref\":\"\(base)providers/\""))
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("href=\"\(base)assets/qid.css"))
    }
}
