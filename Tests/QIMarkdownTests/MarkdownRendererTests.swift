import QIMarkdown
import Testing

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersEmphasisAndParagraphs() {
        #expect(renderer.html("See the **action plan**.") == "<p>See the <strong>action plan</strong>.</p>\n")
    }

    @Test func dropsRawHTML() {
        let html = renderer.html("Before <script>alert(1)</script> after\n\n<div onclick=\"x()\">block</div>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<div"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func dropsJavaScriptLinks() {
        let html = renderer.html("[click](javascript:alert(1)) and [safe](https://example.org)")
        #expect(!html.contains("javascript:"))
        #expect(html.contains("href=\"https://example.org\""))
    }

    @Test func rendersTablesFromTheExtension() {
        let html = renderer.html("| Standard | Light |\n|---|---|\n| Safeguarding | Red |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Standard</th>"))
    }
}
