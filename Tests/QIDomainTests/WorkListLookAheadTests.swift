import QIDomain
import QITestSupport
import Testing

/// Evaluation/DueItems.swift: the work list lists what is overdue, then what falls due within the look-ahead
/// (the policy's `due_within_days`, 30, or `--due-within`), each with its date.
@Suite struct WorkListLookAheadTests {
    static let providerFile = "providers/acorn-house/provider.yaml"

    static func withAction(due: String) throws -> FixtureTree {
        try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["staffing": "amber"],
                extra: "actions:\n  - {id: A1, action: Recruit night staff., owner: provider, due: \(due), status: open}\n"))
    }

    @Test func aReviewFallingDueNextWeekIsListedWithItsDate() throws {
        let items = try FixtureTree.minimal().state(of: "acorn-house", asOf: "2027-03-07").dueItems
        #expect(items.map(\.kind) == [.reviewFallingDue])
        #expect(items.first?.due == Day(iso: "2027-03-14"))
        #expect(items.first?.isOverdue == false)
        #expect(items.first?.description == "The next review falls due on 14 March 2027 (last reviewed 14 March 2026).")
    }

    @Test func aReviewBeyondTheLookAheadIsNot() throws {
        #expect(try FixtureTree.minimal().state(of: "acorn-house", asOf: "2027-02-01").dueItems.isEmpty)
        // … unless the look-ahead is longer.
        #expect(
            try FixtureTree.minimal().state(of: "acorn-house", asOf: "2027-02-01", dueWithinDays: 60).dueItems.map(\.kind) == [
                .reviewFallingDue
            ])
    }

    @Test func anActionDueInThreeDaysIsListed() throws {
        let items = try Self.withAction(due: "2026-06-04").state(of: "acorn-house", asOf: "2026-06-01").dueItems
        #expect(items.map(\.kind) == [.actionFallingDue])
        #expect(items.first?.description == "Action A1, due 4 June 2026: Recruit night staff.")
        #expect(try Self.withAction(due: "2026-06-04").state(of: "acorn-house", asOf: "2026-06-01", dueWithinDays: 2).dueItems.isEmpty)
    }

    @Test func overdueComesFirstThenWhatFallsDueSoonestFirst() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["staffing": "amber"],
                extra: """
                    actions:
                      - {id: A1, action: Later., owner: provider, due: 2026-06-20, status: open}
                      - {id: A2, action: Sooner., owner: provider, due: 2026-06-05, status: open}
                      - {id: A3, action: Late., owner: provider, due: 2026-05-20, status: open}

                    """))
        let items = try tree.state(of: "acorn-house", asOf: "2026-06-01").dueItems
        #expect(items.map(\.kind) == [.actionOverdue, .actionFallingDue, .actionFallingDue])
        #expect(items.map(\.isOverdue) == [true, false, false])
        #expect(items.compactMap(\.due) == [Day(iso: "2026-05-20"), Day(iso: "2026-06-05"), Day(iso: "2026-06-20")].compactMap { $0 })
    }

    @Test func aNewServiceWithoutItsPreServiceCheckIsAWorkItem() throws {
        let tree = try FixtureTree.minimal()
            .editing(Self.providerFile, replacing: "commissioned_since: 2019-04-01", with: "commissioned_since: 2026-05-01")
        let items = try tree.state(of: "acorn-house", asOf: "2026-06-01").dueItems
        #expect(items.map(\.kind) == [.preServiceCheckMissing])
        #expect(items.first?.rule == "QI-V4")
        #expect(items.first?.description == "A new service (commissioned since 1 May 2026) has no pre-service check recorded.")
    }

    @Test func anOpenProcessAwaitingItsFirstMeetingIsAWorkItem() throws {
        let tree = try FixtureTree.minimal()
            .writing(Records.concernPath("2026-05-28"), Records.concern(raised: "2026-05-28", meetings: []))
        let items = try tree.state(of: "acorn-house", asOf: "2026-06-01").dueItems
        #expect(items.map(\.kind) == [.ratingUnderstatesConcern, .meetingAwaited])
        let meeting = try #require(items.last)
        #expect(meeting.isOverdue == false)
        #expect(
            meeting.description
                == "Serious Concerns process raised 28 May 2026: the first provider meeting is due by \(meeting.due?.longDescription ?? "?")."
        )
        // Once a provider meeting is set, there is nothing to await.
        let met = try FixtureTree.minimal()
            .writing(Records.concernPath("2026-05-28"), Records.concern(raised: "2026-05-28", meetings: [("2026-06-03", "provider")]))
        #expect(try met.state(of: "acorn-house", asOf: "2026-06-01").dueItems.map(\.kind) == [.ratingUnderstatesConcern])
    }
}
