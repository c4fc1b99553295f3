/// Checks on raw bytes before libyaml sees them: binary content and invalid UTF-8, reported with a position.
enum TextChecks {
    /// An error for a NUL byte (a binary file) or the first invalid UTF-8 sequence; nil for clean UTF-8 text.
    static func problem(in bytes: [UInt8]) -> YAMLError? {
        if let nul = bytes.firstIndex(of: 0) {
            return YAMLError(
                .unsafe, "this looks like a binary file, not YAML text (a NUL byte)",
                fix: "keep only UTF-8 YAML text in content/; put other files elsewhere",
                at: position(of: nul, in: bytes))
        }
        // Clean text, the usual case, is validated in one fast pass; only a file that fails is walked scalar by
        // scalar to find where.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return nil
            case .error(let length):
                return YAMLError(
                    .unsafe, "the file is not valid UTF-8 (an invalid byte sequence)",
                    fix: "save the file as UTF-8 (\(length) bad byte\(length == 1 ? "" : "s") here)",
                    at: position(of: offset, in: bytes))
            }
        }
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> YAMLMark {
        var counter = YAMLPositionCounter()
        return counter.mark(at: offset, in: bytes)
    }

    /// `mark`, or the end of the text when the mark is past it: at the end of a file with no final newline,
    /// libyaml moves its mark to a line that does not exist.
    static func clamped(_ mark: YAMLMark, in bytes: [UInt8]) -> YAMLMark {
        let lastLine = bytes.count(where: { $0 == UInt8(ascii: "\n") }) + 1
        guard mark.line > lastLine else { return mark }
        return position(of: bytes.count, in: bytes)
    }

    /// Whether the given line begins with indentation that contains a tab.
    static func lineIndentedWithTab(_ line: Int, in bytes: [UInt8]) -> Bool {
        var current = 1
        var index = 0
        while index < bytes.count && current < line {
            if bytes[index] == UInt8(ascii: "\n") { current += 1 }
            index += 1
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\t"): return true
            case UInt8(ascii: " "), UInt8(ascii: "-"): index += 1
            default: return false
            }
        }
        return false
    }
}
