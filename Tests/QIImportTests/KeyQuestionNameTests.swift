import QIDomain
import Testing

@testable import QIImport

/// `CQCKeyQuestion(cqcName:)`: CQC's titles, looked up first, read as the same names in other spellings do.
@Suite struct KeyQuestionNameTests {
    @Test func cqcsTitlesReadAsTheirOtherSpellings() {
        for question in CQCKeyQuestion.allCases {
            #expect(CQCKeyQuestion(cqcName: question.title) == question)
            #expect(CQCKeyQuestion(cqcName: question.title.uppercased()) == question)
            #expect(CQCKeyQuestion(cqcName: question.title.lowercased().replacingOccurrences(of: "-", with: " ")) == question)
        }
        #expect(CQCKeyQuestion(cqcName: "Well led") == .wellLed)
        #expect(CQCKeyQuestion(cqcName: "Overall") == nil)
    }
}
