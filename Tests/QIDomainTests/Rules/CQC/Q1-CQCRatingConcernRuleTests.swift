import QIDomain
import QITestSupport
import Testing

/// QI-Q1, `CQCRatingConcernRule` (Rules/CQC/Q1-CQCRatingConcernRule.swift): what triggers it and what does not.
@Suite struct CQCRatingConcernRuleTests: CQCFixtures {
    @Test func q1InadequateWhileGreenIsAWarningThatNamesTheTrigger() throws {
        let tree = try Self.tree(
            Self.cqc(overall: "{rating: inadequate, date: 2026-03-12}", safe: "{rating: inadequate, date: 2026-03-12}"))
        let found = try tree.check().with(rule: "QI-Q1")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cqcFile):5:19 warning QI-Q1"])
        #expect(
            found.first?.message
                == "CQC rated it Inadequate on 12 March 2026 (Safe: Inadequate); the council light is Green: "
                + "consider a Standards of Care process (trigger inspection-compliance-issues)")
    }

    @Test func q1RequiresImprovementCountsToo() throws {
        let tree = try Self.tree(Self.cqc(overall: "{rating: requires-improvement, date: 2026-03-12}"))
        #expect(try tree.check().with(rule: "QI-Q1").count == 1)
    }

    @Test func q1GoodWhileGreenIsFine() throws {
        #expect(try Self.tree(Self.cqc()).check().isEmpty)
    }

    @Test func q1InadequateWhileAmberIsNotReported() throws {
        let tree = try Self.tree(Self.cqc(overall: "{rating: inadequate, date: 2026-03-12}"))
            .writing(
                "providers/acorn-house/ratings/2026-03-14.yaml",
                Records.rating("2026-03-14", overall: "amber", standards: ["staffing": "amber"]))
        #expect(try tree.check().with(rule: "QI-Q1").isEmpty)
    }

    @Test func q1ReadsTheRatingsThePolicyNames() throws {
        let tree = try Self.tree(Self.cqc(overall: "{rating: requires-improvement, date: 2026-03-12}"))
            .withPolicy(replacing: [("concern_ratings: [inadequate, requires-improvement]", "concern_ratings: [inadequate]")])
        #expect(try tree.check().with(rule: "QI-Q1").isEmpty)
    }
}
