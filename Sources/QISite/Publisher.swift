import Foundation
import QIParallel

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
/// swapped in with renames, so a failed or interrupted build leaves the previous site whole and never a
/// half-written one.
public struct StagingFolder: Sendable {
    public struct PublishError: Error, CustomStringConvertible {
        public let description: String
    }

    let target: URL
    let staging: URL
    let retired: URL

    /// Creates the empty sibling folder that the site is written into.
    public init(for destination: String) throws {
        let manager = FileManager.default
        target = URL(fileURLWithPath: destination).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))"
        staging = parent.appendingPathComponent(".\(name).building-\(token)")
        retired = parent.appendingPathComponent(".\(name).previous-\(token)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw PublishError(description: "could not create \(staging.path): \(error.localizedDescription)")
        }
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
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw PublishError(description: "could not create \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            guard result > 0 else { throw PublishError(description: "could not write \(path): \(String(cString: strerror(errno)))") }
            written += result
        }
    }

    /// Swaps the staging folder in for the target (keeping its README.md); the previous site is removed.
    public func publish() throws {
        let manager = FileManager.default
        do {
            try keepReadme()
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: retired)
            }
            try manager.moveItem(at: staging, to: target)
        } catch {
            discard()
            throw PublishError(description: "could not publish to \(target.path): \(error.localizedDescription); the previous site is unchanged")
        }
        FolderRemoval.remove(retired.path)
    }

    /// Removes the staging folder and puts the previous site back if it had been moved aside.
    public func discard() {
        let manager = FileManager.default
        FolderRemoval.remove(staging.path)
        if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: retired.path) {
            try? manager.moveItem(at: retired, to: target)
        }
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
