import QIDomain
import QITestSupport
import Testing

/// QI-V4, `PreServiceCheckRule` (Rules/Reviews/V4-PreServiceCheckRule.swift): what triggers it and what does not.
@Suite struct PreServiceCheckRuleTests: PolicyVariantScopeFixtures, ReviewFixtures {
    @Test func v4ANewServiceWithoutAPreServiceCheckIsAWarningOnCommissionedSince() throws {
        let tree = try Self.commissioned("2026-02-01")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.providerFile):11:21 warning QI-V4"])
        #expect(
            diagnostics.first?.message
                == "a new service (commissioned since 2026-02-01) has no pre-service check dated on or before that day")
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

    @Test func v4ANewServiceWithoutAPreServiceCheckIsAWarning() throws {
        let tree = try FixtureTree.minimal().editing(
            "providers/acorn-house/provider.yaml", replacing: Self.newService.0, with: Self.newService.1)
        #expect(try tree.check().with(rule: "QI-V4").count == 1)
    }

    @Test func v4IsOffWhenThePolicyHasNoPreServiceCheck() throws {
        let tree = try FixtureTree.minimal()
            .withPolicy(replacing: [("  new_service_months: 12", "  new_service_months: 0")])
            .editing("providers/acorn-house/provider.yaml", replacing: Self.newService.0, with: Self.newService.1)
        #expect(try tree.check().with(rule: "QI-V4").isEmpty)
    }
}
