import Mustache

/// HTML escaping for every `{{value}}` in the theme's templates: the same five characters and replacements as
/// swift-mustache's own HTML content type (`& < > " '`), but over UTF-8 bytes, returning the text untouched when it has
/// none of them (most values).
///
/// swift-mustache's escape looks each Character up in a dictionary: callgrind put 22% of a build's instructions there.
struct FastHTMLContentType: MustacheContentType {
    static let name = "QID_HTML"

    /// Registers the content type once; `Theme.load` puts `{{% CONTENT_TYPE: QID_HTML}}` before every template.
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLContentType(), named: name)
        return true
    }()

    func escapeText(_ text: String) -> String {
        Self.escape(text)
    }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        let needsEscaping =
            utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(where: isSpecial) }
            ?? utf8.contains(where: isSpecial)
        guard needsEscaping else { return text }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): escaped.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): escaped.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): escaped.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): escaped.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): escaped.append(contentsOf: "&#39;".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}

// Every `{{value}}` of text or a number: swift-mustache tries three dynamic casts (template, custom renderable,
// lambda) and an optional unwrap before it falls back to `String(describing:)`. Conforming the two types the
// view models hand it lets the second cast succeed at once. The text is the same: `String(describing:)` of a
// String or an Int is itself.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}

/// Escaping for the HTML and XML qid writes itself, outside the theme's templates (the change feed, the sitemap, the
/// preview server's diagnostics page): the same five characters as every `{{value}}`.
public enum MarkupText {
    public static func escaped(_ text: String) -> String {
        FastHTMLContentType.escape(text)
    }
}
