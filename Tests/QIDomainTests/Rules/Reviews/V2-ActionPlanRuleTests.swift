import QIDomain
import QITestSupport
import Testing

/// QI-V2, `ActionPlanRule` (Rules/Reviews/V2-ActionPlanRule.swift): what triggers it and what does not.
@Suite struct ActionPlanRuleTests: ActionFixtures {
    @Test func v2ARequiresImprovementOutcomeWithoutActionsIsAnError() throws {
        let tree = try Self.tree("", outcome: "requires-improvement")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):17:10 error QI-V2"])
        #expect(diagnostics.first?.message == "an outcome of Requires Improvement needs an action plan, but the rating has no actions")
    }

    @Test func v2AnInadequateOutcomeWithoutActionsIsAnError() throws {
        let tree = try Self.tree("", outcome: "inadequate")
        #expect(try tree.summaries(of: "QI-V2") == ["\(Self.ratingFile):17:10 error QI-V2"])
    }

    @Test func v2ARequiresImprovementOutcomeWithAnActionPlanIsFine() throws {
        let tree = try Self.tree(Self.actions(due: "2026-06-14"), outcome: "requires-improvement")
        #expect(try tree.check().isEmpty)
    }

    @Test func v2AGoodOutcomeNeedsNoActionPlan() throws {
        #expect(try Self.tree("", outcome: "good").check().isEmpty)
    }
}
