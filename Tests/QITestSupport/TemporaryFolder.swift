import Foundation

/// Temporary folders for tests, each removed when the test process ends, so runs leave nothing behind in the
/// temporary folder.
public enum TemporaryFolder {
    private nonisolated(unsafe) static var made: [URL] = []
    private static let lock = NSLock()
    private nonisolated(unsafe) static var installed = false

    /// A new path `…/PREFIX-UUID` (not created): the test or the tool under test creates it.
    public static func make(_ prefix: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        lock.lock()
        defer { lock.unlock() }
        made.append(url)
        if !installed {
            installed = true
            atexit { TemporaryFolder.removeAll() }
        }
        return url
    }

    /// Removes every folder made so far (and anything a build left beside it while the process ran).
    public static func removeAll() {
        lock.lock()
        let urls = made
        made = []
        lock.unlock()
        for url in urls {
            try? FileManager.default.removeItem(at: url)
        }
    }
}
