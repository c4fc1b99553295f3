import QIDomain
import QITestSupport
import Testing

/// QI-C3, `MeetingDeadlineRule` (Rules/Concerns/C3-MeetingDeadlineRule.swift): what triggers it and what does not.
@Suite struct MeetingDeadlineRuleTests: ConcernFixtures {
    @Test func c3AMeetingOnTheTenthWorkingDayIsFine() throws {
        #expect(try Self.tree(meetings: [("2026-03-17", "provider")]).summaries(of: "QI-C3").isEmpty)
    }

    @Test func c3AMeetingAfterTheTenthWorkingDayIsAWarningOnItsDate() throws {
        let tree = try Self.tree(meetings: [("2026-03-18", "provider")])
        let diagnostics = try tree.check().with(rule: "QI-C3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):8:19 warning QI-C3"])
        #expect(
            diagnostics.first?.message
                == "the first provider meeting is 1 working day after the deadline of 2026-03-17 (10 working days from 2026-03-03)")
    }

    @Test func c3OnlyTheFirstProviderMeetingCounts() throws {
        // An internal meeting in time does not count; the later provider meeting is late.
        let late = try Self.tree(meetings: [("2026-03-05", "internal"), ("2026-03-24", "provider")])
        #expect(try late.summaries(of: "QI-C3") == ["\(Self.concernFile):8:55 warning QI-C3"])
        #expect(try late.messages(of: "QI-C3").first?.hasPrefix("the first provider meeting is 5 working days after") == true)
        let inTime = try Self.tree(meetings: [("2026-03-24", "provider"), ("2026-03-16", "provider")])
        #expect(try inTime.summaries(of: "QI-C3").isEmpty)
    }

    @Test func c3NoMeetingPastTheDeadlineWhileOpenIsAWarningOnRaised() throws {
        let tree = try Self.tree(meetings: [("2026-03-05", "internal")])
        let diagnostics = try tree.check(asOf: "2026-03-18").with(rule: "QI-C3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):1:9 warning QI-C3"])
        #expect(
            diagnostics.first?.message
                == "no meeting with the provider has been held or set, and the deadline was 2026-03-17 (10 working days from raised)")
        #expect(try tree.summaries(of: "QI-C3", asOf: "2026-03-17").isEmpty)
    }

    @Test func c3NoMeetingIsFineOnceTheProcessIsClosed() throws {
        let tree = try Self.tree(
            status: "closed", meetings: [], extra: "closed: {date: 2026-03-12, by: dana-frost, outcome: not-required}\n")
        #expect(try tree.summaries(of: "QI-C3").isEmpty)
    }

    @Test func c3BankHolidaysInTheWindowMoveTheDeadline() throws {
        // Raised Wednesday 1 April 2026; Good Friday (3 April) and Easter Monday (6 April) are not working days,
        // so the tenth working day is Friday 17 April, not Wednesday 15 April.
        func tree(meeting: String) throws -> FixtureTree {
            try FixtureTree.minimal().writing(
                Records.concernPath("2026-04-01"),
                Records.concern(
                    raised: "2026-04-01", meetings: [(meeting, "provider")]))
        }
        #expect(try tree(meeting: "2026-04-17").summaries(of: "QI-C3").isEmpty)
        let late = try tree(meeting: "2026-04-20")
        #expect(try late.summaries(of: "QI-C3") == ["providers/acorn-house/concerns/2026-04-01-medication.yaml:8:19 warning QI-C3"])
        #expect(
            try late.messages(of: "QI-C3") == [
                "the first provider meeting is 1 working day after the deadline of 2026-04-17 (10 working days from 2026-04-01)"
            ])
    }

    @Test func c3AnExtraHolidayInTheWindowMovesTheDeadline() throws {
        let tree = try Self.tree(meetings: [("2026-03-18", "provider")])
            .editing("directory.yaml", replacing: "extra_holidays: []", with: "extra_holidays: [2026-03-10]")
        #expect(try tree.summaries(of: "QI-C3").isEmpty)
        let later = try Self.tree(meetings: [("2026-03-19", "provider")])
            .editing("directory.yaml", replacing: "extra_holidays: []", with: "extra_holidays: [2026-03-10]")
        #expect(
            try later.messages(of: "QI-C3") == [
                "the first provider meeting is 1 working day after the deadline of 2026-03-18 (10 working days from 2026-03-03)"
            ])
    }
}
