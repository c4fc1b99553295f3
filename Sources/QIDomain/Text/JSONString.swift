/// JSON string literals, for the documents qid writes by hand (the check report, the search index): written
/// directly so the bytes are stable, with no dependence on a serialiser's key order or escaping choices.
public enum JSONString {
    /// `text` as a JSON string literal.
    ///
    /// With `escapingLessThan`, `<` becomes `\u003c`, so the document stays safe even if it is inlined into HTML.
    public static func literal(_ text: String, escapingLessThan: Bool = false) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<" where escapingLessThan: out += "\\u003c"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
