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
    ])
    func textWithoutTenCloseDigitsIsTurnedAway(_ text: String) {
        let bytes = Array(text.utf8)
        #expect(!NHSNumber.mayMatch(bytes))
        #expect(NHSNumber.matches(in: bytes).isEmpty)
    }
}
