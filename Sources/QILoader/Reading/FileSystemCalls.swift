#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The two system calls whose failures a disk can cause mid-load: reading a file and listing a folder.
///
/// `.system` is what qid uses. Tests hand the loader calls that fail (EIO from `read`, EACCES from a listing),
/// which a test running as root cannot provoke on a real file system, to check what the user is told.
public struct FileSystemCalls: Sendable {
    /// `read(2)` of the file at `path`: bytes read, 0 at the end, or -1 with `errno` set.
    public var read: @Sendable (_ path: String, _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
    /// The names in a folder (without `.` and `..`), or the system's error.
    public var listDirectory: @Sendable (_ path: String) -> Result<[ListedName], SystemError>

    public init(
        read: @escaping @Sendable (String, Int32, UnsafeMutableRawPointer?, Int) -> Int,
        listDirectory: @escaping @Sendable (String) -> Result<[ListedName], SystemError>
    ) {
        self.read = read
        self.listDirectory = listDirectory
    }

    public static let system = FileSystemCalls(
        read: { _, descriptor, buffer, count in
            #if canImport(Glibc)
                Glibc.read(descriptor, buffer, count)
            #else
                Darwin.read(descriptor, buffer, count)
            #endif
        },
        listDirectory: systemListing)

    /// The names in a folder from `opendir` and `readdir`, which keep `errno` (FileManager would hide it).
    ///
    /// A name that is not valid UTF-8 is kept with its bad bytes replaced, so it is still reported (it cannot
    /// then be found) rather than skipped.
    /// The listing's own type of each entry saves a `stat` a file (90,000 at 25,000 providers) where the file
    /// system gives it; links and anything else are examined one by one.
    private static func systemListing(_ path: String) -> Result<[ListedName], SystemError> {
        guard let directory = opendir(path) else { return .failure(.current) }
        defer { closedir(directory) }
        var names: [ListedName] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                return errno == 0 ? .success(names) : .failure(.current)
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != "." && name != ".." else { continue }
            let type = Int(entry.pointee.d_type)
            // A name that was not UTF-8 cannot be opened as decoded: examining it reports that.
            let readable = !name.unicodeScalars.contains("\u{FFFD}")
            let kind: ListedName.Kind? = !readable ? nil : type == Int(DT_REG) ? .file : type == Int(DT_DIR) ? .directory : nil
            names.append(ListedName(name: name, kind: kind))
        }
    }
}

/// A name in a folder, with its kind when the listing says so: nil for a link, a special file, or a file system
/// whose listing does not tell.
public struct ListedName: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case file, directory
    }

    public var name: String
    public var kind: Kind?

    public init(name: String, kind: Kind?) {
        self.name = name
        self.kind = kind
    }
}

/// A system error number with its description: "Input/output error (errno 5)".
public struct SystemError: Error, Sendable, CustomStringConvertible {
    public var code: Int32

    public init(code: Int32) {
        self.code = code
    }

    /// The calling thread's `errno`.
    public static var current: SystemError { SystemError(code: errno) }

    public var description: String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return "\(String(cString: text)) (errno \(code))"
    }
}
