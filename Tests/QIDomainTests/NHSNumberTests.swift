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
        #expect(Self.matches("2026-03-14").isEmpty)  // a date
        #expect(Self.matches("").isEmpty)
    }
}

/// QI-P1 over a content tree: the loader scans every file's text.
@Suite struct PersonalDataTests {
    static let ratingFile = "providers/acorn-house/ratings/2026-03-14.yaml"

    @Test func p1AnNHSNumberInASummaryIsAnErrorAtItsPosition() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
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
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", summary: "Call 01865 123456 about reference 9434765918 or 943 476 5918."))
            .editing(
                "providers/acorn-house/provider.yaml", replacing: "status: active",
                with: "status: active\nregistration: {cqc_location: 1-123456789, cqc_provider: 1-987654321}\ncontact: {phone: 01865 123456}")
        #expect(try tree.check().isEmpty)
    }
}
