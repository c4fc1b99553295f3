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

/// What the user is told when the disk fails and when directory.yaml is missing: what happened, once, at the
/// right place.
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
}
