import QIDomain
import QILoader
import QITestSupport
import Testing

/// QI-A3, `LiftOtherLightRule` (Rules/Approvals/A3-LiftOtherLightRule.swift): what triggers it and what does not.
@Suite struct LiftOtherLightRuleTests: ApprovalFixtures {
    @Test func a3LiftingAmberToGreenWithoutAQIManagerIsAnError() throws {
        let tree = try Self.lift(from: "amber", to: "green")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.laterOverall) error QI-A3"])
        #expect(
            diagnostics.first?.message
                == "the light is lifted from amber (2026-01-10) to green without the approval of the Quality Improvement Manager")
    }

    @Test func a3LiftingAmberToGreenWithAQIManagerIsFine() throws {
        #expect(try Self.lift(from: "amber", to: "green", approvals: [Self.qiManager]).check().isEmpty)
    }

    @Test func a3WorseningGreenToAmberNeedsNoApproval() throws {
        #expect(try Self.lift(from: "green", to: "amber").check().isEmpty)
    }
}
