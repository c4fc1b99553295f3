import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The staging (`.NAME.building-PID-N`) and previous-site (`.NAME.previous-PID-N`) folders that a killed build
/// leaves beside its target, and their removal by the next build.
///
/// A folder is removed only when all of these hold: its name has one of the two prefixes; it is a real folder
/// (not a link); it holds qid's `.qid-site` marker; and the process named in it is no longer running (so a build
/// running now into the same folder keeps its staging folder). Anything else beside the target is never touched.
enum PublishLeftovers {
    static func stagingPrefix(_ name: String) -> String { ".\(name).building-" }
    static func previousPrefix(_ name: String) -> String { ".\(name).previous-" }

    /// Removes the leftovers of earlier builds beside `target`; returns the paths removed.
    @discardableResult
    static func clear(beside target: URL) -> [String] {
        let parent = target.deletingLastPathComponent().path
        let name = target.lastPathComponent
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        var removed: [String] = []
        for entry in names {
            guard let token = token(of: entry, name: name) else { continue }
            let path = parent + "/" + entry
            guard isRealFolder(path), isRegularFile(path + "/" + StagingFolder.marker), !isRunning(token) else { continue }
            FolderRemoval.remove(path)
            removed.append(path)
        }
        return removed
    }

    /// The part after the prefix ("PID-N"), when `entry` has one of the two prefixes for `name`.
    static func token(of entry: String, name: String) -> Substring? {
        for prefix in [stagingPrefix(name), previousPrefix(name)] where entry.hasPrefix(prefix) {
            return entry.dropFirst(prefix.count)
        }
        return nil
    }

    private static func isRealFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// Whether the process whose id starts `token` is running (another build into the same folder, now).
    private static func isRunning(_ token: Substring) -> Bool {
        guard let pid = Int32(token.prefix { $0 != "-" }), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
