import Foundation

/// Writes a file in one step: into a hidden temporary file beside it, then renamed over it, so a reader (or a
/// killed import) sees the old file or the new one, never half of one.
enum AtomicFile {
    /// The bytes at `path`, or nil when there is no file.
    static func contents(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    static func write(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).qid-import-\(ProcessInfo.processInfo.processIdentifier)")
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            throw ImportError.at(path, "could not be written (check the folder's permissions and free space)")
        }
        guard rename(temporary, path) == 0 else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw ImportError.at(path, "could not be replaced (\(String(cString: strerror(errno))))")
        }
    }
}
