import QIDomain
import QILoader
import QITestSupport
import Testing

/// QI-A2, `LiftWorstLightRule` (Rules/Approvals/A2-LiftWorstLightRule.swift): what triggers it and what does not.
@Suite struct LiftWorstLightRuleTests: ApprovalFixtures {
    @Test func a2LiftingRedToAmberWithoutApprovalsNeedsTheLeadAndTheSafeguardingOpsManager() throws {
        let tree = try Self.lift(from: "red", to: "amber")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.laterOverall) error QI-A2", "\(Self.laterOverall) error QI-A2"])
        #expect(
            diagnostics.map(\.message) == [
                "the light is lifted from red (2026-01-10) to amber without the approval of the Quality Improvement Lead",
                "the light is lifted from red (2026-01-10) to amber without the approval of the Safeguarding Operations Manager (adults)",
            ])
    }

    @Test func a2LiftingRedToAmberWithBothApprovalsIsFine() throws {
        #expect(try Self.lift(from: "red", to: "amber", approvals: [Self.qiLead, Self.opsManager]).check().isEmpty)
    }

    @Test func a2LiftingRedWithOnlyTheLeadStillNeedsSafeguarding() throws {
        let tree = try Self.lift(from: "red", to: "amber", approvals: [Self.qiLead])
        // One approval recorded, one not yet: the lift awaits it (a warning), and the light stays red until then.
        #expect(try tree.summaries(of: "QI-A2") == ["\(Self.laterOverall) warning QI-A2"])
        #expect(
            try tree.messages(of: "QI-A2") == [
                "the lift from red (2026-01-10) to amber awaits the approval of the Safeguarding Operations Manager (adults); until then the directory shows red"
            ])
        #expect(try tree.state(of: "acorn-house").light.key == "red")
    }

    @Test func a2AStartWellProviderNeedsTheHeadOfSafeguardingInstead() throws {
        let without = try Self.lift(from: "red", to: "amber", approvals: [Self.qiLead, Self.opsManager], serviceArea: "start-well")
        #expect(try without.summaries(of: "QI-A2") == ["\(Self.laterOverall) warning QI-A2"])
        #expect(
            try without.messages(of: "QI-A2") == [
                "the lift from red (2026-01-10) to amber awaits the approval of the Head of Safeguarding (children's services); until then the directory shows red"
            ])
        let with = try Self.lift(from: "red", to: "amber", approvals: [Self.qiLead, Self.headOfChildren], serviceArea: "start-well")
        #expect(try with.check().isEmpty)
    }

    @Test func a2LiftingRedToGreenNeedsTheSameTwoApprovalsAndNotA3() throws {
        let tree = try Self.lift(from: "red", to: "green")
        #expect(try tree.summaries(of: "QI-A2") == ["\(Self.laterOverall) error QI-A2", "\(Self.laterOverall) error QI-A2"])
        #expect(try tree.summaries(of: "QI-A3").isEmpty)
        #expect(try Self.lift(from: "red", to: "green", approvals: [Self.qiLead, Self.opsManager]).check().isEmpty)
    }

    @Test func a2StayingRedNeedsNoApproval() throws {
        #expect(try Self.lift(from: "red", to: "red").check().isEmpty)
    }
}
