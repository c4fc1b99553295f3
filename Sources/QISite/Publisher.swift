import Foundation
import QIParallel
import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file of the built site: a path relative to the site folder and its bytes.
public struct OutputFile: Sendable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}

/// The publish step: files are written into a new sibling folder (in batches, on every core), which is then
/// swapped in for the target in one step, so a failed, killed or interrupted build leaves one whole site (the
/// previous one until the swap, the new one after it) and never a half-written one or none.
///
/// - The swap is `renameat2(RENAME_EXCHANGE)` on Linux and `renamex_np(RENAME_SWAP)` on macOS (`FolderSwap`); two
///   renames only where the filesystem cannot exchange; a plain rename when there is no site yet.
/// - Staging and previous-site folders that an earlier killed build left beside the target (their names and the
///   `.qid-site` marker, never anything else) are removed first (`PublishLeftovers`).
/// - SIGINT and SIGTERM remove this build's staging folder before the process exits (`PublishInterruption`).
/// - A target that is a symbolic link to a folder is published into the folder it points to: the link stays.
public struct StagingFolder: Sendable {
    public struct PublishError: Error, CustomStringConvertible {
        public let description: String
    }

    /// The file that marks a folder as a site qid built; nothing without it is ever replaced or removed.
    public static let marker = ".qid-site"
    static let markerText = "Built by qid. This folder is replaced whole by each build.\n"

    let target: URL
    let staging: URL
    let retired: URL

    /// Clears what earlier builds left, then creates the empty sibling folder (with its marker) that the site is
    /// written into.
    public init(for destination: String) throws {
        let manager = FileManager.default
        target = try Self.resolve(destination)
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let token = "\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
        staging = parent.appendingPathComponent(PublishLeftovers.stagingPrefix(name) + token)
        retired = parent.appendingPathComponent(PublishLeftovers.previousPrefix(name) + token)
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            PublishLeftovers.clear(beside: target)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw PublishError(description: "could not create \(staging.path): \(error.localizedDescription)")
        }
        PublishInterruption.shared.register(staging.path)
        // The marker goes in first, so that a staging folder left by a killed build is recognised as qid's.
        try write([OutputFile(path: Self.marker, text: Self.markerText)])
        PublishTestHook.reach(.staged)
    }

    /// The folder to publish into: `destination`, or the folder it links to (the link itself is kept).
    static func resolve(_ destination: String) throws -> URL {
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        var info = stat()
        guard lstat(target.path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return target }
        guard let resolved = realpath(target.path, nil) else {
            throw PublishError(
                description: "\(target.path) is a link to a folder that does not exist: create the folder it points to, or remove the link")
        }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved))
    }

    /// Writes `files` into the staging folder, concurrently; returns the bytes written.
    @discardableResult
    public func write(_ files: [OutputFile]) throws -> Int {
        let root = staging.path
        // Folders first, parents before children, once each; then the files, which need no more checks.
        var folders = Set<String>()
        for file in files {
            var folder = Substring(file.path)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard folders.insert(String(folder)).inserted else { break }
            }
        }
        for folder in folders.sorted() {
            let path = root + "/" + folder
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw failure("could not create \(path): \(String(cString: strerror(errno)))")
            }
        }
        do {
            try Parallel.forEach(files) { file in try Self.writeFile(file.bytes, to: root + "/" + file.path) }
        } catch {
            throw failure("\(error)")
        }
        return files.reduce(0) { $0 + $1.bytes.count }
    }

    private static func writeFile(_ bytes: [UInt8], to path: String) throws {
        do {
            let descriptor = try FileDescriptor.open(
                FilePath(path), .writeOnly, options: [.create, .truncate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
            try descriptor.closeAfter { _ = try descriptor.writeAll(bytes) }
        } catch let error as Errno {
            throw PublishError(description: "could not write \(path): \(error)")
        }
    }

    /// Swaps the staging folder in for the target in one step (keeping the target's README.md), then removes the
    /// previous site.
    public func publish() throws {
        removePrevious(try swapIn())
    }

    /// The swap alone: the new site is live when it returns.
    ///
    /// Returns where the previous site now is (nil when there
    /// was none), for `removePrevious`, which a build times apart (at 25,000 providers, the removal takes far
    /// longer than the swap).
    public func swapIn() throws -> String? {
        PublishTestHook.reach(.written)
        let previous: String?
        do {
            try keepReadme()
            previous = try PublishInterruption.shared.uninterrupted { try swap() }
        } catch {
            discard()
            throw PublishError(description: "could not publish to \(target.path): \(error); the previous site is unchanged")
        }
        PublishInterruption.shared.register(previous)
        PublishTestHook.reach(.swapped)
        return previous
    }

    /// Removes the previous site that `swapIn` moved aside.
    public func removePrevious(_ previous: String?) {
        if let previous {
            // Mark it, so that if this process dies while removing it, the next build knows it for qid's.
            close(open(previous + "/" + Self.marker, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644))
            FolderRemoval.remove(previous) { PublishTestHook.reach(.removing) }
        }
        PublishInterruption.shared.register(nil)
    }

    /// Puts the new site in place; returns where the previous site now is, to be removed (nil when there was none).
    private func swap() throws -> String? {
        var info = stat()
        if lstat(target.path, &info) != 0 && errno == ENOENT {
            try Self.check(rename(staging.path, target.path), "could not rename \(staging.path) to \(target.path)")
            return nil
        }
        if try FolderSwap.exchange(staging.path, target.path) {
            return staging.path
        }
        // This filesystem cannot exchange: move the previous site aside, then the new one in (the one gap).
        try Self.check(rename(target.path, retired.path), "could not move \(target.path) aside")
        PublishTestHook.reach(.movedAside)
        if rename(staging.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            rename(retired.path, target.path)
            throw PublishError(description: "could not rename \(staging.path) to \(target.path): \(reason)")
        }
        return retired.path
    }

    private static func check(_ result: Int32, _ what: String) throws {
        if result != 0 { throw PublishError(description: "\(what): \(String(cString: strerror(errno)))") }
    }

    /// Removes the staging folder and puts the previous site back if it had been moved aside.
    public func discard() {
        PublishInterruption.shared.uninterrupted {
            FolderRemoval.remove(staging.path)
            var info = stat()
            if lstat(target.path, &info) != 0, lstat(retired.path, &info) == 0 {
                rename(retired.path, target.path)
            }
        }
        PublishInterruption.shared.register(nil)
    }

    private func failure(_ reason: String) -> PublishError {
        discard()
        return PublishError(description: "could not publish to \(target.path): \(reason); the previous site is unchanged")
    }

    /// `site/README.md` is part of the repository: carry it over so a build never deletes it.
    private func keepReadme() throws {
        let readme = target.appendingPathComponent("README.md")
        let copy = staging.appendingPathComponent("README.md")
        let manager = FileManager.default
        if manager.fileExists(atPath: readme.path), !manager.fileExists(atPath: copy.path) {
            try manager.copyItem(at: readme, to: copy)
        }
    }
}
