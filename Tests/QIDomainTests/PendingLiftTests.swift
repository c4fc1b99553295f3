import QIDomain
import QITestSupport
import Testing

/// Evaluation/Lifts.swift and LightEvaluator: a rating that lifts the light (QI-A2, QI-A3) takes effect on the
/// date of the last approval it needs; until then the earlier light holds, with its since date, and the page
/// and the check say what the lift awaits.
@Suite struct PendingLiftTests: ApprovalFixtures {
    /// Given two weeks after the rating.
    static let opsManagerLater = "{officer: dana-frost, role: safeguarding-ops-manager, date: 2026-03-28}"

    /// Red on 10 January 2026, then green on 14 March 2026 with the lead's approval and the safeguarding
    /// manager's dated 28 March 2026.
    static func liftApprovedOn28March() throws -> FixtureTree {
        try Self.lift(from: "red", to: "green", approvals: [Self.qiLead, Self.opsManagerLater])
    }

    @Test func beforeItsLastApprovalTheEarlierLightHoldsWithItsSinceDate() throws {
        let state = try Self.liftApprovedOn28March().state(of: "acorn-house", asOf: "2026-03-20")
        #expect(state.light.key == "red")
        #expect(state.since == Day(iso: "2026-01-10"))
        #expect(state.latestRating?.date.value == Day(iso: "2026-01-10"))
        #expect(state.latestReview?.date.value == Day(iso: "2026-03-14"))
        #expect(state.explanation == "Red because the on-site review on 10 January 2026 rated it red.")
        #expect(
            state.pendingLiftNotice
                == "A lift to Green was recorded on 14 March 2026 and awaits the approval of the Safeguarding Operations Manager (adults).")
        #expect(state.dueItems.map(\.kind).contains(.liftAwaitingApproval))
    }

    @Test func checkWarnsAboutTheMissingApprovalUntilItsDate() throws {
        let tree = try Self.liftApprovedOn28March()
        let before = try tree.check(asOf: "2026-03-20").with(rule: "QI-A2")
        #expect(before.summaries(relativeTo: tree.path) == ["\(Self.laterOverall) warning QI-A2"])
        #expect(
            before.first?.message
                == "the lift from red (2026-01-10) to green awaits the approval of the Safeguarding Operations Manager (adults) (recorded for 2026-03-28); until then the directory shows red"
        )
        #expect(try tree.check(asOf: "2026-03-28").with(rule: "QI-A2").isEmpty)
    }

    @Test func fromItsLastApprovalTheLiftHoldsAndSinceIsThatDay() throws {
        let state = try Self.liftApprovedOn28March().state(of: "acorn-house", asOf: "2026-04-01")
        #expect(state.light.key == "green")
        #expect(state.since == Day(iso: "2026-03-28"))
        #expect(state.pendingLift == nil)
        #expect(state.pendingLiftNotice == nil)
        #expect(
            state.explanation
                == "Green because the on-site review on 14 March 2026 rated it green (a lift that took effect on 28 March 2026, with its last approval)."
        )
    }

    @Test func aLiftApprovedOnItsOwnDateTakesEffectThatDay() throws {
        let tree = try Self.lift(from: "amber", to: "green", approvals: ["{officer: ben-ortiz, role: qi-manager, date: 2026-03-14}"])
        let state = try tree.state(of: "acorn-house", asOf: "2026-03-14")
        #expect(state.light.key == "green")
        #expect(state.since == Day(iso: "2026-03-14"))
        #expect(state.explanation == "Green because the on-site review on 14 March 2026 rated it green.")
    }

    @Test func aLiftWithNoApprovalRecordedIsAnErrorAndNeverShown() throws {
        let tree = try Self.lift(from: "amber", to: "green")
        #expect(try tree.summaries(of: "QI-A3") == ["\(Self.laterOverall) error QI-A3"])
        let state = try tree.state(of: "acorn-house", asOf: "2026-06-01")
        #expect(state.light.key == "amber")
        #expect(
            state.pendingLiftNotice
                == "A lift to Green was recorded on 14 March 2026 and awaits the approval of the Quality Improvement Manager.")
    }

    /// Red, a lift to green awaiting safeguarding, then amber on 20 April 2026: amber lifts from red (the light in
    /// effect), not from the unapproved green, so it needs QI-A2's approvals too.
    static func amberAfterAPendingGreen(approvals: [String]) throws -> FixtureTree {
        let amberApprovals = approvals.map {
            $0.replacingOccurrences(of: "2026-03-14", with: "2026-04-20").replacingOccurrences(of: "2026-03-16", with: "2026-04-20")
        }
        return try Self.lift(from: "red", to: "green", approvals: [Self.qiLead])
            .writing(
                Records.ratingPath("2026-04-20"),
                Records.rating(
                    "2026-04-20", overall: "amber", standards: ["safeguarding": "amber"], extra: Self.approvals(amberApprovals)))
    }

    @Test func aLaterRatingLiftsFromTheLightInEffectNotFromAPendingLift() throws {
        let tree = try Self.amberAfterAPendingGreen(approvals: [])
        let state = try tree.state(of: "acorn-house", asOf: "2026-05-01")
        #expect(state.light.key == "red")
        #expect(state.since == Day(iso: "2026-01-10"))
        #expect(state.pendingLift?.rating.date.value == Day(iso: "2026-04-20"))
        #expect(state.pendingLift?.previous.date.value == Day(iso: "2026-01-10"))
        let a2 = try tree.check(asOf: "2026-05-01").with(rule: "QI-A2").summaries(relativeTo: tree.path)
        #expect(a2.contains("providers/acorn-house/ratings/2026-04-20.yaml:15:10 error QI-A2"), "\(a2)")
    }

    @Test func aLaterRatingWithTheApprovalsOfALiftFromTheLightInEffectReplacesAPendingLift() throws {
        let tree = try Self.amberAfterAPendingGreen(approvals: [Self.qiLead, Self.opsManager])
        let state = try tree.state(of: "acorn-house", asOf: "2026-05-01")
        #expect(state.light.key == "amber")
        #expect(state.since == Day(iso: "2026-04-20"))
        #expect(state.pendingLift == nil)
        #expect(
            try tree.check(asOf: "2026-05-01").with(rule: "QI-A2").summaries(relativeTo: tree.path).allSatisfy {
                !$0.contains("2026-04-20")
            })
    }

    @Test func aRatingAfterAnApprovedLiftLiftsFromThatLift() throws {
        // Red, then amber fully approved (in effect on 16 March), then green on 20 April: a lift from amber (QI-A3).
        let tree = try Self.lift(from: "red", to: "amber", approvals: [Self.qiLead, Self.opsManager])
            .writing(
                Records.ratingPath("2026-04-20"),
                Records.rating(
                    "2026-04-20", overall: "green",
                    extra: Self.approvals(["{officer: ben-ortiz, role: qi-manager, date: 2026-04-20}"])))
        let state = try tree.state(of: "acorn-house", asOf: "2026-05-01")
        #expect(state.light.key == "green")
        #expect(state.pendingLift == nil)
        #expect(try tree.check(asOf: "2026-05-01").errorCount == 0)
    }
}
