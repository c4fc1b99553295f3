import QIDomain
import QILoader
import QITestSupport
import Testing

/// QI-A4, `ApproverRule` (Rules/Approvals/A4-ApproverRule.swift): what triggers it and what does not.
@Suite struct ApproverRuleTests: ApprovalFixtures {
    @Test func a4AnApproverWhoLacksTheRoleIsAnErrorOnTheRole() throws {
        let tree = try Self.lift(from: "amber", to: "green", approvals: ["{officer: amira-khan, role: qi-manager, date: 2026-03-14}"])
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/ratings/2026-03-14.yaml:18:33 error QI-A4"])
        #expect(diagnostics.first?.message == "Amira Khan (amira-khan) does not hold the role 'qi-manager' (their roles: qi-officer)")
    }

    @Test func a4AnApprovalDatedBeforeTheRatingIsAnErrorOnTheDate() throws {
        let tree = try Self.lift(from: "amber", to: "green", approvals: ["{officer: ben-ortiz, role: qi-manager, date: 2026-03-13}"])
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/ratings/2026-03-14.yaml:18:50 error QI-A4"])
        #expect(diagnostics.first?.message == "approved on 2026-03-13, before the rating's date 2026-03-14")
    }

    @Test func a4AnApproverWithTheRoleOnOrAfterTheRatingDateIsFine() throws {
        let later = "{officer: ben-ortiz, role: qi-manager, date: 2026-04-02}"
        #expect(try Self.lift(from: "amber", to: "green", approvals: [later]).check().isEmpty)
        #expect(try Self.lift(from: "amber", to: "green", approvals: [Self.qiManager]).summaries(of: "QI-A4").isEmpty)
    }
}
