import QIDomain
import QITestSupport
import Testing

/// QI-V1, `ReviewLevelRule` (Rules/Reviews/V1-ReviewLevelRule.swift): what triggers it and what does not.
@Suite struct ReviewLevelRuleTests: ReviewFixtures {
    @Test func v1AHighCriticalityProviderLastReviewedAtADesktopIsAWarningOnTheBasis() throws {
        let tree = try Self.withContract("{tier: gold, annual_value: 100000, criticality: high}", basis: "desktop-review")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):2:8 warning QI-V1"])
        #expect(
            diagnostics.first?.message
                == "the provider's risk calls for Level 3: on-site review, but the latest review was a desktop review")
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
        #expect(
            try selfAssessed.messages(of: "QI-V1") == [
                "the provider's risk calls for Level 2: desktop review, but the latest review was a self-assessment"
            ])
        let desktop = try Self.withContract("{tier: silver, annual_value: 100000, criticality: medium}", basis: "desktop-review")
        #expect(try desktop.check().isEmpty)
    }

    @Test func v1ALaterContractMonitoringRatingIsNotAReview() throws {
        // The on-site review of 14 March 2026 is still the latest review.
        let tree = try Self.withContract("{tier: gold, annual_value: 100000, criticality: high}", basis: "on-site-review")
            .writing(Records.ratingPath("2026-04-20"), Records.rating("2026-04-20", basis: "contract-monitoring"))
        #expect(try tree.check().isEmpty)
    }
}
