import Foundation
import QIDomain
import QIYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Read-only access to the content folder: sorted listings, links that stay inside, size-limited reads.
///
/// Nothing here ever writes.
struct ContentFiles {
    enum Kind {
        case file, directory
    }

    struct Entry {
        var name: String
        var kind: Kind
    }

    /// The content folder as the user wrote it (for messages) and its resolved real path (for link checks).
    let displayRoot: String
    let realRoot: String
    let maximumBytes: Int
    let calls: FileSystemCalls
    let sink: DiagnosticSink

    init?(root: String, maximumBytes: Int, calls: FileSystemCalls = .system, sink: DiagnosticSink) {
        var display = root
        while display.count > 1 && display.hasSuffix("/") { display.removeLast() }
        guard let real = ContentFiles.realPath(root) else { return nil }
        self.displayRoot = display
        self.realRoot = real
        self.maximumBytes = maximumBytes
        self.calls = calls
        self.sink = sink
    }

    /// The same folder as plain values, to hand to another core (which reports into a sink of its own).
    struct Location: Sendable {
        let displayRoot: String
        let realRoot: String
        let maximumBytes: Int
        let calls: FileSystemCalls
    }

    var location: Location { Location(displayRoot: displayRoot, realRoot: realRoot, maximumBytes: maximumBytes, calls: calls) }

    init(_ location: Location, sink: DiagnosticSink) {
        self.displayRoot = location.displayRoot
        self.realRoot = location.realRoot
        self.maximumBytes = location.maximumBytes
        self.calls = location.calls
        self.sink = sink
    }

    func display(_ relative: String) -> String {
        displayRoot == "." ? relative : "\(displayRoot)/\(relative)"
    }

    private func absolute(_ relative: String) -> String {
        relative.isEmpty ? displayRoot : "\(displayRoot)/\(relative)"
    }

    /// The entries of a folder, sorted by name, hidden files skipped.
    ///
    /// Links that leave the content folder, linked folders and special files are reported and left out. Nil
    /// (with a diagnostic that gives the system's error) when the folder cannot be listed, so callers report
    /// nothing that follows from it.
    func list(_ relative: String) -> [Entry]? {
        let names: [ListedName]
        switch calls.listDirectory(absolute(relative)) {
        case .success(let listed): names = listed
        case .failure(let error):
            sink.error(
                .layout, .start(of: display(relative)), "the folder could not be listed: \(error)",
                fix: "check that qid can read the folder (its permissions, the disk); nothing in it was checked")
            return nil
        }
        var entries: [Entry] = []
        for listed in names.sorted(by: { $0.name < $1.name }) where !listed.name.hasPrefix(".") {
            switch listed.kind {
            case .file: entries.append(Entry(name: listed.name, kind: .file))
            case .directory: entries.append(Entry(name: listed.name, kind: .directory))
            case nil:
                let child = relative.isEmpty ? listed.name : "\(relative)/\(listed.name)"
                if let kind = kind(of: child) {
                    entries.append(Entry(name: listed.name, kind: kind))
                }
            }
        }
        return entries
    }

    private func kind(of relative: String) -> Kind? {
        let path = absolute(relative)
        var info = stat()
        guard lstat(path, &info) == 0 else {
            sink.error(
                .unsafeInput, .start(of: display(relative)), "this entry is listed but could not be examined: \(SystemError.current)",
                fix: "rename it with a name of UTF-8 text, or check the disk; it was not checked")
            return nil
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { return .directory }
        if type == S_IFREG { return .file }
        if type == S_IFLNK {
            guard let target = ContentFiles.realPath(path), target == realRoot || target.hasPrefix(realRoot + "/") else {
                sink.error(
                    .unsafeInput, .start(of: display(relative)),
                    "this is a link that points outside the content folder (or nowhere); it is not read",
                    fix: "replace the link with the file itself")
                return nil
            }
            var targetInfo = stat()
            guard stat(target, &targetInfo) == 0, targetInfo.st_mode & S_IFMT == S_IFREG else {
                sink.error(
                    .unsafeInput, .start(of: display(relative)),
                    "this link points to a folder or a special file; linked folders are not followed",
                    fix: "move the folder here instead of linking to it")
                return nil
            }
            return .file
        }
        sink.error(
            .unsafeInput, .start(of: display(relative)), "this is not a regular file or folder (a device, socket or pipe); it is not read",
            fix: "remove it from the content folder")
        return nil
    }

    /// The kind of an entry, with the same link policy as `list`: a link counts only when it stays inside the
    /// folder and points to a regular file (linked folders and links out are not followed).
    func exists(_ relative: String) -> Kind? {
        let path = absolute(relative)
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let target = ContentFiles.realPath(path), target.hasPrefix(realRoot + "/"),
                stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG
            else { return nil }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .file
        default: return nil
        }
    }

    /// The bytes of a file, or nil (with a diagnostic) when it is too large or unreadable.
    func read(_ relative: String) -> [UInt8]? {
        let path = absolute(relative)
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else {
            sink.error(
                .layout, .start(of: display(relative)), "the file could not be opened: \(SystemError.current)",
                fix: "check that it exists and is readable")
            return nil
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            sink.error(
                .unsafeInput, .start(of: display(relative)), "this is not a regular file; it is not read",
                fix: "remove it from the content folder")
            return nil
        }
        let size = Int(info.st_size)
        guard size <= maximumBytes else {
            sink.error(
                .unsafeInput, .start(of: display(relative)),
                "the file is \(ContentFiles.describe(bytes: size)), over the limit of \(ContentFiles.describe(bytes: maximumBytes)) for one record",
                fix: "records are a few kilobytes; split the file or remove what does not belong in it")
            return nil
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let got = bytes.withUnsafeMutableBytes { buffer in
                calls.read(path, descriptor, buffer.baseAddress.map { $0 + total }, size - total)
            }
            if got < 0 {
                let error = SystemError.current
                if error.code == EINTR { continue }
                // Never "empty": a failing disk is not an empty record.
                sink.error(
                    .unsafeInput, .start(of: display(relative)), "the file could not be read: \(error)",
                    fix: "check the disk or the file system the content folder is on, then run qid again; the file was not checked")
                return nil
            }
            if got == 0 { break }
            total += got
        }
        if total < size { bytes.removeSubrange(total...) }
        // A UTF-8 byte-order mark is not part of the text: dropped here, every file kind (YAML, front matter,
        // Markdown) reads the same with or without one, and columns on the first line count from after it.
        if bytes.starts(with: YAMLParser.byteOrderMark) { bytes.removeFirst(YAMLParser.byteOrderMark.count) }
        return bytes
    }

    static func describe(bytes: Int) -> String {
        if bytes >= 1_048_576 { return "\(bytes / 1_048_576) MB" }
        if bytes >= 1024 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
