import Foundation
import QITestSupport
import Testing

@testable import QIServe

/// The watcher: what a look at the folders reports, and which changes rebuild only providers.
@Suite struct ContentWatcherTests {
    @Test func aLookReportsFilesChangedAddedAndRemovedButNotHiddenOnes() throws {
        let tree = try FixtureTree.minimal()
        defer { tree.remove() }
        var watcher = ContentWatcher(content: tree.path, theme: nil)
        #expect(watcher.poll().isEmpty)
        let provider = try #require(try FileManager.default.contentsOfDirectory(atPath: tree.path + "/providers").first)
        let file = "providers/\(provider)/provider.yaml"
        try tree.writing(file, try tree.read(file) + "\n")
        try tree.writing("providers/\(provider)/ratings/2026-01-01.yaml", "date: 2026-01-01\n")
        try tree.writing("providers/\(provider)/.provider.yaml.swp", "x")
        try tree.writing(".git/HEAD", "x")
        #expect(watcher.poll().content == [file, "providers/\(provider)/ratings/2026-01-01.yaml"])
        #expect(watcher.poll().isEmpty)
        try tree.removing("providers/\(provider)/ratings/2026-01-01.yaml")
        #expect(watcher.poll().content == ["providers/\(provider)/ratings/2026-01-01.yaml"])
    }

    @Test func aThemeFolderIsWatchedApart() throws {
        let tree = try FixtureTree.minimal()
        defer { tree.remove() }
        let theme = try FixtureTree.empty()
        defer { theme.remove() }
        try theme.writing("assets/qid.css", "body {}\n")
        var watcher = ContentWatcher(content: tree.path, theme: theme.path)
        try theme.writing("assets/qid.css", "body { color: black }\n")
        let changes = watcher.poll()
        #expect(changes.theme == ["assets/qid.css"])
        #expect(changes.content.isEmpty)
    }

    @Test func onlyChangesInsideProviderFoldersRebuildProvidersAlone() {
        #expect(
            ContentWatcher.providers(in: ["providers/acorn/provider.yaml", "providers/birch/ratings/2026-01-01.yaml"]) == [
                "acorn", "birch",
            ])
        #expect(ContentWatcher.providers(in: ["providers/acorn/provider.yaml", "directory.yaml"]) == nil)
        #expect(ContentWatcher.providers(in: ["officers.yaml"]) == nil)
        #expect(ContentWatcher.providers(in: ["pages/about.md"]) == nil)
        #expect(ContentWatcher.providers(in: ["providers"]) == nil)
    }
}
