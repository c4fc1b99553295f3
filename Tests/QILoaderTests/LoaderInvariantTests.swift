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

/// Properties of every load: it only reads, and it accepts what the content generator writes.
@Suite struct LoaderInvariantTests {
    // MARK: Read-only

    /// Every entry under `root` (links and special files not followed or opened): kind, size, mtime, content hash.
    private func fingerprint(of root: String) throws -> [String: String] {
        var result: [String: String] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? root : "\(root)/\(relative)"
            var info = stat()
            guard lstat(path, &info) == 0 else { throw FixtureError("lstat failed: \(path)") }
            let mtime = "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
            let type = info.st_mode & S_IFMT
            var entry = "mode=\(info.st_mode) size=\(info.st_size) mtime=\(mtime)"
            if type == S_IFDIR {
                for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                    pending.append(relative.isEmpty ? name : "\(relative)/\(name)")
                }
            } else if type == S_IFREG {
                entry += " fnv=\(fnv1a(try Data(contentsOf: URL(fileURLWithPath: path))))"
            } else if type == S_IFLNK {
                entry += " target=\((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?")"
            }
            result[relative.isEmpty ? "." : relative] = entry
        }
        return result
    }

    private func fnv1a(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    private func expectUnchanged(by body: () throws -> Void, tree: FixtureTree, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let before = try fingerprint(of: tree.path)
        // mtimes have nanosecond resolution; make sure a write during the load would show as a new time.
        Thread.sleep(forTimeInterval: 0.01)
        try body()
        let after = try fingerprint(of: tree.path)
        #expect(before.count > 3, sourceLocation: sourceLocation)
        #expect(after.keys.sorted() == before.keys.sorted(), "files were added or removed", sourceLocation: sourceLocation)
        for (path, entry) in before where after[path] != entry {
            Issue.record("\(path) changed: \(entry) → \(after[path] ?? "removed")", sourceLocation: sourceLocation)
        }
    }

    @Test func loadingTheMinimalTreeChangesNothing() throws {
        let tree = try FixtureTree.minimal()
        try expectUnchanged(
            by: {
                let result = ContentLoader().load(root: tree.path)
                #expect(result.diagnostics.isEmpty)
                _ = try tree.check()
            }, tree: tree)
    }

    @Test func loadingABrokenTreeChangesNothing() throws {
        let outside = try FixtureTree.minimal()
        let tree = try FixtureTree.minimal()
            .editing("providers/acorn-house/provider.yaml", replacing: "status: active", with: "status: activ\nservics: [x]")
            .editing("providers/acorn-house/ratings/2026-03-14.yaml", replacing: "date: 2026-03-14", with: "date: 2026-03-15")
            .writing("providers/bad/provider.yaml", "name: [unclosed\n")
            .writing("providers/Bad_Name/provider.yaml", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
            .writing("providers/acorn-house/concerns/2026-02-21-x.yaml", validConcern)
            .writing("providers/acorn-house/ratings/2026-04-01.yaml", "")
            .writing("pages/about.md", "no front matter\n")
            .linking("providers/passwd", to: "/etc/passwd")
            .linking("providers/elsewhere", to: outside.url("providers/acorn-house").path)
            .makingFIFO("providers/acorn-house/ratings/2026-05-01.yaml")
            .removing("officers.yaml")
        try expectUnchanged(
            by: {
                let result = ContentLoader().load(root: tree.path)
                #expect(result.diagnostics.errorCount >= 10)
                _ = try tree.check()
            }, tree: tree)
    }

    // MARK: Generated content

    @Test func generatedContentChecksWithoutErrors() throws {
        let output = try GeneratedContent.tree(providers: 200).path
        let loaded = ContentLoader().load(root: output)
        let content = try #require(loaded.content)
        #expect(content.providers.count == 200)
        #expect(loaded.filesRead > 400)
        let asOf = try #require(Day(iso: "2026-11-23"))
        let evaluation = Evaluator.evaluate(content, policy: .oxfordshire, asOf: asOf)
        let all = (loaded.diagnostics + evaluation.diagnostics).sortedForOutput()
        let errorLines = all.filter { $0.severity == .error }.prefix(10).map { "\($0.location): \($0.message) [\($0.rule)]" }
        #expect(all.errorCount == 0, "generated content has errors:\n\(errorLines.joined(separator: "\n"))")
        #expect(evaluation.states.count == 200)
    }
}
