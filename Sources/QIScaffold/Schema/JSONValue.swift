import QIDomain

/// A JSON document with its object keys in the order they were written, serialised the same way every time.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.text() == rhs.text()
    }

    /// The value of `key` in an object.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.0 == key }?.1
    }

    /// Pretty-printed with two-space indents; short arrays of strings stay on one line.
    public func text(indent: String = "") -> String {
        switch self {
        case .string(let value): return JSONString.literal(value)
        case .integer(let value): return String(value)
        case .bool(let value): return value ? "true" : "false"
        case .array(let items):
            if items.isEmpty { return "[]" }
            let inner = indent + "  "
            if items.allSatisfy({ if case .string = $0 { true } else { false } }) {
                let line = "[" + items.map { $0.text() }.joined(separator: ", ") + "]"
                if line.count + indent.count <= 100 { return line }
            }
            return "[\n" + items.map { inner + $0.text(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let pairs):
            if pairs.isEmpty { return "{}" }
            let inner = indent + "  "
            let lines = pairs.map { inner + JSONString.literal($0.0) + ": " + $0.1.text(indent: inner) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + indent + "}"
        }
    }
}
