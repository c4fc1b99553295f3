import QIDomain
import QITestSupport
import Testing

/// QI-C1..C5 (Rules/ConcernRules.swift): concern floors, triggers, meeting deadlines, closing, chairs.
@Suite struct ConcernRuleTests {
    static let concernFile = "providers/acorn-house/concerns/2026-03-03-medication.yaml"
    static let ratingOverall = "providers/acorn-house/ratings/2026-03-14.yaml:15:10"

    /// The minimal tree (green rating 2026-03-14) with one concern raised on 3 March 2026.
    static func tree(
        process: String = "serious-concerns", triggers: [String] = ["medication-errors-harm"],
        chair: String? = "dana-frost", status: String = "open",
        meetings: [(date: String, kind: String)] = [("2026-03-05", "provider")], extra: String = ""
    ) throws -> FixtureTree {
        try FixtureTree.minimal().writing(Records.concernPath("2026-03-03"), Records.concern(
            raised: "2026-03-03", process: process, triggers: triggers, chair: chair, status: status,
            meetings: meetings, extra: extra))
    }

    static let closedByChair = "closed: {date: 2026-04-01, by: dana-frost, outcome: resolved}\n"

    // MARK: QI-C1

    @Test func c1AnOpenSeriousConcernsProcessOverAGreenRatingIsAWarningOnTheRating() throws {
        let tree = try Self.tree()
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingOverall) warning QI-C1"])
        #expect(diagnostics.first?.message == "the latest rating is green but the Serious Concerns process raised 2026-03-03 is open, so the directory shows red")
    }

    @Test func c1AnOpenStandardsOfCareProcessOverAGreenRatingShowsAmber() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"])
        let diagnostics = try tree.check().with(rule: "QI-C1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingOverall) warning QI-C1"])
        #expect(diagnostics.first?.message.hasSuffix("so the directory shows amber") == true)
    }

    @Test func c1AClosedProcessNoLongerRaisesTheLight() throws {
        let tree = try Self.tree(status: "closed", extra: Self.closedByChair)
        #expect(try tree.check().isEmpty)
    }

    @Test func c1AStandardsOfCareProcessOverAnAmberRatingIsFine() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"])
            .writing(Records.ratingPath("2026-03-14"), Records.rating("2026-03-14", overall: "amber", standards: ["safeguarding": "amber"]))
        #expect(try tree.summaries(of: "QI-C1").isEmpty)
    }

    @Test func c1AnOpenProcessWithNoRatingAtAllIsAWarningOnTheProcess() throws {
        let tree = try Self.tree().removing(Records.ratingPath("2026-03-14"))
        let diagnostics = try tree.check().with(rule: "QI-C1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):4:10 warning QI-C1"])
        #expect(diagnostics.first?.message == "this open Serious Concerns process sets the provider's light to red, but no rating records it")
    }

    // MARK: QI-C2

    @Test func c2AProcessLighterThanItsTriggerAllowsIsAWarningOnTheTrigger() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints", "serious-crime"])
        let diagnostics = try tree.check().with(rule: "QI-C2")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):3:33 warning QI-C2"])
        #expect(diagnostics.first?.message == "trigger 'serious-crime' leads to Serious Concerns, but the process is Standards of Care")
    }

    @Test func c2AProcessTheTriggerAllowsIsFine() throws {
        #expect(try Self.tree(process: "serious-concerns", triggers: ["multiple-complaints", "serious-crime"]).summaries(of: "QI-C2").isEmpty)
        #expect(try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints", "fraud"]).summaries(of: "QI-C2").isEmpty)
    }

    @Test func c2NotRequiredIsLighterThanAnyTrigger() throws {
        let tree = try Self.tree(process: "not-required", triggers: ["fraud"], chair: nil, meetings: [])
        #expect(try tree.summaries(of: "QI-C2") == ["\(Self.concernFile):3:12 warning QI-C2"])
        #expect(try tree.messages(of: "QI-C2") == ["trigger 'fraud' leads to Standards of Care or Serious Concerns, but the process is Not required"])
    }

    // MARK: QI-C3 (3 March 2026 + 10 working days = Tuesday 17 March 2026)

    @Test func c3AMeetingOnTheTenthWorkingDayIsFine() throws {
        #expect(try Self.tree(meetings: [("2026-03-17", "provider")]).summaries(of: "QI-C3").isEmpty)
    }

    @Test func c3AMeetingAfterTheTenthWorkingDayIsAWarningOnItsDate() throws {
        let tree = try Self.tree(meetings: [("2026-03-18", "provider")])
        let diagnostics = try tree.check().with(rule: "QI-C3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):8:19 warning QI-C3"])
        #expect(diagnostics.first?.message == "the first provider meeting is 1 working day after the deadline of 2026-03-17 (10 working days from 2026-03-03)")
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
        #expect(diagnostics.first?.message == "no meeting with the provider has been held or set, and the deadline was 2026-03-17 (10 working days from raised)")
        #expect(try tree.summaries(of: "QI-C3", asOf: "2026-03-17").isEmpty)
    }

    @Test func c3NoMeetingIsFineOnceTheProcessIsClosed() throws {
        let tree = try Self.tree(status: "closed", meetings: [], extra: "closed: {date: 2026-03-12, by: dana-frost, outcome: not-required}\n")
        #expect(try tree.summaries(of: "QI-C3").isEmpty)
    }

    @Test func c3BankHolidaysInTheWindowMoveTheDeadline() throws {
        // Raised Wednesday 1 April 2026; Good Friday (3 April) and Easter Monday (6 April) are not working days,
        // so the tenth working day is Friday 17 April, not Wednesday 15 April.
        func tree(meeting: String) throws -> FixtureTree {
            try FixtureTree.minimal().writing(Records.concernPath("2026-04-01"), Records.concern(
                raised: "2026-04-01", meetings: [(meeting, "provider")]))
        }
        #expect(try tree(meeting: "2026-04-17").summaries(of: "QI-C3").isEmpty)
        let late = try tree(meeting: "2026-04-20")
        #expect(try late.summaries(of: "QI-C3") == ["providers/acorn-house/concerns/2026-04-01-medication.yaml:8:19 warning QI-C3"])
        #expect(try late.messages(of: "QI-C3") == ["the first provider meeting is 1 working day after the deadline of 2026-04-17 (10 working days from 2026-04-01)"])
    }

    @Test func c3AnExtraHolidayInTheWindowMovesTheDeadline() throws {
        let tree = try Self.tree(meetings: [("2026-03-18", "provider")])
            .editing("directory.yaml", replacing: "extra_holidays: []", with: "extra_holidays: [2026-03-10]")
        #expect(try tree.summaries(of: "QI-C3").isEmpty)
        let later = try Self.tree(meetings: [("2026-03-19", "provider")])
            .editing("directory.yaml", replacing: "extra_holidays: []", with: "extra_holidays: [2026-03-10]")
        #expect(try later.messages(of: "QI-C3") == ["the first provider meeting is 1 working day after the deadline of 2026-03-18 (10 working days from 2026-03-03)"])
    }

    // MARK: QI-C4

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
        #expect(diagnostics.first?.message == "only the chair closes a Serious Concerns process; it was closed by Hari Patel (hari-patel) but chaired by Dana Frost (dana-frost)")
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

    // MARK: QI-C5

    static let commissioner = "- id: cam-reed\n  name: Cam Reed\n  roles: [commissioner]\n  teams: [age-well]\n"

    @Test func c5AStandardsOfCareProcessChairedByACommissionerIsAnError() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"], chair: "cam-reed")
        try tree.writing("officers.yaml", try tree.read("officers.yaml") + Self.commissioner)
        let diagnostics = try tree.check().with(rule: "QI-C5")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):5:8 error QI-C5"])
        #expect(diagnostics.first?.message == "Cam Reed (cam-reed) cannot chair a Standards of Care process: their roles are commissioner")
        #expect(try tree.summaries(of: "QI-F9").isEmpty)
    }

    @Test func c5AStandardsOfCareProcessChairedByTheQITeamIsFine() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"], chair: "amira-khan")
        #expect(try tree.summaries(of: "QI-C5").isEmpty)
    }

    @Test func c5ASeriousConcernsProcessChairedByAQIOfficerIsAnError() throws {
        let tree = try Self.tree(chair: "amira-khan")
        let diagnostics = try tree.check().with(rule: "QI-C5")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):5:8 error QI-C5"])
        #expect(diagnostics.first?.message == "Amira Khan (amira-khan) cannot chair a Serious Concerns process: their roles are qi-officer")
    }

    @Test func c5ASeriousConcernsProcessChairedByTheLADOIsFine() throws {
        #expect(try Self.tree(chair: "lena-moss").summaries(of: "QI-C5").isEmpty)
    }

    @Test func c5AProcessWithoutAChairIsAnErrorOnItsProcess() throws {
        let tree = try Self.tree(chair: nil)
        #expect(try tree.summaries(of: "QI-C5") == ["\(Self.concernFile):4:10 error QI-C5"])
        #expect(try tree.messages(of: "QI-C5") == ["a Serious Concerns process needs a chair"])
    }

    @Test func c5ANotRequiredProcessNeedsNoChair() throws {
        let tree = try Self.tree(process: "not-required", triggers: [], chair: nil, meetings: [])
        #expect(try tree.check().isEmpty)
    }
}
