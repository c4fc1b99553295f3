import Testing

@testable import QISite

/// `SearchIndex.id`: an id made from the name is written as a number the script turns back into the id.
@Suite struct SearchIndexIDTests {
    @Test func theNamesSlugIsZeroAndASuffixIsItsNumber() {
        #expect(SearchIndex.id("acorn-court", name: "Acorn Court") == "0")
        #expect(SearchIndex.id("acorn-court-2", name: "Acorn Court") == "2")
        #expect(SearchIndex.id("st-john-s-house", name: "St John's House") == "0")
    }

    @Test func anyOtherIdIsWrittenAsText() {
        #expect(SearchIndex.id("kinecroft-court", name: "Kinecroft Court Extra Care") == nil)
        #expect(SearchIndex.id("acorn-court-02", name: "Acorn Court") == nil)
        #expect(SearchIndex.id("acorn-court-0", name: "Acorn Court") == nil)
        #expect(SearchIndex.id("acorn-court-annex", name: "Acorn Court") == nil)
        // A name outside ASCII: the script could slug it differently, so the id is spelt out.
        #expect(SearchIndex.id("cafe-rose", name: "Café Rose") == nil)
    }
}
