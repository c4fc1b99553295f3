import QIDomain
import QITestSupport
import Testing

/// QI-F4, `MissingKeyRule` (Rules/Format/F4-MissingKeyRule.swift): what triggers it and what does not.
@Suite struct MissingKeyRuleTests: ReferenceFixtures {
    @Test func f4AStandardMissingFromARatingIsAnErrorOnTheStandards() throws {
        let tree = try FixtureTree.minimal().editing(Self.ratingFile, replacing: "  partnership: not-assessed\n", with: "")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):5:3 error QI-F4"])
        #expect(diagnostics.first?.message == "standard 10 'partnership' (Partnership working) is not rated")
        #expect(diagnostics.first?.fix == "add 'partnership: LIGHT' (or not-assessed) under standards")
    }

    @Test func f4EveryStandardRatedOrNotAssessedIsFine() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", standards: ["leadership": "not-assessed", "partnership": "not-assessed"]))
        #expect(try tree.check().isEmpty)
    }
}
