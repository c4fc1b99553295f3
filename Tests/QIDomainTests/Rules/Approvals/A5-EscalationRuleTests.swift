import QIDomain
import QITestSupport
import Testing

/// QI-A5, `EscalationRule` (Rules/Approvals/A5-EscalationRule.swift): what triggers it and what does not.
@Suite struct EscalationRuleTests: PolicyVariantFixtures, PolicyVariantScopeFixtures {
    @Test func a5AnAmberRatingWithoutTheEscalationIsAnError() throws {
        let tree = try Self.escalating().writing(Self.rating, Self.amber)
        let found = try tree.check().with(rule: "QI-A5")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.rating):15:10 error QI-A5"])
        #expect(found.first?.message.contains("escalated to the Commissioner (Contract review)") == true)
    }

    @Test func a5AnAmberRatingWithTheEscalationRecordedIsFine() throws {
        let tree = try Self.escalating().writing(
            Self.rating,
            Records.rating(
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

    @Test func a5AnEscalationForTheProvidersServiceAreaApplies() throws {
        #expect(try Self.escalating(areas: "age-well").check().with(rule: "QI-A5").count == 1)
    }

    @Test func a5AnEscalationForAnotherServiceAreaDoesNotApply() throws {
        #expect(try Self.escalating(areas: "start-well").check().with(rule: "QI-A5").isEmpty)
    }
}
