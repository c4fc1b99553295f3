import Foundation

/// The git repository that holds a content folder, read with the `git` command and never written: a revision's
/// content is exported into a temporary folder (`git archive`, then `tar`), so the user's working tree, index
/// and branches are left as they are.
struct GitRepository {
    /// The repository's top folder.
    let top: String
    /// The content folder's path inside the repository, with a trailing `/`, or "" when it is the top.
    let contentPrefix: String

    /// The repository holding `content` (which may be missing from the working tree, as long as a folder above it
    /// is in the repository).
    init(content: String) throws(DiffProblem) {
        let absolute = URL(fileURLWithPath: content).standardizedFileURL
        var existing = absolute
        var below: [String] = []
        var isFolder: ObjCBool = false
        while !(FileManager.default.fileExists(atPath: existing.path, isDirectory: &isFolder) && isFolder.boolValue) {
            guard existing.path != "/" else { break }
            below.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let top: String
        let prefix: String
        do {
            top = try Self.git(["rev-parse", "--show-toplevel"], in: existing.path).trimmingNewline
            prefix = try Self.git(["rev-parse", "--show-prefix"], in: existing.path).trimmingNewline
        } catch {
            throw DiffProblem(
                "the content folder '\(content)' is not in a git repository (\(error.description)): give two folders to compare, "
                    + "or run qid diff in the content repository")
        }
        self.top = top
        let inside = (prefix.isEmpty ? "" : prefix.hasSuffix("/") ? prefix : prefix + "/") + below.map { $0 + "/" }.joined()
        self.contentPrefix = inside
    }

    /// The commit `revision` names, in full; a clear error when it names none.
    func commit(_ revision: String) throws(DiffProblem) -> String {
        do {
            return try Self.git(["rev-parse", "--verify", "--end-of-options", revision + "^{commit}"], in: top).trimmingNewline
        } catch {
            throw DiffProblem(
                "'\(revision)' is neither a folder nor a revision of the git repository at '\(top)' (git: \(error.description)): "
                    + "give a branch, tag or commit, such as main or HEAD~1")
        }
    }

    /// The content folder as it was at `commit`, exported under `scratch`; returns the exported content folder.
    func export(commit: String, revision: String, into scratch: URL) throws(DiffProblem) -> String {
        let archive = scratch.appendingPathComponent("revision.tar").path
        let tree = scratch.appendingPathComponent("tree")
        do {
            try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        } catch {
            throw DiffProblem("could not make a temporary folder at '\(tree.path)': \(error.localizedDescription)")
        }
        let paths = contentPrefix.isEmpty ? [] : [contentPrefix]
        do {
            _ = try Self.git(["archive", "--format=tar", "-o", archive, commit] + paths, in: top)
        } catch {
            let folder = contentPrefix.isEmpty ? "the repository" : "'\(contentPrefix.dropLast())'"
            throw DiffProblem(
                "revision '\(revision)' has no content folder at \(folder) (git: \(error.description)): "
                    + "choose a revision that has it, or give --content")
        }
        do {
            _ = try Self.run(["tar", "-x", "-f", archive, "-C", tree.path], in: top)
        } catch {
            throw DiffProblem("could not unpack revision '\(revision)' into '\(tree.path)': \(error.description)")
        }
        try? FileManager.default.removeItem(atPath: archive)
        let root = tree.appendingPathComponent(String(contentPrefix.dropLast())).path
        return contentPrefix.isEmpty ? tree.path : root
    }

    /// A short name for a commit ("1a2b3c4").
    func short(_ commit: String) -> String {
        (try? Self.git(["rev-parse", "--short", commit], in: top).trimmingNewline) ?? String(commit.prefix(7))
    }

    // MARK: Running commands

    /// Why a command failed: the last line of what it printed on standard error.
    struct CommandFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `git ARGUMENTS` in `folder` with literal pathspecs (a folder named `*` is a folder, not a pattern).
    private static func git(_ arguments: [String], in folder: String) throws(CommandFailure) -> String {
        try run(["git"] + arguments, in: folder, environment: ["GIT_LITERAL_PATHSPECS": "1"])
    }

    /// Runs a command found on PATH and returns its standard output; throws with its standard error on failure.
    private static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws(CommandFailure)
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CommandFailure(description: "could not run \(arguments[0]): \(error.localizedDescription)")
        }
        // Standard error is read on another thread, so neither pipe can fill up and stall the command.
        let errorText = ErrorCollector(errors.fileHandleForReading)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = errorText.wait()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 {
                throw CommandFailure(description: "\(arguments[0]) was not found: install it (qid diff reads revisions with git and tar)")
            }
            let last = message.split(separator: "\n").last.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw CommandFailure(description: last)
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class ErrorCollector: @unchecked Sendable {
    private var text = ""
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            text = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
            done.signal()
        }
    }

    func wait() -> String {
        done.wait()
        return text
    }
}

/// A problem with what `qid diff` was asked to compare (the command line exits 2 with it).
public struct DiffProblem: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}

extension String {
    fileprivate var trimmingNewline: String {
        var text = self
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return text
    }
}
