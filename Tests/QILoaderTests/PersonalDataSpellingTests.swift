import QIDomain
import QITestSupport
import Testing

/// QI-P1 reads values and Markdown as a reader sees them: every spelling of 943 476 5919 is caught at its place.
@Suite struct PersonalDataSpellingTests {
    static let providerFile = "providers/acorn-house/provider.yaml"

    /// provider.yaml with `address:` (line 6, value at column 10) written as `yaml`.
    static func address(_ yaml: String) throws -> [String] {
        let tree = try FixtureTree.minimal().editing(
            Self.providerFile, replacing: "address: 1 High Street, Banbury", with: "address: " + yaml)
        defer { tree.remove() }
        return try tree.check().with(rule: "QI-P1").summaries(relativeTo: tree.path)
    }

    @Test(arguments: [
        #""943\x20476\x205919""#,  // YAML \x escapes
        #""\u0039434765919""#,  // a YAML \u escape
        #""\U00000039434765919""#,  // a YAML \U escape
        "\"943 476\n  5919\"",  // a line folded inside a quoted string
        "'943 476\n  5919'",  // … a single-quoted one
        "943\u{00A0}476\u{00A0}5919",  // no-break spaces
        "943\u{2009}476\u{2009}5919",  // thin spaces
        "943\u{202F}476\u{202F}5919",  // narrow no-break spaces
        "943\u{2010}476\u{2010}5919",  // Unicode hyphens
        "943\u{200B}4765919",  // a zero-width space
        "943\u{00AD}4765919",  // a soft hyphen
        "９４３４７６５９１９",  // fullwidth digits
        "\u{0669}\u{0664}\u{0663}\u{0664}\u{0667}\u{0666}\u{0665}\u{0669}\u{0661}\u{0669}",  // Arabic-Indic digits
        "943 *476* 5919 \\&",  // Markdown emphasis in a value
    ])
    func aValueInAnySpellingIsAnErrorAtTheValue(_ yaml: String) throws {
        #expect(try Self.address(yaml) == ["\(Self.providerFile):6:10 error QI-P1"])
    }

    @Test func aPlainNumberIsReportedOnceAtItsOwnPlace() throws {
        #expect(try Self.address("Flat 2, ref 943 476 5919") == ["\(Self.providerFile):6:22 error QI-P1"])
    }

    @Test(arguments: [
        "01865 123456",  // a phone number
        "01865123456",  // a phone number without spaces (11 digits)
        "CQC location 1-1850346011",  // a CQC id in prose
        "UPRN 100121240123",  // 12 digits
        "943\u{00A0}476\u{00A0}5918",  // fails the check
        "９４３４７６５９１９０",  // eleven fullwidth digits
    ])
    func realIdentifiersAndLongerRunsAreNotMatched(_ yaml: String) throws {
        #expect(try Self.address(yaml) == [])
    }

    @Test func registrationIdsEndingInValidDigitsAreFine() throws {
        // 1-1850346011 and 1-1770257802 are real CQC location ids; 1100060006 is a 10-digit UPRN that passes the check.
        let tree = try FixtureTree.minimal().editing(
            Self.providerFile, replacing: "status: active",
            with: """
                status: active
                registration:
                  cqc_location: 1-1850346011
                  cqc_provider: 1-1770257802
                  uprn: "1100060006"
                  companies_house: SC123456
                  ofsted_urn: SC040011
                """)
        defer { tree.remove() }
        #expect(try tree.check().isEmpty)
    }

    @Test func malformedRegistrationIdsAreQIF7AtTheValueWithTheFormat() throws {
        let tree = try FixtureTree.minimal().editing(
            Self.providerFile, replacing: "status: active",
            with: """
                status: active
                registration:
                  cqc_location: 1850346011
                  uprn: 10012124012345
                  companies_house: "1234567"
                  ofsted_urn: SC40011
                """)
        defer { tree.remove() }
        let diagnostics = try tree.check()
        #expect(
            diagnostics.summaries(relativeTo: tree.path) == [
                // Not a CQC id (no '1-'), so it is read, and it is an NHS number.
                "\(Self.providerFile):12:17 error QI-F7", "\(Self.providerFile):12:17 error QI-P1", "\(Self.providerFile):13:9 error QI-F7",
                "\(Self.providerFile):14:20 error QI-F7", "\(Self.providerFile):15:15 error QI-F7",
            ])
        #expect(diagnostics.first?.message.contains("for example 1-1850346011") == true)
    }

    @Test func anNHSNumberInARegistrationFieldIsStillFound() throws {
        // Not a valid UPRN (it has spaces), so not exempt.
        let tree = try FixtureTree.minimal().editing(
            Self.providerFile, replacing: "status: active", with: "status: active\nregistration: {uprn: 943 476 5919}")
        defer { tree.remove() }
        #expect(try tree.check().with(rule: "QI-P1").summaries(relativeTo: tree.path) == ["\(Self.providerFile):11:22 error QI-P1"])
    }

    /// pages/about.md with `line` as the body's second line (line 5 of the file).
    static func page(_ line: String) throws -> [String] {
        let tree = try FixtureTree.minimal().writing("pages/about.md", "---\ntitle: About\n---\nAbout us.\n\(line)\n")
        defer { tree.remove() }
        return try tree.check().with(rule: "QI-P1").summaries(relativeTo: tree.path)
    }

    @Test(arguments: [
        "Ref &#57;434765919", "Ref &#x39;434765919", "Ref 943*476*5919", "Ref 943\\-476\\-5919", "Ref 943<!-- x -->4765919",
        "Ref 943<span>476</span>5919", "Ref 943\u{00A0}476\u{00A0}5919", "Ref ９４３４７６５９１９",
    ])
    func aMarkdownSpellingIsAnErrorWhereItStarts(_ line: String) throws {
        #expect(try Self.page(line) == ["pages/about.md:5:5 error QI-P1"])
    }

    @Test func aNumberStartingInInlineCodeIsFoundAtItsDigits() throws {
        #expect(try Self.page("Ref `943` 476 5919") == ["pages/about.md:5:6 error QI-P1"])
    }

    @Test func aNumberSplitOverLinesOfAParagraphIsFound() throws {
        #expect(try Self.page("Ref 943\n476 5919") == ["pages/about.md:5:5 error QI-P1"])
    }

    @Test func aPlainNumberInAPageIsReportedOnce() throws {
        #expect(try Self.page("Ref **943 476 5919**") == ["pages/about.md:5:7 error QI-P1"])
    }

    @Test(arguments: ["Call 01865 123456", "CQC location 1-1850346011", "UPRN 100121240123", "Ref &#57;4347659190"])
    func pagesWithoutNumbersAreFine(_ line: String) throws {
        #expect(try Self.page(line) == [])
    }
}
