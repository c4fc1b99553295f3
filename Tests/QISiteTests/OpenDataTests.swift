import QIDomain
import Testing

@testable import QISite

/// OpenData.swift, ChangeFeed.swift, TrendChart.swift and the output scan of the new files: the pieces that the
/// end-to-end tests (OpenDataTests, DashboardTests) check on a built site, here one rule at a time.
@Suite struct OpenDataPieceTests {
    @Test func aPlainFieldIsWrittenAsItIs() {
        #expect(CSVText.field("Acorn House") == "Acorn House")
        #expect(CSVText.field("Héloïse Court") == "Héloïse Court")
        #expect(CSVText.row(["a", "b"]) == "a,b\r\n")
    }

    @Test func aFieldWithACommaQuoteOrLineBreakIsQuotedWithQuotesDoubled() {
        #expect(CSVText.field("1 High Street, Witney") == "\"1 High Street, Witney\"")
        #expect(CSVText.field("The \"Old\" Mill") == "\"The \"\"Old\"\" Mill\"")
        #expect(CSVText.field("line one\nline two") == "\"line one\nline two\"")
        #expect(CSVText.field("line one\r\nline two") == "\"line one\r\nline two\"")
    }

    @Test(arguments: ["=HYPERLINK(\"x\")", "+44 1865", "-2+3", "@SUM(A1)", "\tcmd"])
    func aFieldThatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe(_ value: String) {
        let field = CSVText.field(value)
        let unquoted = field.hasPrefix("\"") ? String(field.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : field
        #expect(unquoted == "'" + value)
    }

    @Test func aFieldWithTheseCharactersElsewhereIsNotGuarded() {
        #expect(CSVText.field("Care-home") == "Care-home")
        #expect(CSVText.field("info@example.org") == "info@example.org")
        #expect(CSVText.field("2026-03-14") == "2026-03-14")
    }

    @Test func theFeedsEntryIDNamesTheHostDayPathProviderAndLightAndNothingElse() throws {
        let day = try #require(Day(iso: "2026-03-14"))
        #expect(
            ChangeFeed.entryID(base: "https://Directory.Example.org:8443/qi/", provider: "acorn-house", day: day, light: "red")
                == "tag:directory.example.org,2026-03-14:/qi/providers/acorn-house/red")
        #expect(
            ChangeFeed.entryID(base: "http://example.org/", provider: "acorn-house", day: day, light: "not-yet-rated")
                == "tag:example.org,2026-03-14:/providers/acorn-house/not-yet-rated")
        #expect(MarkupText.escaped("A & B <c> \"d\" 'e'") == "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;")
    }

    @Test func theFeedIsWrittenOnlyForAFullBaseURL() throws {
        let day = try #require(Day(iso: "2026-11-23"))
        #expect(ChangeFeed.isPublished(SiteOptions(edition: .public, baseURL: "https://example.org/qi/", asOf: day)))
        #expect(ChangeFeed.skippedNote(SiteOptions(edition: .public, baseURL: "https://example.org/qi/", asOf: day)) == nil)
        #expect(!ChangeFeed.isPublished(SiteOptions(edition: .public, baseURL: "/qi/", asOf: day)))
        #expect(ChangeFeed.skippedNote(SiteOptions(edition: .public, baseURL: "/qi/", asOf: day))?.contains("'/qi/' is a path") == true)
    }

    @Test func theTrendsAxisEndsOnARoundNumberAtOrAboveTheLargestBar() {
        #expect(TrendChart.axisTop(0) == 4)
        #expect(TrendChart.axisTop(3) == 4)
        #expect(TrendChart.axisTop(30) == 40)
        #expect(TrendChart.axisTop(61) == 80)
        #expect(TrendChart.axisTop(150) == 200)
        #expect(TrendChart.axisTop(3_000) == 4_000)
        #expect(TrendChart.axisTop(25_000) == 40_000)
    }

    @Test func theOutputScanReadsCSVAsTextAndTheFeedAsMarkup() {
        let scan = OutputScan(providers: [])
        // In HTML, `<b ...>` would be a tag and hide the number; in CSV it is text.
        let csv = OutputFile(path: "providers.csv", text: "id,name\r\nx,\"a <b 943 476 5919 >\"\r\n")
        #expect(scan.findings(in: [csv]).map(\.digits) == ["9434765919"])
        let feed = OutputFile(path: "changes.atom", text: "<feed><entry><content>943 476 5919</content></entry></feed>")
        #expect(scan.findings(in: [feed]).map(\.digits) == ["9434765919"])
        let clean = OutputFile(path: "providers.csv", text: "id,name\r\nx,Acorn House\r\n")
        #expect(scan.findings(in: [clean]).isEmpty)
    }
}
