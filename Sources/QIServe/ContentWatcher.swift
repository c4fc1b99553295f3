import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Notices saved changes under the content folder and the theme folder by comparing each file's modification time,
/// size and inode with the last look.
///
/// One `stat` per file, so the work grows with the files and nothing else. `PreviewServer` looks when inotify
/// (`FolderEvents`) says a folder changed and once a second anyway, or every 100 ms without inotify.
///
/// Hidden files and folders are skipped, as the loader skips them (editors' swap and backup files among them).
struct ContentWatcher {
    /// A file as last seen.
    struct Stamp: Equatable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int
        var inode: UInt64
    }

    /// What changed since the last look, as paths relative to each watched folder.
    struct Changes: Equatable {
        var content: Set<String> = []
        var theme: Set<String> = []
        var isEmpty: Bool { content.isEmpty && theme.isEmpty }
    }

    let content: String
    let theme: String?
    private var contentFiles: [String: Stamp]
    private var themeFiles: [String: Stamp]
    /// Every folder the last look went into (for inotify's watches), as paths to open.
    private(set) var folders: [String] = []

    init(content: String, theme: String?) {
        self.content = content
        self.theme = theme
        var folders: [String] = []
        self.contentFiles = Self.scan(content, folders: &folders)
        self.themeFiles = theme.map { Self.scan($0, folders: &folders) } ?? [:]
        self.folders = folders
    }

    /// Looks again; returns what was added, changed or removed since the last look.
    mutating func poll() -> Changes {
        var folders: [String] = []
        let contentNow = Self.scan(content, folders: &folders)
        let themeNow = theme.map { Self.scan($0, folders: &folders) } ?? [:]
        defer {
            contentFiles = contentNow
            themeFiles = themeNow
            self.folders = folders
        }
        return Changes(content: Self.difference(contentFiles, contentNow), theme: Self.difference(themeFiles, themeNow))
    }

    static func difference(_ before: [String: Stamp], _ after: [String: Stamp]) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in after where before[path] != stamp { changed.insert(path) }
        for path in before.keys where after[path] == nil { changed.insert(path) }
        return changed
    }

    /// Every file under `root` (not following links into folders), by path from `root`.
    ///
    /// Folders themselves are not recorded: a file added or removed shows as that file.
    static func scan(_ root: String, folders opened: inout [String]) -> [String: Stamp] {
        var found: [String: Stamp] = [:]
        var folders = [""]
        while let relative = folders.popLast() {
            let folder = relative.isEmpty ? root : "\(root)/\(relative)"
            guard let handle = opendir(folder) else { continue }
            opened.append(folder)
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                    pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                // Looked up from the open folder (no walk of the whole path for each file).
                var info = stat()
                guard fstatat(dirfd(handle), name, &info, 0) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR {
                    var link = stat()
                    if fstatat(dirfd(handle), name, &link, AT_SYMLINK_NOFOLLOW) == 0, link.st_mode & S_IFMT != S_IFLNK {
                        folders.append(path)
                    }
                    continue
                }
                #if canImport(Darwin)
                    let modified = info.st_mtimespec
                #else
                    let modified = info.st_mtim
                #endif
                found[path] = Stamp(
                    seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec), size: Int(info.st_size), inode: UInt64(info.st_ino))
            }
        }
        return found
    }

    /// The provider folders a set of changed content paths lies in, or nil when any change is outside them
    /// (`directory.yaml`, `officers.yaml`, a policy, `pages/`, the `providers/` folder itself): then everything is
    /// built again.
    static func providers(in changed: Set<String>) -> Set<String>? {
        var ids = Set<String>()
        for path in changed {
            let parts = path.split(separator: "/", maxSplits: 2)
            guard parts.count >= 2, parts[0] == "providers" else { return nil }
            ids.insert(String(parts[1]))
        }
        return ids
    }
}
