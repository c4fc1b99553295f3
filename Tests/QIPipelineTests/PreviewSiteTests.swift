import Foundation
import QIDomain
import QILoader
import QIPipeline
import QITestSupport
import Testing

/// `qid serve`'s site in memory: an update that re-reads only the changed providers gives, file for file, the site a
/// whole build of the same content gives, and keeps the pages it did not touch.
@Suite struct PreviewSiteTests {
    static let asOf = Day(iso: "2026-11-23") ?? Day(daysSinceEpoch: 0)

    /// A copy of the example content in a temporary folder.
    static func content() throws -> FixtureTree {
        let tree = try FixtureTree.empty()
        try FileManager.default.removeItem(at: tree.root)
        try FileManager.default.copyItem(at: FixtureTree.packageRoot.appendingPathComponent("content"), to: tree.root)
        return tree
    }

    static func request(_ tree: FixtureTree) -> BuildRequest {
        BuildRequest(content: tree.path, output: "", asOf: asOf, baseURL: "/")
    }

    /// Every file of `site`, rendered.
    static func files(_ site: PreviewSite) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for path in site.paths { files[path] = site.file(at: path)?.bytes }
        return files
    }

    /// The update and a whole build of the same content agree on every diagnostic and every file.
    static func expectSameAsWholeBuild(_ updated: PreviewSite, _ tree: FixtureTree) {
        let whole = PreviewSite.build(request(tree))
        #expect(updated.check.diagnostics.sortedForOutput() == whole.check.diagnostics.sortedForOutput())
        #expect(updated.check.states.map(\.providerID) == whole.check.states.map(\.providerID))
        #expect(updated.check.states.map(\.errorCount) == whole.check.states.map(\.errorCount))
        #expect((updated.failure == nil) == (whole.failure == nil))
        #expect(updated.paths == whole.paths)
        let expected = files(whole)
        let found = files(updated)
        for path in whole.paths where found[path] != expected[path] {
            Issue.record("\(path) differs from a whole build's")
        }
    }

    @Test func anEditToOneProviderRebuildsItsPageAndTheListsAndKeepsTheOthers() throws {
        let tree = try Self.content()
        defer { tree.remove() }
        let site = PreviewSite.build(Self.request(tree))
        #expect(site.failure == nil)
        let before = Self.files(site)
        #expect(site.renderedCount == site.paths.count)
        try tree.editing("providers/ashcombe-house/provider.yaml", replacing: "name: \"Ashcombe House\"", with: "name: \"Zennor Court\"")
        let updated = site.updating(providers: ["ashcombe-house"])
        // Kept: every page but the provider's own, the lists, the dashboard, the search index, the sitemap and the
        // open data (every file at the root but the 404 page).
        let lists = site.paths.filter {
            $0 == "index.html" || $0.hasPrefix("page/") || $0.hasPrefix("lights/") || $0.hasPrefix("services/")
                || $0.hasPrefix("localities/") || $0.hasPrefix("areas/") || $0.hasPrefix("dashboard/")
        }
        let rootFiles = site.paths.filter { !$0.contains("/") && $0 != "index.html" && $0 != "404.html" }
        #expect(!lists.isEmpty)
        #expect(rootFiles.contains("providers.csv") && rootFiles.contains("search-index.json"))
        #expect(updated.renderedCount == site.paths.count - lists.count - rootFiles.count - 1)
        let page = String(decoding: updated.file(at: "providers/ashcombe-house/index.html")?.bytes ?? [], as: UTF8.self)
        #expect(page.contains("Zennor Court"))
        #expect(!page.contains("Ashcombe House"))
        let home = String(decoding: updated.file(at: "index.html")?.bytes ?? [], as: UTF8.self)
        #expect(home.contains("Zennor Court"))
        #expect(updated.file(at: "providers/chalgrove-lodge/index.html")?.bytes == before["providers/chalgrove-lodge/index.html"])
        Self.expectSameAsWholeBuild(updated, tree)
    }

    @Test func aRatingThatChangesTheLightMovesTheProviderBetweenLists() throws {
        let tree = try Self.content()
        defer { tree.remove() }
        let site = PreviewSite.build(Self.request(tree))
        _ = Self.files(site)
        let rating = "providers/ashcombe-house/ratings/2026-09-08.yaml"
        try tree.editing(rating, replacing: "quality-assurance: {light: amber", with: "quality-assurance: {light: green")
        try tree.editing(rating, replacing: "care-planning: {light: amber", with: "care-planning: {light: green")
        try tree.editing(rating, replacing: "overall: amber", with: "overall: green")
        let updated = site.updating(providers: ["ashcombe-house"])
        Self.expectSameAsWholeBuild(updated, tree)
    }

    @Test func anErrorReplacesTheSiteAndTheNextCleanSaveBringsItBack() throws {
        let tree = try Self.content()
        defer { tree.remove() }
        let site = PreviewSite.build(Self.request(tree))
        let file = "providers/ashcombe-house/provider.yaml"
        let clean = try tree.read(file)
        try tree.editing(file, replacing: "status: active", with: "status: sleeping")
        let broken = site.updating(providers: ["ashcombe-house"])
        #expect(broken.failure != nil)
        #expect(broken.file(at: "index.html") == nil)
        #expect(broken.check.diagnostics.contains { $0.severity == .error && $0.location.file.hasSuffix(file) && $0.rule == "QI-F7" })
        Self.expectSameAsWholeBuild(broken, tree)
        try tree.writing(file, clean)
        let fixed = broken.updating(providers: ["ashcombe-house"])
        #expect(fixed.failure == nil)
        #expect(fixed.file(at: "index.html") != nil)
        Self.expectSameAsWholeBuild(fixed, tree)
    }

    @Test func aProviderAddedOrRemovedIsListedOrDropped() throws {
        let tree = try Self.content()
        defer { tree.remove() }
        let site = PreviewSite.build(Self.request(tree))
        _ = Self.files(site)
        try FileManager.default.removeItem(at: tree.root.appendingPathComponent("providers/chalgrove-lodge"))
        let removed = site.updating(providers: ["chalgrove-lodge"])
        #expect(!removed.paths.contains("providers/chalgrove-lodge/index.html"))
        Self.expectSameAsWholeBuild(removed, tree)
        try tree.writing("providers/new-home/provider.yaml", try tree.read("providers/ashcombe-house/provider.yaml"))
        let added = removed.updating(providers: ["new-home"])
        #expect(added.paths.contains("providers/new-home/index.html"))
        Self.expectSameAsWholeBuild(added, tree)
    }
}
