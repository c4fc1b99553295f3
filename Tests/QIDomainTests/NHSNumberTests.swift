import QIDomain
import QITestSupport
import Testing

/// Privacy/NHSNumber.swift: NHS-number-shaped values (10 digits passing the modulus 11 check).
@Suite struct NHSNumberTests {
    static func matches(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return NHSNumber.matches(in: bytes).map { String(decoding: bytes[$0.offset..<($0.offset + $0.length)], as: UTF8.self) }
    }

    static func offsets(_ text: String) -> [Int] {
        NHSNumber.matches(in: Array(text.utf8)).map(\.offset)
    }

    static func digits(_ text: String) -> [Int] {
        text.compactMap { $0.wholeNumberValue }
    }

    @Test func theModulus11CheckDigit() {
        // 9·10 + 4·9 + 3·8 + 4·7 + 7·6 + 6·5 + 5·4 + 9·3 + 1·2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
        #expect(NHSNumber.isValid(Self.digits("9434765919")))
        #expect(!NHSNumber.isValid(Self.digits("9434765918")))
        #expect(NHSNumber.isValid(Self.digits("4010232137")))
        // A remainder of 0 gives check digit 0 (11 → 0).
        #expect(NHSNumber.isValid(Self.digits("1000000060")))
        #expect(!NHSNumber.isValid(Self.digits("1000000061")))
        // A remainder of 1 would need check digit 10: no number with these first nine digits is valid.
        #expect((0...9).allSatisfy { !NHSNumber.isValid(Self.digits("000000006") + [$0]) })
        #expect(!NHSNumber.isValid(Self.digits("943476591")))
        #expect(!NHSNumber.isValid(Self.digits("94347659190")))
    }

    @Test func validNumbersMatchAloneOrGroupedBySpacesOrDashes() {
        #expect(Self.matches("9434765919") == ["9434765919"])
        #expect(Self.matches("943 476 5919") == ["943 476 5919"])
        #expect(Self.matches("943-476-5919") == ["943-476-5919"])
        #expect(Self.offsets("NHS no. 943 476 5919, seen today") == [8])
        #expect(Self.matches("(9434765919)") == ["9434765919"])
        #expect(Self.matches("first 9434765919 then 401-023-2137.") == ["9434765919", "401-023-2137"])
    }

    @Test func anInvalidCheckDigitDoesNotMatch() {
        #expect(Self.matches("9434765918").isEmpty)
        #expect(Self.matches("943 476 5918").isEmpty)
        #expect(Self.matches("943-476-5918").isEmpty)
    }

    @Test func longerRunsOfDigitsDoNotMatch() {
        #expect(Self.matches("94347659190").isEmpty)
        #expect(Self.matches("19434765919").isEmpty)
        #expect(Self.matches("943 476 59190").isEmpty)
        #expect(Self.matches("1943 476 5919").isEmpty)
    }

    @Test func numbersGluedToLettersDoNotMatch() {
        #expect(Self.matches("AB9434765919").isEmpty)
        #expect(Self.matches("9434765919kg").isEmpty)
        #expect(Self.matches("x943 476 5919").isEmpty)
        #expect(Self.matches("943-476-5919z").isEmpty)
    }

    @Test func otherShapesDoNotMatch() {
        #expect(Self.matches("943 476-5919").isEmpty)  // mixed separators
        #expect(Self.matches("943  476 5919").isEmpty)  // two spaces
        #expect(Self.matches("01865 123456").isEmpty)  // a phone number
        #expect(Self.matches("1-123456789").isEmpty)  // a CQC location id
        #expect(Self.matches("01865123456").isEmpty)  // a phone number written without spaces (11 digits)
        #expect(Self.matches("2026-03-14").isEmpty)  // a date
        #expect(Self.matches("").isEmpty)
    }
}

/// Real identifiers that end in ten digits passing the modulus 11 check are not NHS numbers.
@Suite struct RealIdentifierTests {
    @Test func cqcIdsEndingInTenValidDigitsDoNotMatchAloneOrInProse() {
        // 1850346011 and 1770257802 pass the check on their own (real CQC location ids).
        #expect(NHSNumberTests.matches("1850346011") == ["1850346011"])
        #expect(NHSNumberTests.matches("1770257802") == ["1770257802"])
        #expect(NHSNumberTests.matches("1-1850346011").isEmpty)
        #expect(NHSNumberTests.matches("CQC location 1-1850346011, provider 1-101641521.").isEmpty)
        #expect(NHSNumber.matches(inText: "CQC location 1-1770257802").isEmpty)
        #expect(NHSNumber.matches(inText: "CQC location 1\u{2010}1770257802").isEmpty)
    }

    @Test func theCQCExceptionNeedsAOneOnItsOwnBeforeTheDash() {
        // "21-…" and "x1-…" are not CQC ids: the digits after them are read.
        #expect(NHSNumberTests.matches("21-1850346011") == ["1850346011"])
        #expect(NHSNumberTests.matches("ref 2-1850346011") == ["1850346011"])
    }

    @Test func longerRunsUPRNsAndPhoneNumbersDoNotMatch() {
        #expect(NHSNumber.matches(inText: "UPRN 100121240123").isEmpty)  // 12 digits
        #expect(NHSNumber.matches(inText: "01865 123456 or 01865123456").isEmpty)
        #expect(NHSNumber.matches(inText: "09434765919").isEmpty)  // eleven digits
        #expect(NHSNumber.matches(inText: "９４３４７６５９１９０").isEmpty)  // eleven fullwidth digits
    }

    @Test func registrationIdsHaveTheirIssuersFormats() {
        #expect(RegistrationID.cqcLocation.isValid("1-1850346011"))
        #expect(RegistrationID.cqcProvider.isValid("1-101641521"))
        #expect(!RegistrationID.cqcLocation.isValid("1850346011"))
        #expect(!RegistrationID.cqcLocation.isValid("1-18503460"))
        #expect(!RegistrationID.cqcLocation.isValid("2-1850346011"))
        #expect(RegistrationID.ofstedURN.isValid("105574") && RegistrationID.ofstedURN.isValid("1234567"))
        #expect(RegistrationID.ofstedURN.isValid("SC040011") && !RegistrationID.ofstedURN.isValid("SC40011"))
        #expect(!RegistrationID.ofstedURN.isValid("12345"))
        #expect(RegistrationID.uprn.isValid("100121240123") && RegistrationID.uprn.isValid("1"))
        #expect(!RegistrationID.uprn.isValid("1001212401234") && !RegistrationID.uprn.isValid("10012124012A"))
        #expect(RegistrationID.companiesHouse.isValid("01234567") && RegistrationID.companiesHouse.isValid("SC123456"))
        #expect(RegistrationID.companiesHouse.isValid("OC301234") && RegistrationID.companiesHouse.isValid("NI012345"))
        #expect(!RegistrationID.companiesHouse.isValid("1234567") && !RegistrationID.companiesHouse.isValid("XX123456"))
    }
}

/// `NHSNumber.matches(inText:)`: the number as a reader sees it, whatever the spelling.
@Suite struct NormalisedSpellingTests {
    static func found(_ text: String) -> [String] {
        NHSNumber.matches(inText: text).map(\.digits)
    }

    @Test(arguments: [
        "943\u{00A0}476\u{00A0}5919",  // no-break spaces
        "943\u{2009}476\u{2009}5919",  // thin spaces
        "943\u{3000}476\u{3000}5919",  // ideographic spaces
        "943\u{2013}476\u{2014}5919",  // en and em dashes, mixed
        "943 - 476 - 5919",  // a run of spaces and dashes is one separator
        "943  476 5919",  // two spaces
        "943\u{200B}4765919",  // zero-width space
        "94\u{00AD}34765\u{2060}919\u{FEFF}",  // soft hyphen, word joiner, byte-order mark
        "９４３４７６５９１９",  // fullwidth digits
        "\u{0669}\u{0664}\u{0663}\u{0664}\u{0667}\u{0666}\u{0665}\u{0669}\u{0661}\u{0669}",  // Arabic-Indic digits
        "\u{096F}\u{096A}\u{0969} 476 5919",  // Devanagari digits, then ASCII
    ])
    func everySpellingIsFound(_ text: String) {
        #expect(Self.found("NHS " + text + ".") == ["9434765919"])
    }

    @Test func aNumberFailingTheCheckIsNotFoundInAnySpelling() {
        #expect(Self.found("９４３４７６５９１８").isEmpty)
        #expect(Self.found("943\u{00A0}476\u{00A0}5918").isEmpty)
    }

    @Test func mayHoldTenDigitsCountsDigitsOfEveryScript() {
        #expect(!NHSNumber.mayHoldTenDigits("943 476 591"))
        #expect(NHSNumber.mayHoldTenDigits("９４３４７６５９１９"))
        #expect(NHSNumber.mayHoldTenDigits("&#57;434765919"))
    }

    @Test func workIsLinearInTheText() {
        // 1 MB of digit groups and separators: one pass (a quadratic matcher would take minutes). The bound is
        // generous, as LinearTimeTests' are: a debug build on a busy shared machine once took 5.7 s.
        let text = String(repeating: "943 476 591 ", count: 90_000)
        let start = ContinuousClock.now
        #expect(NHSNumber.matches(inText: text).isEmpty)
        #expect(ContinuousClock.now - start < .seconds(20))
    }
}

/// QI-P1 over a content tree: the loader scans every file's text.
@Suite struct PersonalDataTests {
    static let ratingFile = "providers/acorn-house/ratings/2026-03-14.yaml"

    @Test func p1AnNHSNumberInASummaryIsAnErrorAtItsPosition() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", summary: "Resident 943 476 5919 reported a fall."))
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):16:19 error QI-P1"])
        #expect(diagnostics.first?.message.hasPrefix("this looks like an NHS number") == true)
    }

    @Test func p1ColumnsCountCharactersNotBytes() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", summary: "Résumé 9434765919"))
        #expect(try tree.summaries(of: "QI-P1") == ["\(Self.ratingFile):16:17 error QI-P1"])
    }

    @Test func p1AnNHSNumberInACommentIsAnErrorToo() throws {
        let tree = try FixtureTree.minimal().editing(
            "providers/acorn-house/provider.yaml", replacing: "status: active", with: "status: active  # ref 943-476-5919")
        #expect(try tree.summaries(of: "QI-P1") == ["providers/acorn-house/provider.yaml:10:23 error QI-P1"])
    }

    @Test func p1PhoneNumbersCQCIdsAndNumbersFailingTheCheckAreFine() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", summary: "Call 01865 123456 about reference 9434765918 or 943 476 5918.")
        )
        .editing(
            "providers/acorn-house/provider.yaml", replacing: "status: active",
            with: "status: active\nregistration: {cqc_location: 1-123456789, cqc_provider: 1-987654321}\ncontact: {phone: 01865 123456}")
        #expect(try tree.check().isEmpty)
    }
}
