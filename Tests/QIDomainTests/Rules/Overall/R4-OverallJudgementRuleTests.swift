import QIDomain
import QITestSupport
import Testing

/// QI-R4, `OverallJudgementRule` (Rules/Overall/R4-OverallJudgementRule.swift): what triggers it and what does not.
@Suite struct OverallJudgementRuleTests: OverallFixtures {
    @Test func r4AnOverallStricterThanTheStandardsWithoutASummaryIsAWarning() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", summary: nil))
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) warning QI-R4"])
        #expect(
            diagnostics.first?.message
                == "overall is amber although the standards would allow green; this is officer judgement but the rating has no summary")
    }

    @Test func r4ARedOverallOverAmberStandardsNamesTheLeastAllowedLight() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "red", standards: ["safeguarding": "amber"], summary: nil))
        let diagnostics = try tree.check().with(rule: "QI-R4")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) warning QI-R4"])
        #expect(diagnostics.first?.message.contains("would allow amber") == true)
    }

    @Test func r4AnOverallStricterThanTheStandardsWithASummaryIsFine() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", summary: "Amber, as the registered manager has left and is not replaced."))
        #expect(try tree.check().isEmpty)
    }

    @Test func r4AnOverallThatIsAsLightAsAllowedNeedsNoSummary() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["safeguarding": "amber"], summary: nil))
        #expect(try tree.check().isEmpty)
    }
}
