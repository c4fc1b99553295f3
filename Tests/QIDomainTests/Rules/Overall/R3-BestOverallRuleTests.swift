import QIDomain
import QITestSupport
import Testing

/// QI-R3, `BestOverallRule` (Rules/Overall/R3-BestOverallRule.swift): what triggers it and what does not.
@Suite struct BestOverallRuleTests: OverallFixtures {
    @Test func r3AGreenOverallWithACriticalStandardAmberIsAnError() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "green", standards: ["personalisation": "amber"]))
        let diagnostics = try tree.check().with(rule: "QI-R3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R3"])
        #expect(diagnostics.first?.message == "overall is green but critical standard 4 'personalisation' is amber")
    }

    @Test func r3AGreenOverallWithANonCriticalStandardRedIsAnError() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "green", standards: ["involvement": "red"]))
        let diagnostics = try tree.check().with(rule: "QI-R3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R3"])
        #expect(diagnostics.first?.message == "overall is green but standard 9 'involvement' is red")
    }

    @Test func r3AGreenOverallWithANonCriticalStandardAmberIsFine() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "green", standards: ["involvement": "amber", "partnership": "not-assessed"]))
        #expect(try tree.check().isEmpty)
    }
}
