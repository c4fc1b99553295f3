/// A 1-based position in a YAML text (libyaml's marks are 0-based; the parser adds 1).
///
/// Columns count characters.
public struct YAMLMark: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// Turns byte offsets of a text into 1-based lines and columns (in characters), moving forward only: offsets
/// given in increasing order cost one pass over the text in all.
public struct YAMLPositionCounter {
    private var mark = YAMLMark(line: 1, column: 1)
    private var position = 0

    public init() {}

    /// The line and column of `offset` in `bytes` (not before the previous offset asked for).
    public mutating func mark(at offset: Int, in bytes: [UInt8]) -> YAMLMark {
        while position < offset && position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\n") {
                mark.line += 1
                mark.column = 1
            } else if byte & 0xC0 != 0x80 {
                mark.column += 1
            }
            position += 1
        }
        return mark
    }
}

/// A parsed YAML value that keeps the position of every scalar, sequence and mapping.
public enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    public var mark: YAMLMark {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .sequence(let sequence): return sequence.mark
        case .mapping(let mapping): return mapping.mark
        }
    }

    /// "text", "a list", "a mapping": for "expected …, found …" messages.
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): return scalar.isNull ? "nothing (null)" : "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

public struct YAMLScalar: Sendable {
    public enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var value: String
    public var style: Style
    public var mark: YAMLMark
    /// Just after the scalar's last character in the text (its closing quote, for a quoted one).
    public var end: YAMLMark

    public init(value: String, style: Style, mark: YAMLMark, end: YAMLMark? = nil) {
        self.value = value
        self.style = style
        self.mark = mark
        self.end = end ?? mark
    }

    /// A plain `~`, `null` or empty scalar: YAML's "no value".
    public var isNull: Bool {
        // Asked of every key and value: most are longer than the longest null, and are passed over by their length.
        guard style == .plain, value.utf8.count <= 4 else { return false }
        return value.isEmpty || value == "~" || value == "null" || value == "Null" || value == "NULL"
    }
}

public struct YAMLSequence: Sendable {
    public var items: [YAMLNode]
    public var mark: YAMLMark

    public init(items: [YAMLNode], mark: YAMLMark) {
        self.items = items
        self.mark = mark
    }
}

public struct YAMLMapping: Sendable {
    public struct Entry: Sendable {
        public var key: YAMLNode
        public var value: YAMLNode

        public init(key: YAMLNode, value: YAMLNode) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]
    public var mark: YAMLMark

    public init(entries: [Entry], mark: YAMLMark) {
        self.entries = entries
        self.mark = mark
    }
}
