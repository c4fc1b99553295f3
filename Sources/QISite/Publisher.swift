import Foundation

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

/// The publish step: writes every file into a new sibling folder, then swaps it in with renames, so a failed
/// or interrupted build leaves the previous site whole and never a half-written one.
public enum Publisher {
    public struct PublishError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Writes `files` to `destination`; returns the bytes written.
    @discardableResult
    public static func publish(_ files: [OutputFile], to destination: String) throws -> Int {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: destination).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))"
        let staging = parent.appendingPathComponent(".\(name).building-\(token)")
        let retired = parent.appendingPathComponent(".\(name).previous-\(token)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw PublishError(description: "could not create \(staging.path): \(error.localizedDescription)")
        }
        var total = 0
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
                total += file.bytes.count
            }
            try keepReadme(from: target, into: staging)
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: retired)
            }
            try manager.moveItem(at: staging, to: target)
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: target.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: target)
            }
            throw PublishError(description: "could not publish to \(target.path): \(error.localizedDescription); the previous site is unchanged")
        }
        try? manager.removeItem(at: retired)
        return total
    }

    /// `site/README.md` is part of the repository: carry it over so a build never deletes it.
    private static func keepReadme(from target: URL, into staging: URL) throws {
        let readme = target.appendingPathComponent("README.md")
        let copy = staging.appendingPathComponent("README.md")
        let manager = FileManager.default
        if manager.fileExists(atPath: readme.path), !manager.fileExists(atPath: copy.path) {
            try manager.copyItem(at: readme, to: copy)
        }
    }
}
