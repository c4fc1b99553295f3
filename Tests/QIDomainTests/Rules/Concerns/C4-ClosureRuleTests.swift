import QIDomain
import QITestSupport
import Testing

/// QI-C4, `ClosureRule` (Rules/Concerns/C4-ClosureRule.swift): what triggers it and what does not.
@Suite struct ClosureRuleTests: ConcernFixtures {
    @Test func c4AClosedProcessWithoutClosedDetailsIsAnError() throws {
        let tree = try Self.tree(status: "closed")
        let diagnostics = try tree.check().with(rule: "QI-C4")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):7:9 error QI-C4"])
        #expect(diagnostics.first?.message == "the process is closed but does not say who closed it and when")
    }

    @Test func c4ASeriousConcernsProcessClosedByTheChairIsFine() throws {
        #expect(try Self.tree(status: "closed", extra: Self.closedByChair).check().isEmpty)
    }

    @Test func c4ASeriousConcernsProcessClosedBySomeoneOtherThanTheChairIsAnError() throws {
        let tree = try Self.tree(status: "closed", extra: "closed: {date: 2026-04-01, by: hari-patel, outcome: resolved}\n")
        let diagnostics = try tree.check().with(rule: "QI-C4")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):9:32 error QI-C4"])
        #expect(
            diagnostics.first?.message
                == "only the chair closes a Serious Concerns process; it was closed by Hari Patel (hari-patel) but chaired by Dana Frost (dana-frost)"
        )
    }

    @Test func c4AStandardsOfCareProcessMayBeClosedByAnotherOfficer() throws {
        let tree = try Self.tree(
            process: "standards-of-care", triggers: ["multiple-complaints"], status: "closed",
            extra: "closed: {date: 2026-04-01, by: hari-patel, outcome: resolved}\n")
        #expect(try tree.check().isEmpty)
    }

    @Test func c4AnOpenProcessWithClosedDetailsIsAnError() throws {
        let tree = try Self.tree(status: "open", extra: Self.closedByChair)
        let diagnostics = try tree.check().with(rule: "QI-C4")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):9:9 error QI-C4"])
        #expect(diagnostics.first?.message == "the process has 'closed' details but its status is open")
    }

    @Test func c4AClosingDateBeforeRaisedIsAnError() throws {
        let tree = try Self.tree(status: "closed", extra: "closed: {date: 2026-03-01, by: dana-frost, outcome: resolved}\n")
        let diagnostics = try tree.check().with(rule: "QI-C4")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):9:16 error QI-C4"])
        #expect(diagnostics.first?.message == "closed on 2026-03-01, before it was raised on 2026-03-03")
    }

    @Test func c4AClosingDateOnTheDayRaisedIsFine() throws {
        let tree = try Self.tree(status: "closed", extra: "closed: {date: 2026-03-03, by: dana-frost, outcome: not-required}\n")
        #expect(try tree.summaries(of: "QI-C4").isEmpty)
    }
}
