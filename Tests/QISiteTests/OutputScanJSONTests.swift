import QIDomain
import Testing

@testable import QISite

/// The output scan reads JSON as a reader would: `\uXXXX` escapes decoded, nothing else changed.
@Suite struct OutputScanJSONTests {
    @Test func textWithoutEscapesReadsAsWritten() {
        let json = #"{"name": "Caf\u00e9? no: Café", "phone": "01865 123456", "back\\slash": "\n"}"#
        #expect(OutputScan.decodingJSONEscapes("{\"a\": \"Café 2026\"}") == "{\"a\": \"Café 2026\"}")
        #expect(OutputScan.decodingJSONEscapes(json).contains("Café? no: Café"))
    }

    @Test func escapesAreDecodedWhereverTheyAre() {
        #expect(OutputScan.decodingJSONEscapes(#"\u0039\u00344 476 5919"#) == "944 476 5919")
        #expect(OutputScan.decodingJSONEscapes(#"a\u00E9b\u00e9"#) == "aébé")
        #expect(OutputScan.decodingJSONEscapes(#"x\u0031"#) == "x1")
    }

    @Test func whatIsNotAWholeEscapeIsLeftAsItIs() {
        // Too short at the end, not hex, a sign, a lone surrogate (no character).
        for text in [#"end \u003"#, #"\u00g9"#, #"\u+123"#, #"\uD83D alone"#, #"\u"#, #"\"#] {
            #expect(OutputScan.decodingJSONEscapes(text) == text, "\(text)")
        }
    }

    @Test func anNHSNumberHiddenByEscapesInAJSONFileIsFound() {
        let scan = OutputScan(providers: [])
        let hidden = OutputFile(path: "providers.json", bytes: Array(#"{"note": "\u0039\u00343 476 5919"}"#.utf8))
        #expect(scan.findings(in: [hidden]).map(\.digits) == ["9434765919"])
        let plain = OutputFile(path: "providers.json", bytes: Array(#"{"note": "\u0039\u00343 476 5918"}"#.utf8))
        #expect(scan.findings(in: [plain]).isEmpty)
    }
}

/// The output scan reads markup as a reader would: inline tags join text, other tags end it, references decoded.
@Suite struct OutputScanMarkupTests {
    private func readable(_ markup: String) -> String {
        OutputScan.readableText(ofMarkup: Array(markup.utf8))
    }

    @Test func inlineTagsJoinTextInAnyCaseAndOtherTagsEndIt() {
        #expect(readable("943<span>476</SPAN>5919") == "9434765919")
        #expect(readable("943<Strong class=\"x\">476</strong>5919") == "9434765919")
        #expect(readable("943<td>476</td>5919") == "943\n476\n5919")
        #expect(readable("943<spans>476") == "943\n476")
        #expect(readable("a&#57;b&#x39;c&amp;") == "a9b9c&amp;")
    }

    @Test(arguments: ["a", "span", "SPAN", "Span", "strong", "wbr", "bdi", "time"])
    func inlineNames(_ name: String) {
        #expect(OutputScan.isInlineTag(ArraySlice(name.utf8)))
    }

    @Test(arguments: ["", "div", "td", "spans", "strongest", "é", "spän", "h1", "p"])
    func otherNames(_ name: String) {
        #expect(!OutputScan.isInlineTag(ArraySlice(name.utf8)))
    }
}
