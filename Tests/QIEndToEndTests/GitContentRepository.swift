import Foundation
import QITestSupport
import Testing

/// A real git repository in a temporary folder (removed when the tests end) whose `content/` folder starts as a copy
/// of a fixture tree, for `qid diff`: edit the content, commit, edit again.
struct GitContentRepository {
    let root: URL
    /// The content folder's path inside the repository ("content", or "" for the top).
    let contentPath: String

    var content: URL { contentPath.isEmpty ? root : root.appendingPathComponent(contentPath) }

    /// A new repository holding a copy of `Tests/Fixtures/FIXTURE` at `contentPath`, committed once.
    init(fixture: String = "minimal", contentPath: String = "content") throws {
        root = TemporaryFolder.make("qid-diff-repo")
        self.contentPath = contentPath
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: FixtureTree.fixturesFolder.appendingPathComponent(fixture),
            to: contentPath.isEmpty ? root.appendingPathComponent("tmp") : content)
        if contentPath.isEmpty {
            // Copy the fixture's files to the top itself.
            let copied = root.appendingPathComponent("tmp")
            for name in try FileManager.default.contentsOfDirectory(atPath: copied.path) {
                try FileManager.default.moveItem(at: copied.appendingPathComponent(name), to: root.appendingPathComponent(name))
            }
            try FileManager.default.removeItem(at: copied)
        }
        try git("init", "--quiet", "-b", "main")
        try commit("The directory as it starts")
    }

    /// Runs git in the repository, with a fixed author, and returns its standard output.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            ["git", "-c", "user.name=QI Officer", "-c", "user.email=officer@example.org", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// Commits everything in the working tree.
    func commit(_ message: String) throws {
        try git("add", "--all")
        try git("commit", "--quiet", "--allow-empty", "-m", message)
    }

    /// Writes `text` at `relative` inside the content folder.
    func write(_ relative: String, _ text: String) throws {
        let url = content.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Replaces the first `old` with `new` in a content file.
    func edit(_ relative: String, replacing old: String, with new: String) throws {
        let text = try read(relative)
        let range = try #require(text.range(of: old), "'\(old)' not found in \(relative)")
        try write(relative, text.replacingCharacters(in: range, with: new))
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(at: content.appendingPathComponent(relative))
    }
}
