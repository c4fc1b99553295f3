import Mustache
import Testing

@testable import QISite

/// The theme's fast HTML escape gives exactly what swift-mustache's own HTML escape gives.
@Suite struct HTMLEscapingTests {
    static let samples = [
        "", "plain text", "Tom & Jerry's <b>\"bold\"</b>", "&amp; already escaped", "<script>alert('x')</script>",
        "Café – naïve 👩🏽‍⚕️ & <ÉCOLE>", "a\u{0301}<", "'", "\"\"", "line\nbreak > tab\t<", "javascript:alert(1)",
    ]

    @Test(arguments: samples)
    func escapesAsSwiftMustacheDoes(_ text: String) throws {
        _ = FastHTMLContentType.registered
        let library = MustacheLibrary()
        let plain = try MustacheTemplate(string: "{{value}}")
        let fast = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(FastHTMLContentType.name)}}{{value}}")
        let expected = plain.render(["value": text], library: library)
        #expect(fast.render(["value": text], library: library) == expected)
        #expect(FastHTMLContentType.escape(text) == expected)
    }

    @Test func textWithoutSpecialCharactersIsReturnedAsItIs() {
        #expect(FastHTMLContentType.escape("Isis Meadows Care Home, OX4 4HT") == "Isis Meadows Care Home, OX4 4HT")
        #expect(FastHTMLContentType.escape("<&>\"'") == "&lt;&amp;&gt;&quot;&#39;")
    }
}
