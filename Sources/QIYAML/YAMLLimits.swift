/// Bounds that keep a hostile file from crashing, hanging or exhausting memory.
///
/// A record is a few kilobytes; these are far above any real one and far below harm.
public struct YAMLLimits: Sendable {
    /// Largest file read at all, in bytes.
    public var maximumBytes: Int
    /// Deepest nesting of lists and mappings.
    public var maximumDepth: Int
    /// Most values in a document, counting every value an alias repeats ("billion laughs").
    public var maximumValues: Int

    public init(maximumBytes: Int = 1_048_576, maximumDepth: Int = 64, maximumValues: Int = 100_000) {
        self.maximumBytes = maximumBytes
        self.maximumDepth = maximumDepth
        self.maximumValues = maximumValues
    }

    public static let standard = YAMLLimits()
}

/// Why a YAML text could not be read: a message for people and where the problem is.
public struct YAMLError: Error, Sendable {
    public enum Kind: Sendable {
        /// libyaml's own syntax error, or more than one document.
        case syntax
        /// A limit of `YAMLLimits`, invalid UTF-8, or a binary file.
        case unsafe
    }

    public var kind: Kind
    public var message: String
    public var fix: String
    public var mark: YAMLMark

    public init(_ kind: Kind, _ message: String, fix: String, at mark: YAMLMark) {
        self.kind = kind
        self.message = message
        self.fix = fix
        self.mark = mark
    }
}
