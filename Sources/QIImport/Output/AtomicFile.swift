import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file in one step: into a hidden temporary file beside it, then renamed over it, so a reader (or a killed
/// import) sees the old file or the new one, never half of one.
///
/// Plain system calls: Foundation's `createFile` already writes through a temporary file of its own, which doubled the
/// cost for 25,000 providers.
enum AtomicFile {
    /// Whether the file at `path` holds exactly `text`'s bytes (false when there is no file or it cannot be read).
    ///
    /// Reads at most one byte more than the text: a longer file differs whatever it holds after.
    static func holds(_ text: String, at path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let expected = Array(text.utf8)
        var found = [UInt8](repeating: 0, count: expected.count + 1)
        var filled = 0
        while filled < found.count {
            let result = found.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            guard result > 0 else { break }
            filled += result
        }
        return filled == expected.count && found.prefix(filled).elementsEqual(expected)
    }

    /// Makes a new provider's folder (its parent, providers/, already exists); one that is already there is fine.
    static func makeFolder(_ folder: String) throws {
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
    }

    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = "\(folder)/.\(name).qid-import-\(processID)"
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        if descriptor < 0 && errno == ENOENT {
            // The folder went missing between the plan and the write: make it, once.
            try makeFolder(folder)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        guard descriptor >= 0 else { throw ImportError.at(path, "could not be written (\(String(cString: strerror(errno))))") }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            guard result > 0 else { break }
            written += result
        }
        close(descriptor)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ImportError.at(path, "could not be written (check the folder's permissions and free space)")
        }
    }

    /// This process's id, for the temporary files' names (asked once, not for every file).
    private static let processID = getpid()
}
