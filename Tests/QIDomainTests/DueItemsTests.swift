import QIDomain
import QITestSupport
import Testing

/// Evaluation/DueItems.swift: what is due or overdue for each provider (the dashboard), with its owner.
@Suite struct DueItemsTests {
    static let providerFile = "providers/acorn-house/provider.yaml"

    static func items(_ tree: FixtureTree, asOf: String) throws -> [DueItem] {
        try tree.state(of: "acorn-house", asOf: asOf).dueItems
    }

    static func kinds(_ tree: FixtureTree, asOf: String) throws -> [DueItem.Kind] {
        try items(tree, asOf: asOf).map(\.kind)
    }

    @Test func aFreshlyReviewedProviderHasNothingDue() throws {
        #expect(try Self.items(FixtureTree.minimal(), asOf: "2026-06-01").isEmpty)
    }

    // MARK: review-overdue, review-due

    @Test func reviewOverdueMoreThanTwelveMonthsAfterTheLatestRating() throws {
        let tree = try FixtureTree.minimal()
        let items = try Self.items(tree, asOf: "2027-03-15")
        #expect(
            items == [
                DueItem(
                    kind: .reviewOverdue, rule: "QI-V3", providerID: "acorn-house", officer: "amira-khan", due: Day(iso: "2027-03-14"),
                    description: "Last rated 14 March 2026; a review is due at least every 12 months.")
            ])
        // On the day itself it is not overdue yet: it falls due.
        #expect(try Self.kinds(tree, asOf: "2027-03-14") == [.reviewFallingDue])
    }

    @Test func reviewOverdueForAProviderNeverRated() throws {
        let items = try Self.items(FixtureTree.minimal(replacingRatingWith: nil), asOf: "2026-06-01")
        #expect(items.map(\.kind) == [.reviewOverdue])
        #expect(items.first?.due == Day(iso: "2020-04-01"))
        #expect(items.first?.officer == "amira-khan")
    }

    @Test func reviewDueWhenNextReviewHasPassedWithoutANewerRating() throws {
        let tree = try FixtureTree.minimal()
            .editing("providers/acorn-house/ratings/2026-03-14.yaml", replacing: "next_review: 2027-03-14", with: "next_review: 2026-09-14")
        let items = try Self.items(tree, asOf: "2026-09-15")
        #expect(items.map(\.kind) == [.reviewDue])
        #expect(items.first?.due == Day(iso: "2026-09-14"))
        #expect(items.first?.rule == "QI-V3")
        #expect(items.first?.officer == "amira-khan")
        #expect(items.first?.description == "The next review was planned for 14 September 2026 and no newer rating is recorded.")
        #expect(try Self.kinds(tree, asOf: "2026-09-14") == [.reviewFallingDue])
        #expect(try Self.items(tree, asOf: "2026-08-14").isEmpty)
        // A newer rating answers it.
        try tree.writing(Records.ratingPath("2026-09-10"), Records.rating("2026-09-10"))
        #expect(try Self.items(tree, asOf: "2026-09-15").isEmpty)
    }

    // MARK: action-overdue

    static func withAction(status: String, done: String? = nil) throws -> FixtureTree {
        let doneText = done.map { ", done: \($0)" } ?? ""
        let action =
            "actions:\n  - {id: A1, action: Recruit night staff., owner: provider, due: 2026-05-01, status: \(status)\(doneText)}\n"
        return try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["staffing": "amber"], extra: action))
    }

    @Test func actionOverdueWhenAnOpenActionIsPastItsDate() throws {
        let items = try Self.items(Self.withAction(status: "open"), asOf: "2026-06-01")
        #expect(
            items == [
                DueItem(
                    kind: .actionOverdue, rule: "QI-C6", providerID: "acorn-house", officer: "amira-khan", due: Day(iso: "2026-05-01"),
                    description: "Action A1: Recruit night staff.")
            ])
        #expect(try Self.kinds(Self.withAction(status: "open"), asOf: "2026-05-01") == [.actionFallingDue])
        #expect(try Self.items(Self.withAction(status: "open"), asOf: "2026-03-31").isEmpty)
    }

    @Test func anOpenActionLeftOnAClosedProcessIsDueAndWarnedAlike() throws {
        let closing =
            "actions:\n  - {id: C1, action: Audit the medication records., owner: provider, due: 2026-04-01, status: open}\n"
            + "closed: {date: 2026-04-20, by: dana-frost, outcome: resolved}\n"
        let tree = try FixtureTree.minimal().writing(
            Records.concernPath("2026-03-03"),
            Records.concern(
                raised: "2026-03-03", status: "closed", meetings: [("2026-03-05", "provider")], extra: closing))
        let evaluation = try tree.evaluate(asOf: "2026-06-01")
        let overdue = evaluation.states.flatMap(\.dueItems).filter { $0.kind == .actionOverdue }
        #expect(overdue.map(\.due) == [Day(iso: "2026-04-01")])
        #expect(evaluation.diagnostics.with(rule: "QI-C6").map(\.severity) == [.warning])
    }

    @Test func aDoneActionIsNotDue() throws {
        #expect(try Self.items(Self.withAction(status: "done", done: "2026-04-28"), asOf: "2026-06-01").isEmpty)
    }

    // MARK: meeting-overdue, rating-understates-concern

    static func seriousConcerns(meetings: [(date: String, kind: String)], status: String = "open", extra: String = "") throws -> FixtureTree
    {
        try FixtureTree.minimal().writing(
            Records.concernPath("2026-03-03"),
            Records.concern(
                raised: "2026-03-03", status: status, meetings: meetings, extra: extra))
    }

    @Test func meetingOverdueWhenAnOpenProcessHasNoProviderMeetingPastTheDeadline() throws {
        let tree = try Self.seriousConcerns(meetings: [("2026-03-05", "internal")])
        let meeting = try Self.items(tree, asOf: "2026-03-18").filter { $0.kind == .meetingOverdue }
        #expect(
            meeting == [
                DueItem(
                    kind: .meetingOverdue, rule: "QI-C3", providerID: "acorn-house", officer: "amira-khan", due: Day(iso: "2026-03-17"),
                    description: "Serious Concerns process raised 3 March 2026: no provider meeting by 17 March 2026.")
            ])
        #expect(try Self.kinds(tree, asOf: "2026-03-17") == [.ratingUnderstatesConcern, .meetingAwaited])
        let met = try Self.seriousConcerns(meetings: [("2026-03-16", "provider")])
        #expect(try Self.kinds(met, asOf: "2026-03-18") == [.ratingUnderstatesConcern])
    }

    @Test func ratingUnderstatesConcernWhileAProcessIsOpenAboveTheLatestRating() throws {
        let tree = try Self.seriousConcerns(meetings: [("2026-03-05", "provider")])
        #expect(
            try Self.items(tree, asOf: "2026-06-01") == [
                DueItem(
                    kind: .ratingUnderstatesConcern, rule: "QI-C1", providerID: "acorn-house", officer: "amira-khan",
                    due: Day(iso: "2026-03-03"),
                    description: "The latest rating (Green, 14 March 2026) understates the open process raised 3 March 2026.")
            ])
        let closed = try Self.seriousConcerns(
            meetings: [("2026-03-05", "provider")], status: "closed",
            extra: "closed: {date: 2026-04-01, by: dana-frost, outcome: resolved}\n")
        #expect(try Self.items(closed, asOf: "2026-06-01").isEmpty)
    }

    // MARK: officer-missing

    @Test func officerMissingForAnAmberProviderWithNoOfficer() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"])
        )
        .editing(Self.providerFile, replacing: "officer: amira-khan\n", with: "")
        #expect(
            try Self.items(tree, asOf: "2026-06-01") == [
                DueItem(
                    kind: .officerMissing, rule: "QI-A1", providerID: "acorn-house", officer: nil, due: nil,
                    description: "Amber, and no officer is assigned.")
            ])
        let withOfficer = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"]))
        #expect(try Self.items(withOfficer, asOf: "2026-06-01").isEmpty)
    }

    // MARK: ownership

    @Test func theLatestRatingsOfficerOwnsTheItemsBeforeTheProvidersOfficer() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", officer: "ben-ortiz"))
        let items = try Self.items(tree, asOf: "2027-03-15")
        #expect(items.map(\.kind) == [.reviewOverdue])
        #expect(items.first?.officer == "ben-ortiz")
    }

    @Test func aClosedProviderHasNothingDue() throws {
        let tree = try Self.seriousConcerns(meetings: [])
            .editing(Self.providerFile, replacing: "status: active", with: "status: closed")
        #expect(try Self.items(tree, asOf: "2027-06-01").isEmpty)
        #expect(
            try Self.kinds(Self.seriousConcerns(meetings: []), asOf: "2027-06-01") == [
                .reviewOverdue, .meetingOverdue, .ratingUnderstatesConcern,
            ])
    }
}
