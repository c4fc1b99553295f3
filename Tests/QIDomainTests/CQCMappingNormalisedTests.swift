import QIDomain
import Testing

/// `CQCMapping.normalised`: ASCII names go byte by byte, and come out as the general way (lower case, runs of spaces,
/// tabs and `_` as one space, none at either end) gives them; other names go the general way.
@Suite struct CQCMappingNormalisedTests {
    /// The general way, as it was before ASCII names had their own.
    static func general(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    @Test func asciiNamesComeOutAsTheGeneralWayGivesThem() {
        let names = [
            "Caring for adults over 65 yrs", "  Caring for adults  over 65 yrs  ", "Caring_for__adults\tover 65 YRS", "OX16", "ox16",
            "", " ", "_", "\t_ \t", "Well-led", "Shared Lives", "Homecare agencies", "a\r\nb", "Z", "MiXeD_CaSe-123 (x)",
        ]
        for name in names { #expect(CQCMapping.normalised(name) == Self.general(name), "\(name.debugDescription)") }
        #expect(CQCMapping.normalised("  Caring for adults  over 65 yrs  ") == "caring for adults over 65 yrs")
    }

    @Test func otherNamesGoTheGeneralWay() {
        let names = ["Caring\u{A0}for adults", "Ysbyty Gwynedd – Bangor", "ÉLAN HOUSE", "\u{A0}Café\u{A0}\u{A0}Nero_"]
        for name in names { #expect(CQCMapping.normalised(name) == Self.general(name), "\(name.debugDescription)") }
        #expect(CQCMapping.normalised("\u{A0}ÉLAN\u{A0}\u{A0}House_") == "élan house")
    }
}

/// `CQCRatingValue(cqcWords:)`: CQC's own spellings, looked up first, read as the same words in any case do.
@Suite struct CQCRatingWordsTests {
    @Test func cqcsSpellingsReadAsTheSameWordsInAnyCase() {
        for spelling in ["Outstanding", "Good", "Requires improvement", "Inadequate", "Insufficient evidence to rate"] {
            let value = CQCRatingValue(cqcWords: spelling)
            #expect(value != nil, "\(spelling)")
            #expect(value == CQCRatingValue(cqcWords: spelling.uppercased()), "\(spelling)")
            #expect(value == CQCRatingValue(cqcWords: " " + spelling.lowercased().replacingOccurrences(of: " ", with: "_")), "\(spelling)")
        }
        #expect(CQCRatingValue(cqcWords: "Requires improvement") == .requiresImprovement)
        #expect(CQCRatingValue(cqcWords: "Not rated") == nil)
    }
}
