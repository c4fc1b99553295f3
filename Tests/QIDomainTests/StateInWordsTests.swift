import QIDomain
import QITestSupport
import Testing

/// What the state says beside the light, in the policy's words: an overdue or missing review (QI-V3), the
/// guidance of a suspended or closed provider, and a reason sentence that agrees with the since date.
@Suite struct StateInWordsTests {
    static let providerFile = "providers/acorn-house/provider.yaml"

    // MARK: Reviews

    @Test func anOverdueReviewKeepsTheLightAndSaysSoInThePolicysWords() throws {
        let state = try FixtureTree.minimal().state(of: "acorn-house", asOf: "2027-03-15")
        #expect(state.light.key == "green")
        #expect(state.review == .overdue(lastReviewed: try #require(Day(iso: "2026-03-14")), dueBy: try #require(Day(iso: "2027-03-14"))))
        #expect(
            state.reviewNotice
                == "Review overdue: last reviewed 14 March 2026 (due by 14 March 2027). Check with the Quality Improvement Team before placing."
        )
    }

    @Test func aReviewOnTimeSaysNothing() throws {
        let state = try FixtureTree.minimal().state(of: "acorn-house", asOf: "2027-03-14")
        #expect(state.review == .current(lastReviewed: try #require(Day(iso: "2026-03-14")), dueBy: try #require(Day(iso: "2027-03-14"))))
        #expect(state.reviewNotice == nil)
    }

    @Test func aProviderNeverReviewedIsTreatedTheSameWay() throws {
        let state = try FixtureTree.minimal(replacingRatingWith: nil).state(of: "acorn-house")
        #expect(state.review == .neverReviewed(dueBy: Day(iso: "2020-04-01"), overdue: true))
        #expect(
            state.reviewNotice
                == "Not yet reviewed: no review of this provider has been recorded. Check with the Quality Improvement Team before placing."
        )
    }

    @Test func aClosedProviderIsNotFollowedUp() throws {
        let tree = try FixtureTree.minimal().editing(Self.providerFile, replacing: "status: active", with: "status: closed")
        let state = try tree.state(of: "acorn-house", asOf: "2027-06-01")
        #expect(state.review == .notFollowed)
        #expect(state.reviewNotice == nil)
    }

    @Test func thePolicyCanWordTheNoticeItself() throws {
        let tree = try FixtureTree.minimal().withPolicy(replacing: [
            (
                "review_overdue: \"Review overdue: last reviewed {last_review} (due by {due}). Check with the Quality Improvement Team before placing.\"",
                "review_overdue: \"Stale: seen {last_review}, due {due}.\""
            )
        ])
        #expect(try tree.state(of: "acorn-house", asOf: "2027-03-15").reviewNotice == "Stale: seen 14 March 2026, due 14 March 2027.")
    }

    @Test func anUnknownPlaceholderInANoticeIsAnError() throws {
        let tree = try FixtureTree.minimal().withPolicy(replacing: [
            ("  closed: \"This provider no longer operates.\"", "  closed: \"Closed on {closed_on}.\"")
        ])
        let found = try tree.check().with(rule: "QI-F7")
        #expect(found.count == 1)
        #expect(found.first?.message == "unknown placeholder '{closed_on}' in the notice")
        #expect(found.first?.location.file.hasSuffix("policy.yaml") == true)
    }

    // MARK: Suspended and closed

    @Test func aSuspendedProvidersGuidanceIsTheSuspensions() throws {
        let tree = try FixtureTree.minimal().editing(Self.providerFile, replacing: "status: active", with: "status: suspended")
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "green")
        #expect(state.guidance == "New placements are suspended. Check with the Quality Improvement Team before making any placement.")
    }

    @Test func aGreenClosedProviderNeverReadsNoRestrictions() throws {
        let tree = try FixtureTree.minimal().editing(Self.providerFile, replacing: "status: active", with: "status: closed")
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "green")
        #expect(state.guidance == "This provider no longer operates.")
        #expect(!state.guidance.contains("No quality restrictions"))
    }

    @Test func anActiveProviderKeepsItsLightsGuidance() throws {
        #expect(try FixtureTree.minimal().state(of: "acorn-house").guidance == LightEvaluatorTests.greenGuidance)
    }

    // MARK: The reason agrees with the since date

    @Test func processesThatFollowEachOtherNameTheRunsStart() throws {
        // Serious Concerns from 10 January to 10 February 2026, then another opened the same day.
        let tree = try FixtureTree.minimal()
            .writing(
                Records.concernPath("2026-01-10", "first"),
                Records.concern(
                    raised: "2026-01-10", status: "closed", meetings: [("2026-01-12", "provider")],
                    extra: "closed: {date: 2026-02-10, by: dana-frost, outcome: escalated}\n")
            )
            .writing(
                Records.concernPath("2026-02-10", "second"), Records.concern(raised: "2026-02-10", meetings: [("2026-02-12", "provider")]))
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "red")
        #expect(state.since == Day(iso: "2026-01-10"))
        #expect(
            state.explanation
                == "Red since 10 January 2026: a Serious Concerns process has been open since 10 February 2026, after another that ran from 10 January 2026 (the latest rating, on 14 March 2026, was green)."
        )
    }

    @Test func aSingleProcessNeedsNoRunStart() throws {
        let state = try LightEvaluatorTests.seriousConcerns().state(of: "acorn-house")
        #expect(state.explanation.hasPrefix("Red because a Serious Concerns process has been open since 3 March 2026"))
    }
}

/// Grammar.swift: counts and plurals as pages and messages write them.
@Suite struct GrammarTests {
    @Test func numbersOfAThousandOrMoreAreGrouped() {
        #expect(Grammar.number(0) == "0")
        #expect(Grammar.number(999) == "999")
        #expect(Grammar.number(1_000) == "1,000")
        #expect(Grammar.number(25_000) == "25,000")
        #expect(Grammar.number(1_234_567) == "1,234,567")
        #expect(Grammar.number(-4_500) == "-4,500")
    }

    @Test func oneIsSingularEverythingElsePlural() {
        #expect(Grammar.count(1, "day") == "1 day")
        #expect(Grammar.count(0, "day") == "0 days")
        #expect(Grammar.count(2, "working day") == "2 working days")
        #expect(Grammar.count(3_000, "provider") == "3,000 providers")
    }
}
