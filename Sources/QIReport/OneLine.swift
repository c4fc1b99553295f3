/// Keeps every printed diagnostic on one line, whatever a file name or a value holds.
///
/// A file may be named with a newline, and a message may quote a multi-line YAML value: printed as they are,
/// either would split `path:line:col: severity: message [RULE]` over several lines (and a bidirectional
/// override would make it read out of order). Such characters are written as readable escapes instead:
/// `\n`, `\r`, `\t`, `\u{7F}`, and a backslash as `\\`, so the escaped text is never ambiguous.
enum OneLine {
    static func escaped(_ text: String) -> String {
        guard mayNeedEscape(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\\": result += "\\\\"
            case _ where needsEscape(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A quick look at the bytes: plain printable ASCII, the usual case, never needs an escape.
    private static func mayNeedEscape(_ text: String) -> Bool {
        for byte in text.utf8 where byte < 0x20 || byte >= 0x7F || byte == 0x5C {
            return byte >= 0x80 ? text.unicodeScalars.contains(where: needsEscape) : true
        }
        return false
    }

    /// Control characters (C0, DEL, C1), the Unicode line and paragraph separators, bidirectional embeddings,
    /// overrides and isolates, and the backslash that starts an escape.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x5C: return true
        default: return false
        }
    }
}
