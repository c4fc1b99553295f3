/// A request's path (as sent, percent-encoded) → the file of the site it asks for, or why it is refused.
///
/// Only paths inside the site are answered: a `.` or `..` segment, a backslash, a control character or a broken
/// percent-escape is refused whole (400), before the site is looked at, whether it was written plainly or
/// percent-encoded (`%2e%2e`, `..%2f`).
public enum SitePath {
    /// Why a path is refused.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        /// Not an absolute path (`*`, `http://…`, nothing).
        case notAbsolute
        /// A `%` not followed by two hex digits, or escapes that are not UTF-8.
        case badEscape
        /// A `.` or `..` segment (after decoding).
        case dotSegment
        /// A backslash, NUL or other control character (after decoding).
        case badCharacter

        public var description: String {
            switch self {
            case .notAbsolute: "the request's path must start with /"
            case .badEscape: "the path has a % that is not followed by two hex digits, or escapes that are not UTF-8 text"
            case .dotSegment: "the path has a . or .. segment: only files inside the site are served"
            case .badCharacter: "the path has a backslash or a control character"
            }
        }
    }

    /// The file's path from the site's root: `/` → `index.html`, `/dashboard/` → `dashboard/index.html`,
    /// `/assets/qid.css` → `assets/qid.css`.
    public static func file(for target: String) -> Result<String, Refusal> {
        guard target.first == "/" else { return .failure(.notAbsolute) }
        guard let decoded = decode(target) else { return .failure(.badEscape) }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for segment in segments {
            if segment == "." || segment == ".." { return .failure(.dotSegment) }
            if segment.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) {
                return .failure(.badCharacter)
            }
        }
        let path = segments.joined(separator: "/")
        return .success(path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path)
    }

    /// Percent-decoding; nil for a broken escape or bytes that are not UTF-8.
    static func decode(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.utf8.elementsEqual(bytes) ? text : nil
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The `Content-Type` of a site file, by its extension.
    public static func contentType(of path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let ext = name.contains(".") ? String(name.split(separator: ".").last ?? "").lowercased() : ""
        switch ext {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "text/javascript; charset=utf-8"
        case "json": return "application/json"
        case "xml": return "application/xml"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "ico": return "image/x-icon"
        case "webp": return "image/webp"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }
}
