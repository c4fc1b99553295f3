import Testing

@testable import QIDomain

/// `NHSNumber.mayMatch`: the byte test that lets most files skip the matcher must pass every text the matcher
/// would find a number in, and turn away the commonest text that has none (dates).
@Suite struct NHSNumberPrefilterTests {
    @Test(arguments: [
        "nhs: 9434765919", "943 476 5919", "943-476-5919", "note: called about 943 476 5919 today",
        "a\n943-476-5919\nb", "id: 4010232137.", "x 1000000060 y",
    ])
    func everyTextWithAMatchPasses(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(!NHSNumber.matches(in: bytes).isEmpty)
        #expect(NHSNumber.mayMatch(bytes))
    }

    @Test(arguments: [
        "date: 2026-08-25\nnext_review: 2027-02-25\n", "phone: 01865 1234", "2026-08-25 to 2026-09-01",
        "943  476  5919", "943 - 476 - 5919", "",
        "phone: 01865 128459", "12345678901", "943 476-5919", "9943 476 5919",
    ])
    func textWithoutTenCloseDigitsIsTurnedAway(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(!NHSNumber.mayMatch(bytes))
        #expect(NHSNumber.matches(in: bytes).isEmpty)
    }

    /// The raw matcher reads bytes in place; it must find what the matcher of units finds in the same text read as
    /// units, on many texts dense with digits, separators, letters and CQC's `1-` (a fixed seed, so repeatable).
    @Test func readingBytesInPlaceFindsWhatReadingUnitsFinds() {
        var generator = SeededGenerator(seed: 2026)
        let alphabet = Array("0123456789012345678901234567890123456789 - -1-ab\n".utf8)
        var found = 0
        for _ in 0..<20_000 {
            let bytes = (0..<Int.random(in: 8...48, using: &generator)).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
            let inPlace = NHSNumber.matches(in: bytes)
            let units = NHSNumber.matches(in: bytes.map(NHSNumber.Unit.init(ascii:)), mixedSeparators: false)
            #expect(inPlace.map(\.offset) == units.map(\.offset), "\(String(decoding: bytes, as: UTF8.self))")
            #expect(inPlace.map(\.length) == units.map(\.length))
            found += inPlace.count
        }
        // Not a comparison of two empty lists: the texts hold hundreds of numbers.
        #expect(found > 100)
    }

    /// The windows of text the normalised matcher reads are found in the UTF-8 bytes; they must be the windows found
    /// scalar by scalar, on texts mixing ASCII with other digits, spaces, dashes and invisible characters.
    @Test func windowsFoundInBytesAreTheWindowsFoundByCharacters() {
        var generator = SeededGenerator(seed: 7)
        let pieces = [
            "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "1", "9", " ", "-", "a", "é", "٣", "９", "\u{00A0}", "\u{2212}", "\u{200B}",
            "\t", "\n", "€", "𝟗",
        ]
        var windows = 0
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 5...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator) ?? ""
            }.joined()
            let byCharacters = NHSNumber.candidateWindows(text).map { String(text.unicodeScalars[$0]) }
            #expect(NHSNumber.candidateTexts(text) == byCharacters, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            windows += byCharacters.count
        }
        // Not a comparison of empty lists: hundreds of windows.
        #expect(windows > 500)
    }
}

/// SplitMix64: the same numbers on every run and machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
