import QIDomain
import QITestSupport
import Testing

/// QI-Q4, `CQCDataAgeRule` (Rules/CQC/Q4-CQCDataAgeRule.swift).
@Suite struct CQCDataAgeRuleTests: CQCFixtures {
    @Test func q4DataOlderThanThePolicysLimitIsAWarning() throws {
        let tree = try Self.tree(Self.cqc(dataDate: "2026-04-26"))
        let found = try tree.check(asOf: "2026-06-01").with(rule: "QI-Q4")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cqcFile):13:12 warning QI-Q4"])
        #expect(found.first?.message == "CQC data last imported 26 April 2026, 36 days ago (the policy allows 35)")
    }

    @Test func q4DataJustWithinTheLimitIsFine() throws {
        #expect(try Self.tree(Self.cqc(dataDate: "2026-04-27")).check(asOf: "2026-06-01").with(rule: "QI-Q4").isEmpty)
    }

    @Test func q4ReadsTheLimitFromThePolicy() throws {
        let tree = try Self.tree(Self.cqc(dataDate: "2026-04-27"))
            .withPolicy(replacing: [("data_max_age_days: 35", "data_max_age_days: 10")])
        #expect(try tree.check(asOf: "2026-06-01").with(rule: "QI-Q4").count == 1)
    }
}
