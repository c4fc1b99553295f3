import QIDomain
import QITestSupport
import Testing

/// Evaluation/LightEvaluator.swift: the light shown is the stricter of the latest rating and the floors of open
/// concern processes (QI-C1), with the reason in words, the placement guidance and the day it started.
@Suite struct LightEvaluatorTests {
    /// Placement guidance, word for word from domain.md ("Traffic lights").
    static let redGuidance = "Do not enter into new placements or care package agreements until the necessary improvements have been made."
    static let amberGuidance = "New placements or care package agreements only with caution and a risk assessment."
    static let greenGuidance = "No quality restrictions on new placements."
    static let notYetRatedGuidance = "Not yet rated: check with the Quality Improvement Team before placing."

    static func day(_ text: String) -> Day? { Day(iso: text) }

    /// The minimal tree (green on-site rating 14 March 2026) and a Serious Concerns process raised 3 March 2026.
    static func seriousConcerns(process: String = "serious-concerns", status: String = "open", extra: String = "") throws -> FixtureTree {
        try FixtureTree.minimal().writing(
            Records.concernPath("2026-03-03"),
            Records.concern(
                raised: "2026-03-03", process: process,
                triggers: process == "serious-concerns" ? ["medication-errors-harm"] : ["multiple-complaints"],
                status: status, meetings: [("2026-03-05", "provider")], extra: extra))
    }

    @Test func anOpenSeriousConcernsProcessOverAGreenRatingShowsRedAndSaysWhy() throws {
        let state = try Self.seriousConcerns().state(of: "acorn-house", asOf: "2026-06-01")
        #expect(state.light.key == "red")
        #expect(state.hasLight)
        #expect(
            state.explanation
                == "Red because a Serious Concerns process has been open since 3 March 2026 (the latest rating, on 14 March 2026, was green)."
        )
        #expect(state.guidance == Self.redGuidance)
        #expect(state.floorConcern?.id == "2026-03-03-medication")
        #expect(state.latestRating?.overall.value == "green")
        // Red from the day the process was raised (before the green rating, and through it).
        #expect(state.since == Self.day("2026-03-03"))
    }

    @Test func anOpenStandardsOfCareProcessOverAGreenRatingShowsAmber() throws {
        let state = try Self.seriousConcerns(process: "standards-of-care").state(of: "acorn-house")
        #expect(state.light.key == "amber")
        #expect(
            state.explanation
                == "Amber because a Standards of Care process has been open since 3 March 2026 (the latest rating, on 14 March 2026, was green)."
        )
        #expect(state.guidance == Self.amberGuidance)
    }

    @Test func anOpenProcessWithNoRatingSaysSo() throws {
        let state = try Self.seriousConcerns().removing(Records.ratingPath("2026-03-14")).state(of: "acorn-house")
        #expect(state.light.key == "red")
        #expect(state.hasLight)
        #expect(
            state.explanation == "Red because a Serious Concerns process has been open since 3 March 2026; no rating has been recorded yet."
        )
        #expect(state.since == Self.day("2026-03-03"))
    }

    @Test func aClosedProcessNoLongerRaisesTheLight() throws {
        let tree = try Self.seriousConcerns(status: "closed", extra: "closed: {date: 2026-04-01, by: dana-frost, outcome: resolved}\n")
        let after = try tree.state(of: "acorn-house", asOf: "2026-06-01")
        #expect(after.light.key == "green")
        #expect(after.floorConcern == nil)
        #expect(after.openConcerns.isEmpty)
        // The reason says why the light changed on its since date: the process closed then.
        #expect(
            after.explanation
                == "Green because the on-site review on 14 March 2026 rated it green; the Serious Concerns process raised on 3 March 2026 closed on 1 April 2026."
        )
        #expect(after.since == Self.day("2026-04-01"))
        // While it was open (as of 20 March 2026) it was red.
        let during = try tree.state(of: "acorn-house", asOf: "2026-03-20")
        #expect(during.light.key == "red")
        #expect(during.openConcerns.map(\.id) == ["2026-03-03-medication"])
        // On the closing day it is closed.
        #expect(try tree.state(of: "acorn-house", asOf: "2026-04-01").light.key == "green")
    }

    @Test func anAsOfDateBeforeTheProcessWasRaisedGivesTheRatingsLight() throws {
        let tree = try Self.seriousConcerns()
            .writing(Records.ratingPath("2026-01-10"), Records.rating("2026-01-10"))
        let before = try tree.state(of: "acorn-house", asOf: "2026-03-02")
        #expect(before.light.key == "green")
        #expect(before.explanation == "Green because the on-site review on 10 January 2026 rated it green.")
        #expect(before.since == Self.day("2026-01-10"))
        #expect(before.openConcerns.isEmpty)
        let raised = try tree.state(of: "acorn-house", asOf: "2026-03-03")
        #expect(raised.light.key == "red")
        #expect(raised.since == Self.day("2026-03-03"))
        #expect(
            raised.explanation
                == "Red because a Serious Concerns process has been open since 3 March 2026 (the latest rating, on 10 January 2026, was green)."
        )
    }

    @Test func aRatingAsStrictAsTheOpenProcessNamesBoth() throws {
        let tree = try Self.seriousConcerns()
            .writing(
                Records.ratingPath("2026-03-14"),
                Records.rating(
                    "2026-03-14", overall: "red", basis: "concern", standards: ["safeguarding": "red"],
                    extra: "concern: 2026-03-03-medication\n"))
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "red")
        #expect(state.floorConcern == nil)
        #expect(
            state.explanation
                == "Red because the concern review on 14 March 2026 rated it red; a Serious Concerns process has been open since 3 March 2026."
        )
        #expect(state.since == Self.day("2026-03-03"))
        #expect(try tree.check().isEmpty)
    }

    @Test func aRatingStricterThanTheOpenProcessKeepsItsLight() throws {
        let tree = try Self.seriousConcerns(process: "standards-of-care")
            .writing(Records.ratingPath("2026-03-14"), Records.rating("2026-03-14", overall: "red", standards: ["safeguarding": "red"]))
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "red")
        #expect(state.floorConcern == nil)
        #expect(state.explanation == "Red because the on-site review on 14 March 2026 rated it red.")
        #expect(state.since == Self.day("2026-03-14"))
    }

    @Test func aProviderNeverRatedIsNotYetRated() throws {
        let state = try FixtureTree.minimal(replacingRatingWith: nil).state(of: "acorn-house")
        #expect(state.light.key == "not-yet-rated")
        #expect(state.light.word == "Not yet rated")
        #expect(!state.hasLight)
        #expect(state.guidance == Self.notYetRatedGuidance)
        #expect(state.explanation == "Not yet rated: no rating has been recorded for this provider.")
        #expect(state.since == nil)
        #expect(state.latestRating == nil)
    }

    @Test func aRatingAfterTheAsOfDateIsNotCountedYet() throws {
        let state = try FixtureTree.minimal().state(of: "acorn-house", asOf: "2026-03-13")
        #expect(state.light.key == "not-yet-rated")
        #expect(state.since == nil)
        #expect(try FixtureTree.minimal().state(of: "acorn-house", asOf: "2026-03-14").light.key == "green")
    }

    @Test func sinceIsTheFirstDayOfAnUnbrokenRunOfTheSameLight() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: nil)
            .writing(Records.ratingPath("2025-06-01"), Records.rating("2025-06-01", overall: "amber", standards: ["safeguarding": "amber"]))
            .writing(
                Records.ratingPath("2026-01-10"),
                Records.rating("2026-01-10", overall: "amber", standards: ["staffing": "amber", "safeguarding": "amber"]))
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "amber")
        #expect(state.since == Self.day("2025-06-01"))
        // The sentence names the start of the run, so it agrees with the since date.
        #expect(
            state.explanation
                == "Amber since 1 June 2025: the on-site review on 10 January 2026 rated it amber, after the on-site review on 1 June 2025 also rated it amber."
        )
    }

    @Test func sinceRestartsWhenTheLightChanges() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: nil)
            .writing(Records.ratingPath("2025-06-01"), Records.rating("2025-06-01", overall: "red", standards: ["safeguarding": "red"]))
            .writing(
                Records.ratingPath("2026-01-10"),
                Records.rating(
                    "2026-01-10",
                    extra:
                        "approvals:\n  - {officer: carys-jones, role: qi-lead, date: 2026-01-10}\n  - {officer: dana-frost, role: safeguarding-ops-manager, date: 2026-01-12}\n"
                ))
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "green")
        // The lift from red took effect with its last approval, on 12 January, not on the rating's date.
        #expect(state.since == Self.day("2026-01-12"))
        #expect(try tree.state(of: "acorn-house", asOf: "2026-01-09").since == Self.day("2025-06-01"))
    }

    @Test func sinceRestartsAfterAProcessThatInterruptedTheRun() throws {
        // Amber from June 2025, red while a Serious Concerns process was open (1 August – 1 September 2025),
        // amber again after: amber since 1 September 2025.
        let tree = try FixtureTree.minimal(replacingRatingWith: nil)
            .writing(Records.ratingPath("2025-06-01"), Records.rating("2025-06-01", overall: "amber", standards: ["safeguarding": "amber"]))
            .writing(Records.ratingPath("2026-01-10"), Records.rating("2026-01-10", overall: "amber", standards: ["safeguarding": "amber"]))
            .writing(
                Records.concernPath("2025-08-01"),
                Records.concern(
                    raised: "2025-08-01", status: "closed", meetings: [("2025-08-05", "provider")],
                    extra: "closed: {date: 2025-09-01, by: dana-frost, outcome: resolved}\n"))
        #expect(try tree.state(of: "acorn-house").since == Self.day("2025-09-01"))
        #expect(try tree.state(of: "acorn-house", asOf: "2025-08-20").light.key == "red")
        #expect(try tree.state(of: "acorn-house", asOf: "2025-08-20").since == Self.day("2025-08-01"))
    }

    @Test func guidanceForEachLightIsDomainMDWordForWord() throws {
        let policy = Policy.oxfordshire
        #expect(policy.light("red")?.guidance == Self.redGuidance)
        #expect(policy.light("amber")?.guidance == Self.amberGuidance)
        #expect(policy.light("green")?.guidance == Self.greenGuidance)
        #expect(policy.notYetRated.guidance == Self.notYetRatedGuidance)
        // And the state of a green provider carries the green guidance.
        #expect(try FixtureTree.minimal().state(of: "acorn-house").guidance == Self.greenGuidance)
    }

    @Test func theStricterOfTwoOpenProcessesSetsTheFloor() throws {
        let tree = try Self.seriousConcerns()
            .writing(
                Records.concernPath("2026-02-20", "complaints"),
                Records.concern(
                    raised: "2026-02-20", process: "standards-of-care", triggers: ["multiple-complaints"],
                    meetings: [("2026-02-24", "provider")]))
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "red")
        #expect(state.floorConcern?.id == "2026-03-03-medication")
        #expect(state.openConcerns.map(\.id) == ["2026-02-20-complaints", "2026-03-03-medication"])
        // Amber from 20 February (Standards of Care, no rating yet), red from 3 March.
        #expect(state.since == Self.day("2026-03-03"))
        #expect(try tree.state(of: "acorn-house", asOf: "2026-03-02").light.key == "amber")
    }
}
