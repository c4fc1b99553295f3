import CCmarkGFM

/// The text a reader sees of a Markdown document, as cmark-gfm parses it: each literal piece (text, inline code, code
/// block) with its position in the source, in reading order.
///
/// Escapes and entities are decoded, emphasis marks and raw HTML (which qid never renders) are gone.
public struct MarkdownText: Sendable {
    /// One literal piece of text.
    public struct Piece: Sendable {
        public var text: String
        /// 1-based line and byte column in the Markdown source (cmark's units); 0 when cmark has none.
        public var line: Int
        public var column: Int
        /// Whether a new block (paragraph, heading, list item, table cell…) starts before this piece.
        public var startsBlock: Bool
    }

    public private(set) var pieces: [Piece] = []

    public init(_ markdown: String) {
        // Raw HTML is left out of the pieces below, so the tagfilter extension is not needed.
        pieces =
            MarkdownRenderer.withDocument(markdown, extensions: ["table", "strikethrough", "autolink"]) { _, document in
                var text = MarkdownText()
                text.collect(document)
                return text.pieces
            } ?? []
    }

    private init() {}

    private mutating func collect(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var newBlock = true
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator) {
                let type = cmark_node_get_type(node)
                // cmark-gfm.h: CMARK_NODE_TYPE_MASK 0xc000, CMARK_NODE_TYPE_BLOCK 0x8000 (inline nodes are 0xc000).
                let isBlock = (type.rawValue & 0xC000) == 0x8000
                if isBlock && type != CMARK_NODE_CODE_BLOCK {
                    newBlock = true
                } else if event == CMARK_EVENT_ENTER {
                    switch type {
                    case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                        let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                        pieces.append(
                            Piece(
                                text: literal, line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)),
                                startsBlock: newBlock || type == CMARK_NODE_CODE_BLOCK))
                        newBlock = type == CMARK_NODE_CODE_BLOCK
                    case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                        pieces.append(Piece(text: " ", line: 0, column: 0, startsBlock: newBlock))
                        newBlock = false
                    default:
                        break
                    }
                }
            }
            event = cmark_iter_next(iterator)
        }
    }
}
