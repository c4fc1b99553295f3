import Foundation
import QIDomain
import QIMarkdown
import QIPipeline
import QIReport
import QITestSupport
import Testing

/// `qid diff --format markdown` read back through a GFM renderer (cmark-gfm, as GitHub uses): content text stays
/// literal text, the table keeps its columns, and a long list is cut short under GitHub's comment limit.
@Suite struct DiffMarkdownTests {
    static let asOf = Day(iso: "2026-06-01") ?? Day(daysSinceEpoch: 0)
    static let hostile = "A | B *C* _d_ [x](https://example.org) <script>x</script> `code` # @team ~~s~~"

    static func diff(base: FixtureTree, head: FixtureTree) throws -> DirectoryDiff {
        try Pipeline.diff(DiffRequest(base: .folder(base.path), head: .folder(head.path), asOf: asOf))
    }

    @Test func contentTextStaysLiteralText() throws {
        let base = try FixtureTree.minimal()
        let head = try FixtureTree.minimal()
            .editing("providers/acorn-house/provider.yaml", replacing: "name: Acorn House", with: "name: \"\(Self.hostile)\"")
            .editing("providers/acorn-house/provider.yaml", replacing: "status: active", with: "status: active\n\"a|b*c\": 1")
        let markdown = DiffMarkdown.document(try Self.diff(base: base, head: head))
        let html = MarkdownRenderer().html(markdown)
        // The name comes out as the same characters, HTML-escaped, with no emphasis, link, code or raw HTML.
        let shown = Self.hostile.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        #expect(html.contains("<strong>\(shown)</strong>"), "\(html)")
        for tag in ["<em>", "<a ", "<code>", "<del>", "<script", "<h1"] {
            #expect(!html.contains(tag), "\(tag) in \(html)")
        }
        // The introduced error quotes the key with `|` and `*` in it: its row still has five cells.
        let rows = html.components(separatedBy: "<tr>").dropFirst(2)
        #expect(rows.count == 1)
        for row in rows {
            #expect(row.components(separatedBy: "<td").count - 1 == 5, "\(row)")
        }
        #expect(html.contains("unknown key 'a|b*c'"))
    }

    @Test func aLongListIsCutShortAndSaysHowManyMore() throws {
        var head = try FixtureTree.minimal()
        let provider = try head.read("providers/acorn-house/provider.yaml")
        for index in 1...40 {
            head = try head.writing(
                "providers/home-\(index)/provider.yaml", provider.replacingOccurrences(of: "Acorn House", with: "Home \(index)"))
        }
        let diff = try Self.diff(base: FixtureTree.minimal(), head: head)
        #expect(diff.added.count == 40)
        let whole = DiffMarkdown.document(diff)
        #expect(whole.components(separatedBy: "\n- **Home").count - 1 == 40)
        let cut = DiffMarkdown.document(diff, budget: 1_000)
        #expect(cut.utf8.count <= 1_200)
        let shown = cut.components(separatedBy: "\n- **Home").count - 1
        #expect(shown > 0 && shown < 40)
        #expect(cut.contains("\(40 - shown) more not shown here: run `qid diff` for the full list."))
    }
}
