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
    public var listDirectory: @Sendable (_ path: String) -> Result<[String], SystemError>

    public init(
        read: @escaping @Sendable (String, Int32, UnsafeMutableRawPointer?, Int) -> Int,
        listDirectory: @escaping @Sendable (String) -> Result<[String], SystemError>
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
    private static func systemListing(_ path: String) -> Result<[String], SystemError> {
        guard let directory = opendir(path) else { return .failure(.current) }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                return errno == 0 ? .success(names) : .failure(.current)
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
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
