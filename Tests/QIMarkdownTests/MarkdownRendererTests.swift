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

    /// Markdown pages are the one place a link's target comes from content unchecked: cmark-gfm's safe rendering
    /// drops every dangerous scheme, whatever its case or the spaces and escapes around it.
    @Test(arguments: [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "<javascript:alert(1)>",
        "<  javascript:alert(1)>", "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)",
    ])
    func dropsDangerousLinkSchemes(target: String) {
        let html = renderer.html("[link](\(target)) ![image](\(target)) <\(target)>")
        // What a browser does with an href or src: drop tabs and newlines, then read the scheme in any case.
        let targets = html.components(separatedBy: "=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
            .map { $0.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }.lowercased() }
        for link in targets {
            #expect(!["javascript:", "vbscript:", "data:"].contains { link.hasPrefix($0) }, "\(target) → \(html)")
        }
    }

    @Test func rendersTablesFromTheExtension() {
        let html = renderer.html("| Standard | Light |\n|---|---|\n| Safeguarding | Red |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<th>Standard</th>"))
    }
}
