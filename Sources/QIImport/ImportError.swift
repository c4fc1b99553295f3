/// Why an import stopped before writing anything: a message for people, naming the file (and line) at fault.
public struct ImportError: Error, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    /// "FILE:LINE: problem".
    public static func at(_ file: String, line: Int? = nil, _ problem: String) -> ImportError {
        ImportError("\(file)\(line.map { ":\($0)" } ?? ""): \(problem)")
    }

    public var description: String { message }
}
