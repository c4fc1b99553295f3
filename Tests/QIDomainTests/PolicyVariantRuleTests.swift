import QIDomain
import QITestSupport
import Testing

/// Rules that only some councils' policies switch on, tested through a policy file in the fixture tree:
/// QI-A5 (escalations) and QI-V3's shorter review cadence at some lights.
@Suite struct PolicyVariantRuleTests {
    static let rating = Records.ratingPath("2026-03-14")
    static let amber = Records.rating("2026-03-14", overall: "amber", standards: ["safeguarding": "amber"])

    /// Oxfordshire with amber and red escalated to a commissioner (as Derby escalates to its lead commissioner).
    static func escalating() throws -> FixtureTree {
        try FixtureTree.minimal()
            .withPolicy(replacing: [("escalations: []", "escalations:\n  - {lights: [amber, red], roles: [commissioner], title: Contract review}")])
            .writing("officers.yaml", try FixtureTree.minimal().read("officers.yaml") + "- id: cai-wong\n  name: Cai Wong\n  roles: [commissioner]\n")
    }

    @Test func a5AnAmberRatingWithoutTheEscalationIsAnError() throws {
        let tree = try Self.escalating().writing(Self.rating, Self.amber)
        let found = try tree.check().with(rule: "QI-A5")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.rating):15:10 error QI-A5"])
        #expect(found.first?.message.contains("escalated to the Commissioner (Contract review)") == true)
    }

    @Test func a5AnAmberRatingWithTheEscalationRecordedIsFine() throws {
        let tree = try Self.escalating().writing(Self.rating, Records.rating(
            "2026-03-14", overall: "amber", standards: ["safeguarding": "amber"],
            extra: "approvals:\n  - {officer: cai-wong, role: commissioner, date: 2026-03-15}\n"))
        #expect(try tree.check().with(rule: "QI-A5").isEmpty)
    }

    @Test func a5AGreenRatingIsNotEscalated() throws {
        #expect(try Self.escalating().check().with(rule: "QI-A5").isEmpty)
    }

    @Test func a5IsOffWhenThePolicyEscalatesNothing() throws {
        let tree = try FixtureTree.minimal().writing(Self.rating, Self.amber)
        #expect(try tree.check().with(rule: "QI-A5").isEmpty)
    }

    /// Amber providers reviewed every month, as Herefordshire reviews levels 2 and 3 monthly.
    static func monthlyAtAmber() throws -> FixtureTree {
        try FixtureTree.minimal()
            .withPolicy(replacing: [("  every_months: 12\n", "  every_months: 12\n  by_light: {amber: 1}\n")])
            .writing(Self.rating, Self.amber)
    }

    @Test func v3AnAmberProviderNotReviewedWithinTheMonthIsOverdue() throws {
        let tree = try Self.monthlyAtAmber()
        let found = try tree.check(asOf: "2026-04-15").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.rating):1:7 warning QI-V3"], "\(found.map(\.message))")
        #expect(found.first?.message.contains("more than a month ago (due by 2026-04-14) (Amber is reviewed every month)") == true, "\(found.map(\.message))")
    }

    @Test func v3AnAmberProviderReviewedWithinTheMonthIsFine() throws {
        #expect(try Self.monthlyAtAmber().check(asOf: "2026-04-14").with(rule: "QI-V3").isEmpty)
    }

    @Test func v3AGreenProviderKeepsTheYearlyCadence() throws {
        let tree = try FixtureTree.minimal().withPolicy(replacing: [("  every_months: 12\n", "  every_months: 12\n  by_light: {amber: 1}\n")])
        #expect(try tree.check(asOf: "2026-11-01").with(rule: "QI-V3").isEmpty)
    }
}

/// Escalations limited to some service areas, and QI-V4 switched off by a policy with no pre-service check.
@Suite struct PolicyVariantScopeTests {
    static func escalating(areas: String) throws -> FixtureTree {
        try FixtureTree.minimal()
            .withPolicy(replacing: [("escalations: []", "escalations:\n  - {lights: [amber], roles: [commissioner], title: Joint review, service_areas: [\(areas)]}")])
            .writing(PolicyVariantRuleTests.rating, PolicyVariantRuleTests.amber)
    }

    @Test func a5AnEscalationForTheProvidersServiceAreaApplies() throws {
        #expect(try Self.escalating(areas: "age-well").check().with(rule: "QI-A5").count == 1)
    }

    @Test func a5AnEscalationForAnotherServiceAreaDoesNotApply() throws {
        #expect(try Self.escalating(areas: "start-well").check().with(rule: "QI-A5").isEmpty)
    }

    static let newService = ("commissioned_since: 2019-04-01", "commissioned_since: 2026-02-01")

    @Test func v4ANewServiceWithoutAPreServiceCheckIsAWarning() throws {
        let tree = try FixtureTree.minimal().editing("providers/acorn-house/provider.yaml", replacing: Self.newService.0, with: Self.newService.1)
        #expect(try tree.check().with(rule: "QI-V4").count == 1)
    }

    @Test func v4IsOffWhenThePolicyHasNoPreServiceCheck() throws {
        let tree = try FixtureTree.minimal()
            .withPolicy(replacing: [("  new_service_months: 12", "  new_service_months: 0")])
            .editing("providers/acorn-house/provider.yaml", replacing: Self.newService.0, with: Self.newService.1)
        #expect(try tree.check().with(rule: "QI-V4").isEmpty)
    }
}
