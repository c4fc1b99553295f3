import Foundation
import QITestSupport
import Testing

/// `qid build` end to end: the built binary on real folders, asserting on the files it writes.
@Suite struct BuildCommandTests {
    /// Every internal field of Tests/Fixtures/canary holds one of these.
    static let canaries = [
        "CANARY-PROVIDER-INTERNAL", "canary-officer-email@example.org", "Canaryofficer Amira", "Canaryofficer Ben",
        "Canaryofficer Carys", "Canaryofficer Dana", "CANARY-RATING-INTERNAL", "CANARY-CONCERN-SUMMARY",
        "CANARY-CONCERN-INTERNAL", "CANARY-CONCERN-ACTION", "£9,876,543",
    ]

    static func temporaryFolder() -> URL {
        TemporaryFolder.make("qid-site")
    }

    /// Every file under `folder`: relative path → bytes.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            result[String(url.path.dropFirst(folder.path.count + 1))] = try Data(contentsOf: url)
        }
        return result
    }

    /// `qid build TREE -o OUTPUT` on 2026-06-01 (the fixtures' date) or 2026-11-23 (the example content's).
    static func build(_ tree: String, to output: URL, _ extra: [String] = []) throws -> QID.Output {
        let asOf = tree == "content" ? "2026-11-23" : "2026-06-01"
        return try QID.run(["build", tree, "-o", output.path, "--as-of", asOf] + extra)
    }

    @Test func thePublicEditionHoldsNoInternalFieldAndTheInternalEditionHoldsEach() throws {
        let tree = try FixtureTree.named("canary")
        let publicSite = Self.temporaryFolder()
        let internalSite = Self.temporaryFolder()
        // A full base URL, so the change feed is written too; the open data and the feed are searched like every page.
        let base = ["--base-url", "https://directory.example.org/qi/"]
        #expect(try Self.build(tree.path, to: publicSite, base).status == 0)
        #expect(try Self.build(tree.path, to: internalSite, base + ["--internal"]).status == 0)
        for file in ["providers.csv", "providers.json", "changes.atom", "dashboard/index.html"] {
            #expect(FileManager.default.fileExists(atPath: publicSite.appendingPathComponent(file).path), "\(file)")
        }
        let publicText = try Self.files(in: publicSite).values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        let internalText = try Self.files(in: internalSite).values.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
        for canary in Self.canaries {
            #expect(!publicText.contains(canary), "the public edition leaks \(canary)")
            #expect(internalText.contains(canary), "the internal edition lacks \(canary)")
        }
        #expect(publicText.contains("Night staffing"), "the concern's public title is shown")
    }

    @Test func twoBuildsOfTheSameInputAreByteIdentical() throws {
        let first = Self.temporaryFolder()
        let second = Self.temporaryFolder()
        // With a full base URL, so that the change feed is compared too.
        let base = ["--base-url", "https://directory.example.org/qi/"]
        #expect(try Self.build("content", to: first, base).status == 0)
        #expect(try Self.build("content", to: second, base).status == 0)
        let a = try Self.files(in: first)
        let b = try Self.files(in: second)
        #expect(a.keys.sorted() == b.keys.sorted())
        #expect(a.count > 50)
        for (path, bytes) in a where b[path] != bytes {
            Issue.record("\(path) differs between two builds")
        }
    }

    @Test func aTreeWithErrorsPublishesNothingAndLeavesThePreviousSiteWhole() throws {
        let tree = try FixtureTree.named("canary")
        let site = Self.temporaryFolder()
        #expect(try Self.build(tree.path, to: site).status == 0)
        let before = try Self.files(in: site)
        try tree.editing("providers/acorn-house/ratings/2026-03-14.yaml", replacing: "overall: amber", with: "overall: green")
        let broken = try Self.build(tree.path, to: site)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("[QI-R3]"))
        #expect(broken.stderr.contains("nothing was published"))
        #expect(try Self.files(in: site) == before)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(".\(site.lastPathComponent).") }, "no staging folder is left behind")
    }

    @Test func aRebuildReplacesTheSiteWhole() throws {
        let tree = try FixtureTree.named("canary")
        let site = Self.temporaryFolder()
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: site.appendingPathComponent("README.md"))
        #expect(try Self.build(tree.path, to: site).status == 0)
        try Data("stale".utf8).write(to: site.appendingPathComponent("stale.html"))
        let output = try Self.build(tree.path, to: site)
        #expect(output.status == 0)
        #expect(output.stdout.hasPrefix("qid build: "))
        let files = try Self.files(in: site)
        #expect(files["stale.html"] == nil, "a file from the previous build is gone")
        #expect(files["README.md"] == Data("keep me".utf8), "site/README.md is kept")
        #expect(files["index.html"] != nil)
    }

    @Test func anOutputFolderWithOtherFilesIsRefused() throws {
        let tree = try FixtureTree.named("canary")
        let folder = Self.temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: folder.appendingPathComponent("thesis.txt"))
        let output = try Self.build(tree.path, to: folder)
        #expect(output.status == 2)
        #expect(output.stderr.contains("did not build"))
        #expect(try Self.files(in: folder) == ["thesis.txt": Data("precious".utf8)])
    }

    @Test func theProviderPageShowsTheLightItsWordTheReasonAndTheGuidance() throws {
        let tree = try FixtureTree.named("canary")
        let site = Self.temporaryFolder()
        #expect(try Self.build(tree.path, to: site).status == 0)
        let page = String(decoding: try Data(contentsOf: site.appendingPathComponent("providers/acorn-house/index.html")), as: UTF8.self)
        #expect(page.contains("qi-light--amber"))
        #expect(page.contains(">Amber<"))
        #expect(
            page.contains(
                "Amber because the on-site review on 14 March 2026 rated it amber (a lift that took effect on 16 March 2026, with its last approval)."
            ))
        #expect(page.contains("New placements or care package agreements only with caution and a risk assessment."))
        #expect(page.contains("Overdue"), "the overdue action says so in words")
    }

    @Test func filterPagesListTheRightProviders() throws {
        let site = Self.temporaryFolder()
        #expect(try Self.build("content", to: site).status == 0)
        let red = String(decoding: try Data(contentsOf: site.appendingPathComponent("lights/red/index.html")), as: UTF8.self)
        let green = String(decoding: try Data(contentsOf: site.appendingPathComponent("lights/green/index.html")), as: UTF8.self)
        #expect(red.contains("/providers/isis-meadows-care-home/"))
        #expect(!green.contains("/providers/isis-meadows-care-home/"))
        #expect(green.contains("/providers/kinecroft-court/"))
        let index =
            try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("search-index.json"))) as? [String: Any]
        let fields = index?["fields"] as? [String] ?? []
        let providers = index?["providers"] as? [[Any]] ?? []
        let lights = (index?["lights"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(providers.count == 30)
        let name = try #require(fields.firstIndex(of: "name"))
        let light = try #require(fields.firstIndex(of: "light"))
        // Its id is made from its name, so the index writes it as 0 (FindAndCompareTests checks the ids).
        let isis = try #require(providers.first { $0[name] as? String == "Isis Meadows Care Home" })
        #expect((isis[light] as? Int).map { lights[$0] } == "red")
    }

    @Test func theNavigationMarksTheCurrentPageAndTheSectionAPageSitsIn() throws {
        let site = Self.temporaryFolder()
        #expect(try Self.build("content", to: site).status == 0)
        func page(_ path: String) throws -> String {
            String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
        }
        #expect(try page("index.html").contains("aria-current=\"page\">Providers</a>"))
        #expect(try page("lights/red/index.html").contains("aria-current=\"true\">Providers</a>"))
        #expect(try page("providers/isis-meadows-care-home/index.html").contains("aria-current=\"true\">Providers</a>"))
        #expect(try page("dashboard/index.html").contains("aria-current=\"page\">Dashboard</a>"))
        #expect(try !page("404.html").contains("aria-current"), "the 404 page is in no section")
    }
}
