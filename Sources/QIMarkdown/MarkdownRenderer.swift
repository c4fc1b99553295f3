import CCmarkGFM
import Foundation

/// Renders the Markdown of summaries, notes and free pages to HTML with cmark-gfm.
///
/// Raw HTML is never passed through (cmark-gfm 0.29 replaces it with `<!-- raw HTML omitted -->` unless
/// `CMARK_OPT_UNSAFE` is given, and it never is), and `javascript:`, `vbscript:`, `file:` and non-image
/// `data:` links are dropped. Tables, strikethrough and autolinks come from the GFM extensions.
public struct MarkdownRenderer: Sendable {
    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Registers cmark-gfm's extensions once: its registry has no lock.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    public init() {
        _ = MarkdownRenderer.registered
    }

    /// The HTML for `markdown`; an empty string for empty input.
    public func html(_ markdown: String) -> String {
        Self.withDocument(markdown, extensions: Self.extensionNames) { parser, document in
            guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else {
                return ""
            }
            defer { free(rendered) }
            return String(cString: rendered)
        } ?? ""
    }

    /// Parses `markdown` with the named extensions and hands the parser and the document to `body`, then frees both.
    static func withDocument<Result>(
        _ markdown: String, extensions: [String], _ body: (OpaquePointer, OpaquePointer) -> Result
    ) -> Result? {
        _ = MarkdownRenderer.registered
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return nil }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var bytes = Array(markdown.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parser_feed(parser, $0, buffer.count) }
            }
        }
        guard let document = cmark_parser_finish(parser) else { return nil }
        defer { cmark_node_free(document) }
        return body(parser, document)
    }
}
