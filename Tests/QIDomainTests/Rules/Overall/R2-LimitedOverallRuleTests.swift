import QIDomain
import QITestSupport
import Testing

/// QI-R2, `LimitedOverallRule` (Rules/Overall/R2-LimitedOverallRule.swift): what triggers it and what does not.
@Suite struct LimitedOverallRuleTests: OverallFixtures {
    @Test func r2AnAmberOverallWithACriticalStandardNotAssessedIsAnError() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["care-planning": "not-assessed", "staffing": "amber"]))
        let diagnostics = try tree.check().with(rule: "QI-R2")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R2"])
        #expect(diagnostics.first?.message == "overall is amber but critical standard 5 'care-planning' is not-assessed")
    }

    @Test func r2AnAmberOverallWithCriticalStandardsGreenOrAmberIsFine() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["care-planning": "amber", "partnership": "not-assessed"]))
        #expect(try tree.check().isEmpty)
    }
}
