import QIDomain
import QITestSupport
import Testing

/// QI-Q2, `CQCReportAfterReviewRule` (Rules/CQC/Q2-CQCReportAfterReviewRule.swift).
@Suite struct CQCReportAfterReviewRuleTests: CQCFixtures {
    @Test func q2AReportAfterTheLatestReviewIsAWarning() throws {
        let tree = try Self.tree(Self.cqc(latestReport: "2026-04-02"))
        let found = try tree.check().with(rule: "QI-Q2")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cqcFile):12:16 warning QI-Q2"])
        #expect(
            found.first?.message
                == "CQC published a report on 2 April 2026, after the council's latest review on 14 March 2026: a review is due")
    }

    @Test func q2AReportBeforeTheLatestReviewIsFine() throws {
        #expect(try Self.tree(Self.cqc(latestReport: "2026-03-14")).check().with(rule: "QI-Q2").isEmpty)
    }

    @Test func q2AReportAfterTheAsOfDateIsNotCountedYet() throws {
        #expect(try Self.tree(Self.cqc(latestReport: "2026-07-01")).check(asOf: "2026-06-01").with(rule: "QI-Q2").isEmpty)
    }
}
