import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// Hostile or broken files: each gives its diagnostic (rule and file), never crashes, never hangs, and the
/// whole load finishes within a second.
@Suite struct HostileInputTests {
    static let provider = "providers/acorn-house/provider.yaml"

    /// Loads the tree on its own thread (a hang fails instead of blocking) and expects it to take under a second.
    private func loadResult(_ tree: FixtureTree, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> LoadResult?
    {
        let path = tree.path
        guard let (result, elapsed) = finishing(sourceLocation: sourceLocation, { ContentLoader().load(root: path) }) else { return nil }
        print("hostile input '\(label)': loaded in \(elapsed)")
        #expect(elapsed < .seconds(1), "\(label) took \(elapsed)", sourceLocation: sourceLocation)
        return result
    }

    /// The sorted diagnostics of `loadResult`.
    private func load(_ tree: FixtureTree, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [Diagnostic] {
        loadResult(tree, label, sourceLocation: sourceLocation)?.diagnostics.sortedForOutput() ?? []
    }

    @Test func aliasBomb() throws {
        var text = "name: Acorn House\nservices: [care-home-nursing]\nservice_areas: [age-well]\nstatus: active\n"
        text += "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        let tree = try FixtureTree.minimal().writing(Self.provider, text)
        let diagnostics = load(tree, "alias bomb")
        let diagnostic = tree.diagnostic(in: diagnostics, file: Self.provider)
        #expect(diagnostic?.rule == .unsafeInput)
        #expect(diagnostic?.message.contains("more than 100000 values") == true)
    }

    @Test func deepNesting() throws {
        let text = "name: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        let tree = try FixtureTree.minimal().writing(Self.provider, text)
        let diagnostics = load(tree, "100,000-deep nesting")
        let diagnostic = tree.diagnostic(in: diagnostics, file: Self.provider)
        #expect(diagnostic?.rule == .unsafeInput)
        #expect(diagnostic?.location.line == 1)
        // The root mapping is one level, so the 64th "[" (column 6 + 64) is one too many.
        #expect(diagnostic?.location.column == 70)
        #expect(diagnostic?.message == "lists and mappings are nested more than 64 deep (the limit)")
    }

    @Test func fiftyMegabyteFile() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let url = tree.url(Self.provider)
        try Data(repeating: UInt8(ascii: "a"), count: 50 * 1_048_576).write(to: url)
        let diagnostics = load(tree, "50 MB file")
        let diagnostic = tree.diagnostic(in: diagnostics, file: Self.provider)
        #expect(diagnostic?.rule == .unsafeInput)
        #expect(diagnostic?.message == "the file is 50 MB, over the limit of 1 MB for one record")
    }

    @Test func sparseFileJustOverTheLimit() throws {
        let tree = try FixtureTree.minimal()
        let handle = try FileHandle(forWritingTo: tree.url(Self.provider))
        try handle.truncate(atOffset: 1_048_577)
        try handle.close()
        let diagnostic = tree.diagnostic(in: load(tree, "1 MB + 1 byte sparse file"), file: Self.provider)
        #expect(diagnostic?.rule == .unsafeInput)
        #expect(diagnostic?.message.contains("over the limit of 1 MB") == true)
    }

    @Test func invalidUTF8() throws {
        let bytes = Array("name: Acorn House\norganisation: Caf".utf8) + [0xE9] + Array(" Ltd\n".utf8)
        let tree = try FixtureTree.minimal().writing(Self.provider, bytes: bytes)
        let diagnostic = tree.diagnostic(in: load(tree, "invalid UTF-8"), file: Self.provider)
        #expect(diagnostic?.rule == .unsafeInput)
        #expect(diagnostic.map { "\($0.location.line):\($0.location.column)" } == "2:18")
        #expect(diagnostic?.message == "the file is not valid UTF-8 (an invalid byte sequence)")
    }

    /// A folder name that is not UTF-8 cannot be opened by its decoded name: it is reported where it is listed, not
    /// read as a provider, whatever kind the folder listing gives it.
    @Test func aFolderNameThatIsNotUTF8IsReportedAsSuch() throws {
        let tree = try FixtureTree.minimal()
        let name: [UInt8] = Array("\(tree.path)/providers/caf".utf8) + [0xE9] + [0]
        let made = name.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { path in path.baseAddress.map { mkdir($0, 0o755) } ?? -1 }
        }
        #expect(made == 0)
        let diagnostics = load(tree, "a folder name that is not UTF-8")
        let reported = diagnostics.filter { $0.location.file.hasPrefix("\(tree.path)/providers/caf") }
        #expect(reported.map(\.rule) == [.unsafeInput], "\(reported)")
        #expect(reported.first?.message.hasPrefix("this entry is listed but could not be examined") == true)
    }

    @Test func binaryFile() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let tree = try FixtureTree.minimal()
            .writing(Self.provider, bytes: png + [UInt8](repeating: 0, count: 4096))
        let diagnostic = tree.diagnostic(in: load(tree, "binary (PNG) file"), file: Self.provider)
        #expect(diagnostic?.rule == .unsafeInput)
        #expect(diagnostic.map { "\($0.location.line):\($0.location.column)" } == "3:1")
        #expect(diagnostic?.message.contains("binary file") == true)
    }

    @Test func tabIndentation() throws {
        let tree = try FixtureTree.minimal()
            .editing(
                Self.provider, replacing: "contract: {tier: silver, annual_value: 100000, criticality: low}",
                with: "contract:\n\ttier: silver")
        let diagnostic = tree.diagnostic(in: load(tree, "tab indentation"), file: Self.provider)
        #expect(diagnostic?.rule == .yamlSyntax)
        #expect(diagnostic.map { "\($0.location.line):\($0.location.column)" } == "9:1")
        #expect(diagnostic?.message == "line 9 is indented with a tab; YAML allows only spaces for indentation")
    }

    @Test func linkInProvidersToEtcPasswd() throws {
        let tree = try FixtureTree.minimal().linking("providers/passwd", to: "/etc/passwd")
        let diagnostics = load(tree, "link to /etc/passwd")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/passwd:1:1 error QI-F10"])
        #expect(diagnostics.first?.message.contains("points outside the content folder") == true)
    }

    @Test func linkedRecordFileOutsideTheTree() throws {
        let outside = try FixtureTree.minimal()
        let tree = try FixtureTree.minimal().removing(Self.provider).linking(Self.provider, to: outside.url(Self.provider).path)
        let diagnostics = load(tree, "provider.yaml linked outside the tree")
        #expect(
            diagnostics.summaries(relativeTo: tree.path) == [
                "providers/acorn-house:1:1 error QI-F11", "\(Self.provider):1:1 error QI-F10",
            ])
    }

    @Test func linkedRecordFileInsideTheTreeIsRead() throws {
        let tree = try FixtureTree.minimal()
            .moving(Self.provider, to: "providers/acorn-house/real-provider.txt")
            .linking(Self.provider, to: "real-provider.txt")
        let diagnostics = load(tree, "provider.yaml linked inside the tree")
        // The link is read; only the stray target file is reported.
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/real-provider.txt:1:1 error QI-F11"])
    }

    @Test func rootFilesLinkedOutsideAreNotRead() throws {
        let tree = try FixtureTree.minimal().removing("directory.yaml").linking("directory.yaml", to: "/etc/passwd")
        let diagnostics = load(tree, "directory.yaml linked to /etc/passwd")
        // Reported as a link out and as missing, but never read (reading /etc/passwd would give QI-F2).
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["directory.yaml:1:1 error QI-F10", "directory.yaml:1:1 error QI-F11"])
    }

    @Test func symlinkedProviderFolder() throws {
        let tree = try FixtureTree.minimal().linking("providers/copy-house", to: "acorn-house")
        let result = try #require(loadResult(tree, "folder linked inside the tree"))
        #expect(result.diagnostics.summaries(relativeTo: tree.path) == ["providers/copy-house:1:1 error QI-F10"])
        #expect(result.diagnostics.first?.message.contains("linked folders are not followed") == true)
        #expect(result.content?.providers.map(\.id) == ["acorn-house"])
    }

    @Test func symlinkedFolderOutsideTheTree() throws {
        let outside = try FixtureTree.minimal()
        let tree = try FixtureTree.minimal().linking("providers/elsewhere", to: outside.url("providers/acorn-house").path)
        let diagnostics = load(tree, "folder linked outside the tree")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/elsewhere:1:1 error QI-F10"])
    }

    @Test func symlinkedProvidersFolderIsNotFollowed() throws {
        let outside = try FixtureTree.minimal()
        let tree = try FixtureTree.minimal().removing("providers").linking("providers", to: outside.url("providers").path)
        let result = try #require(loadResult(tree, "providers/ linked outside the tree"))
        #expect(result.diagnostics.summaries(relativeTo: tree.path) == ["providers:1:1 error QI-F10"])
        #expect(result.content?.providers.isEmpty == true)
    }

    @Test func danglingLink() throws {
        let tree = try FixtureTree.minimal().linking("providers/acorn-house/ratings/2026-04-01.yaml", to: "nowhere.yaml")
        let diagnostics = load(tree, "dangling link")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/ratings/2026-04-01.yaml:1:1 error QI-F10"])
    }

    @Test func emptyRatingFile() throws {
        let file = "providers/acorn-house/ratings/2026-04-01.yaml"
        let tree = try FixtureTree.minimal().writing(file, "")
        let diagnostics = load(tree, "empty file")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(file):1:1 error QI-F4"])
        #expect(diagnostics.first?.message == "the file is empty")
    }

    @Test func fifoAsARecordDoesNotHang() throws {
        let file = "providers/acorn-house/ratings/2026-04-01.yaml"
        let tree = try FixtureTree.minimal().makingFIFO(file)
        let diagnostics = load(tree, "FIFO rating")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(file):1:1 error QI-F10"])
        #expect(diagnostics.first?.message.contains("not a regular file or folder") == true)
    }

    @Test func fifoAsARequiredFileDoesNotHang() throws {
        let tree = try FixtureTree.minimal().removing("directory.yaml").makingFIFO("directory.yaml")
        let diagnostics = load(tree, "FIFO directory.yaml")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["directory.yaml:1:1 error QI-F10", "directory.yaml:1:1 error QI-F11"])
    }

    @Test func fifoAsAPageDoesNotHang() throws {
        let tree = try FixtureTree.minimal().writing("pages/a.md", "---\ntitle: A\n---\n").makingFIFO("pages/b.md")
        let diagnostics = load(tree, "FIFO page")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["pages/b.md:1:1 error QI-F10"])
    }
}
