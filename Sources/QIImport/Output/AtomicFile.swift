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
    /// The bytes at `path`, or nil when there is no file.
    static func contents(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if mkdir(folder, 0o755) != 0 && errno != EEXIST {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let name = (path as NSString).lastPathComponent
        let temporary = "\(folder)/.\(name).qid-import-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
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
}
