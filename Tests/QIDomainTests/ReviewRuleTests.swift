import QIDomain
import QITestSupport
import Testing

/// QI-V1, QI-V3, QI-V4 (Rules/ReviewRules.swift): review level, annual review and follow-up window,
/// pre-service checks. (QI-V2 is in ActionRuleTests, as ActionPlanRule is in Rules/ActionRules.swift.)
@Suite struct ReviewRuleTests {
    static let providerFile = "providers/acorn-house/provider.yaml"
    static let ratingFile = "providers/acorn-house/ratings/2026-03-14.yaml"

    static func withContract(_ contract: String, basis: String) throws -> FixtureTree {
        try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", basis: basis))
            .editing(Self.providerFile, replacing: "contract: {tier: silver, annual_value: 100000, criticality: low}", with: "contract: \(contract)")
    }

    // MARK: QI-V1

    @Test func v1AHighCriticalityProviderLastReviewedAtADesktopIsAWarningOnTheBasis() throws {
        let tree = try Self.withContract("{tier: gold, annual_value: 100000, criticality: high}", basis: "desktop-review")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):2:8 warning QI-V1"])
        #expect(diagnostics.first?.message == "the provider's risk calls for Level 3: on-site review, but the latest review was a desktop review")
    }

    @Test func v1AHighCriticalityProviderReviewedOnSiteIsFine() throws {
        let tree = try Self.withContract("{tier: gold, annual_value: 100000, criticality: high}", basis: "on-site-review")
        #expect(try tree.check().isEmpty)
    }

    @Test func v1AHighAnnualValueAloneCallsForAnOnSiteReview() throws {
        let tree = try Self.withContract("{tier: gold, annual_value: 1000000, criticality: low}", basis: "desktop-review")
        #expect(try tree.summaries(of: "QI-V1") == ["\(Self.ratingFile):2:8 warning QI-V1"])
        let below = try Self.withContract("{tier: gold, annual_value: 999999, criticality: low}", basis: "desktop-review")
        #expect(try below.check().isEmpty)
    }

    @Test func v1AMediumRiskProviderNeedsAtLeastADesktopReview() throws {
        let selfAssessed = try Self.withContract("{tier: silver, annual_value: 100000, criticality: medium}", basis: "self-assessment")
        #expect(try selfAssessed.summaries(of: "QI-V1") == ["\(Self.ratingFile):2:8 warning QI-V1"])
        #expect(try selfAssessed.messages(of: "QI-V1") == ["the provider's risk calls for Level 2: desktop review, but the latest review was a self-assessment"])
        let desktop = try Self.withContract("{tier: silver, annual_value: 100000, criticality: medium}", basis: "desktop-review")
        #expect(try desktop.check().isEmpty)
    }

    @Test func v1ALaterContractMonitoringRatingIsNotAReview() throws {
        // The on-site review of 14 March 2026 is still the latest review.
        let tree = try Self.withContract("{tier: gold, annual_value: 100000, criticality: high}", basis: "on-site-review")
            .writing(Records.ratingPath("2026-04-20"), Records.rating("2026-04-20", basis: "contract-monitoring"))
        #expect(try tree.check().isEmpty)
    }

    // MARK: QI-V3

    @Test func v3AProviderWhoseLatestRatingIsOlderThanTwelveMonthsIsOverdue() throws {
        let tree = try FixtureTree.minimal()
        let diagnostics = try tree.check(asOf: "2027-03-15")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):1:7 warning QI-V3"])
        #expect(diagnostics.first?.message == "review overdue: the latest rating is from 2026-03-14, more than 12 months ago (due by 2027-03-14)")
    }

    @Test func v3ARatingExactlyTwelveMonthsOldIsNotOverdue() throws {
        #expect(try FixtureTree.minimal().check(asOf: "2027-03-14").isEmpty)
    }

    @Test func v3AProviderNeverRatedIsOverdueTwelveMonthsAfterCommissioning() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: nil)
        #expect(try tree.summaries(of: "QI-V3") == ["\(Self.providerFile):11:21 warning QI-V3"])
        #expect(try tree.messages(of: "QI-V3") == ["review overdue: commissioned since 2019-04-01 and never rated (due by 2020-04-01)"])
        let recent = try FixtureTree.minimal(replacingRatingWith: nil)
            .editing(Self.providerFile, replacing: "commissioned_since: 2019-04-01", with: "commissioned_since: 2025-06-01")
        #expect(try recent.summaries(of: "QI-V3").isEmpty)
    }

    static func withAction(due: String, ratingDate: String = "2026-03-14") -> String {
        let action = "actions:\n  - {id: A1, action: Recruit night staff., owner: provider, due: \(due), status: open}\n"
        return Records.rating(ratingDate, overall: "amber", standards: ["staffing": "amber"], extra: action)
    }

    @Test func v3AnActionDueMoreThanThreeMonthsAfterTheRatingIsAWarningOnItsDue() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Self.withAction(due: "2026-06-15"))
        let diagnostics = try tree.check()
        // "  - {id: A1, action: Recruit night staff., owner: provider, due: " puts the date at column 66.
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):18:66 warning QI-V3"])
        #expect(diagnostics.first?.message == "action A1 is due 2026-06-15, more than 3 months after the rating (by 2026-06-14)")
    }

    @Test func v3AnActionDueExactlyThreeMonthsAfterTheRatingIsFine() throws {
        #expect(try FixtureTree.minimal(replacingRatingWith: Self.withAction(due: "2026-06-14")).check().isEmpty)
    }

    @Test func v3TheThreeMonthWindowEndsOnTheLastDayOfAShorterMonth() throws {
        // 30 November 2026 + 3 months = 28 February 2027.
        func tree(due: String) throws -> FixtureTree {
            try FixtureTree.minimal().writing(Records.ratingPath("2026-11-30"), Self.withAction(due: due, ratingDate: "2026-11-30"))
        }
        #expect(try tree(due: "2027-02-28").summaries(of: "QI-V3", asOf: "2026-12-01").isEmpty)
        #expect(try tree(due: "2027-03-01").messages(of: "QI-V3", asOf: "2026-12-01") == [
            "action A1 is due 2027-03-01, more than 3 months after the rating (by 2027-02-28)",
        ])
    }

    @Test func v3ARatingDatedAfterTheAsOfDateIsAWarningOnItsDate() throws {
        let tree = try FixtureTree.minimal().writing(Records.ratingPath("2026-01-10"), Records.rating("2026-01-10"))
        let diagnostics = try tree.check(asOf: "2026-03-13")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):1:7 warning QI-V3"])
        #expect(diagnostics.first?.message == "the rating is dated 2026-03-14, after the as-of date 2026-03-13, and is not counted yet")
        #expect(try tree.check(asOf: "2026-03-14").isEmpty)
    }

    // MARK: QI-V4

    static func commissioned(_ since: String) throws -> FixtureTree {
        try FixtureTree.minimal()
            .editing(Self.providerFile, replacing: "commissioned_since: 2019-04-01", with: "commissioned_since: \(since)")
    }

    @Test func v4ANewServiceWithoutAPreServiceCheckIsAWarningOnCommissionedSince() throws {
        let tree = try Self.commissioned("2026-02-01")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.providerFile):11:21 warning QI-V4"])
        #expect(diagnostics.first?.message == "a new service (commissioned since 2026-02-01) has no pre-service check dated on or before that day")
    }

    @Test func v4ANewServiceWithAPreServiceCheckBeforeItStartedIsFine() throws {
        let tree = try Self.commissioned("2026-02-01")
            .writing(Records.ratingPath("2026-01-20"), Records.rating("2026-01-20", basis: "pre-service-check"))
        #expect(try tree.check().isEmpty)
    }

    @Test func v4APreServiceCheckAfterTheServiceStartedDoesNotCount() throws {
        let tree = try Self.commissioned("2026-02-01")
            .writing(Records.ratingPath("2026-02-10"), Records.rating("2026-02-10", basis: "pre-service-check"))
        #expect(try tree.summaries(of: "QI-V4") == ["\(Self.providerFile):11:21 warning QI-V4"])
    }

    @Test func v4AServiceCommissionedMoreThanTwelveMonthsAgoIsNotNew() throws {
        #expect(try Self.commissioned("2025-05-31").check().isEmpty)
        #expect(try Self.commissioned("2025-06-01").summaries(of: "QI-V4") == ["\(Self.providerFile):11:21 warning QI-V4"])
    }
}
