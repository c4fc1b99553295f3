import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the user is told when the disk fails, when directory.yaml is missing, and when a file starts with a
/// byte-order mark: what happened, once, at the right place.
@Suite struct ClearErrorTests {
    static let provider = "providers/acorn-house/provider.yaml"
    static let rating = "providers/acorn-house/ratings/2026-03-14.yaml"

    /// The system's calls, except that reading `failing` (a path ending) fails with `readError` and listing
    /// a folder ending in `unlistable` fails with `listError`.
    private func faulty(reading failing: String = "", readError: Int32 = EIO, listing unlistable: String = "", listError: Int32 = EACCES)
        -> FileSystemCalls
    {
        let system = FileSystemCalls.system
        return FileSystemCalls(
            read: { path, descriptor, buffer, count in
                guard !failing.isEmpty, path.hasSuffix(failing) else { return system.read(path, descriptor, buffer, count) }
                errno = readError
                return -1
            },
            listDirectory: { path in
                guard !unlistable.isEmpty, path.hasSuffix(unlistable) else { return system.listDirectory(path) }
                return .failure(SystemError(code: listError))
            })
    }

    private func load(_ tree: FixtureTree, calls: FileSystemCalls) -> [Diagnostic] {
        ContentLoader(calls: calls).load(root: tree.path).diagnostics.sortedForOutput()
    }

    // MARK: Faults

    @Test func aReadThatFailsSaysWhatHappenedNotEmpty() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let diagnostics = load(tree, calls: faulty(reading: Self.rating))
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.rating):1:1 error QI-F10"])
        #expect(diagnostics.first?.message == "the file could not be read: Input/output error (errno 5)")
        #expect(!diagnostics.contains { $0.message.contains("empty") })
    }

    @Test func aFolderThatCannotBeListedSaysSoNotMissingProviderFile() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let diagnostics = load(tree, calls: faulty(listing: "providers/acorn-house"))
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house:1:1 error QI-F11"])
        #expect(diagnostics.first?.message == "the folder could not be listed: Permission denied (errno 13)")
    }

    @Test func anUnlistableRatingsFolderIsReportedOnce() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let diagnostics = load(tree, calls: faulty(listing: "acorn-house/ratings", listError: EIO))
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/ratings:1:1 error QI-F11"])
        #expect(diagnostics.first?.message == "the folder could not be listed: Input/output error (errno 5)")
    }

    // MARK: A missing directory.yaml

    @Test func missingDirectoryFileIsReportedOnceWithoutFollowOnErrors() throws {
        let tree = try FixtureTree.named("derby-minimal").removing("directory.yaml")
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["directory.yaml:1:1 error QI-F11"])
        #expect(diagnostics.first?.message.hasPrefix("directory.yaml is missing") == true)
    }

    @Test func directoryFileWithoutLocalitiesGivesNoErrorPerProvider() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let text = try tree.read("directory.yaml")
        let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("localities") && !$0.hasPrefix("  - ") }
        try tree.writing("directory.yaml", kept.joined(separator: "\n"))
        let diagnostics = try tree.check()
        #expect(diagnostics.map(\.rule) == [.missingKey])
        #expect(!diagnostics.contains { $0.fix.contains("use one of: ;") })
    }

    // MARK: Byte-order mark

    private static let bom = "\u{FEFF}"

    @Test func byteOrderMarkIsReadInEveryFileKind() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        for file in ["directory.yaml", "officers.yaml", Self.provider, Self.rating] {
            try tree.writing(file, Self.bom + tree.read(file))
        }
        try tree.writing("pages/about.md", Self.bom + "---\ntitle: About\n---\nHello.\n")
        let result = ContentLoader().load(root: tree.path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.summaries(relativeTo: tree.path))")
        #expect(result.content?.pages.map(\.title.value) == ["About"])
        #expect(try tree.check().isEmpty)
    }

    @Test func columnsOnTheFirstLineCountFromAfterTheMark() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let rating = try tree.read(Self.rating).replacingOccurrences(of: "date: 2026-03-14", with: "date: 2026-02-30 # 943 476 5919")
        try tree.writing(Self.rating, Self.bom + rating)
        try tree.writing("pages/about.md", Self.bom + "---\ntitle: [About]\n---\n")
        let diagnostics = tree.loadSummaries()
        #expect(diagnostics == ["pages/about.md:2:8 error QI-F2", "\(Self.rating):1:7 error QI-F7", "\(Self.rating):1:20 error QI-P1"])
    }

    @Test func byteOrderMarkInAPolicyFile() throws {
        let tree = try FixtureTree.minimal().withPolicy()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        // Without its opening comments, so the mark comes right before the first key: libyaml skips a mark
        // before a comment but then reads the key one column in, and the next line as less indented.
        let lines = try tree.read("policy.yaml").split(separator: "\n", omittingEmptySubsequences: false)
        try tree.writing("policy.yaml", Self.bom + lines.drop { $0.hasPrefix("#") || $0.isEmpty }.joined(separator: "\n"))
        #expect(try Data(contentsOf: tree.url("policy.yaml")).starts(with: Array((Self.bom + "format: 1\n").utf8)))
        #expect(try tree.check().isEmpty)
    }
}
