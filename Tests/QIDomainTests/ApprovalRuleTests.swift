import QIDomain
import QILoader
import QITestSupport
import Testing

/// QI-A1..A4 (Rules/ApprovalRules.swift): officers for amber and red, approvals for lifting a light, approvers.
@Suite struct ApprovalRuleTests {
    static let providerFile = "providers/acorn-house/provider.yaml"
    static let laterOverall = "providers/acorn-house/ratings/2026-03-14.yaml:15:10"

    static func approvals(_ lines: [String]) -> String {
        lines.isEmpty ? "" : "approvals:\n" + lines.map { "  - \($0)\n" }.joined()
    }

    /// A rating of `earlier` on 10 January 2026, then one of `later` on 14 March 2026 with these approvals.
    static func lift(
        from earlier: String, to later: String, approvals: [String] = [], serviceArea: String = "age-well"
    ) throws -> FixtureTree {
        let standards: [String: String] = ["amber": ["safeguarding": "amber"], "red": ["safeguarding": "red"]][later] ?? [:]
        let earlierStandards: [String: String] = ["amber": ["safeguarding": "amber"], "red": ["safeguarding": "red"]][earlier] ?? [:]
        return try FixtureTree.minimal()
            .writing(Records.ratingPath("2026-01-10"), Records.rating("2026-01-10", overall: earlier, standards: earlierStandards))
            .writing(Records.ratingPath("2026-03-14"), Records.rating(
                "2026-03-14", overall: later, standards: standards, extra: Self.approvals(approvals)))
            .editing(Self.providerFile, replacing: "service_areas: [age-well]", with: "service_areas: [\(serviceArea)]")
    }

    static let qiLead = "{officer: carys-jones, role: qi-lead, date: 2026-03-14}"
    static let opsManager = "{officer: dana-frost, role: safeguarding-ops-manager, date: 2026-03-16}"
    static let headOfChildren = "{officer: eli-novak, role: head-of-safeguarding-children, date: 2026-03-16}"
    static let qiManager = "{officer: ben-ortiz, role: qi-manager, date: 2026-03-14}"

    // MARK: QI-A1

    @Test func a1AnAmberProviderWithNoOfficerOnTheProviderOrTheRatingIsAnError() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"]))
            .editing(Self.providerFile, replacing: "officer: amira-khan\n", with: "")
        let diagnostics = try tree.check()
        // Oxfordshire's protocol: "Each amber or red traffic light needs to have an officer assigned to it".
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.providerFile):1:7 error QI-A1"])
        #expect(diagnostics.first?.message == "the provider is amber but no officer is assigned")
    }

    @Test func a1IsAWarningWhereThePolicyOnlyExpectsAnOfficer() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"]))
            .editing(Self.providerFile, replacing: "officer: amira-khan\n", with: "")
            .withPolicy(replacing: [("officer_assignment: required", "officer_assignment: expected")])
        #expect(try tree.summaries(of: "QI-A1") == ["\(Self.providerFile):1:7 warning QI-A1"])
    }

    @Test func eachBuiltInPolicySaysWhetherItsFrameworkAssignsOfficers() {
        #expect(PolicyLibrary.builtIn(named: "oxfordshire")?.officerAssignment == .required)
        #expect(PolicyLibrary.builtIn(named: "derby")?.officerAssignment == .required)
        #expect(PolicyLibrary.builtIn(named: "herefordshire")?.officerAssignment == .expected)
        #expect(PolicyLibrary.builtIn(named: "staffordshire")?.officerAssignment == .expected)
    }

    @Test func a1AnOfficerOnTheProviderOrOnTheRatingIsEnough() throws {
        let onProvider = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"]))
        #expect(try onProvider.check().isEmpty)
        let onRating = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", officer: "amira-khan", standards: ["safeguarding": "amber"]))
            .editing(Self.providerFile, replacing: "officer: amira-khan\n", with: "")
        #expect(try onRating.check().isEmpty)
    }

    @Test func a1AGreenProviderNeedsNoOfficer() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", officer: nil))
            .editing(Self.providerFile, replacing: "officer: amira-khan\n", with: "")
        #expect(try tree.check().isEmpty)
    }

    @Test func a1ARedLightFromAnOpenProcessNeedsAnOfficerToo() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", officer: nil))
            .editing(Self.providerFile, replacing: "officer: amira-khan\n", with: "")
            .writing(Records.concernPath("2026-03-03"), Records.concern(raised: "2026-03-03", meetings: [("2026-03-05", "provider")]))
        #expect(try tree.summaries(of: "QI-A1") == ["\(Self.providerFile):1:7 error QI-A1"])
        #expect(try tree.messages(of: "QI-A1") == ["the provider is red but no officer is assigned"])
    }

    // MARK: QI-A2

    @Test func a2LiftingRedToAmberWithoutApprovalsNeedsTheLeadAndTheSafeguardingOpsManager() throws {
        let tree = try Self.lift(from: "red", to: "amber")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.laterOverall) error QI-A2", "\(Self.laterOverall) error QI-A2"])
        #expect(diagnostics.map(\.message) == [
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
        #expect(try tree.messages(of: "QI-A2") == [
            "the lift from red (2026-01-10) to amber awaits the approval of the Safeguarding Operations Manager (adults); until then the directory shows red"
        ])
        #expect(try tree.state(of: "acorn-house").light.key == "red")
    }

    @Test func a2AStartWellProviderNeedsTheHeadOfSafeguardingInstead() throws {
        let without = try Self.lift(from: "red", to: "amber", approvals: [Self.qiLead, Self.opsManager], serviceArea: "start-well")
        #expect(try without.summaries(of: "QI-A2") == ["\(Self.laterOverall) warning QI-A2"])
        #expect(try without.messages(of: "QI-A2") == [
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

    // MARK: QI-A3

    @Test func a3LiftingAmberToGreenWithoutAQIManagerIsAnError() throws {
        let tree = try Self.lift(from: "amber", to: "green")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.laterOverall) error QI-A3"])
        #expect(diagnostics.first?.message == "the light is lifted from amber (2026-01-10) to green without the approval of the Quality Improvement Manager")
    }

    @Test func a3LiftingAmberToGreenWithAQIManagerIsFine() throws {
        #expect(try Self.lift(from: "amber", to: "green", approvals: [Self.qiManager]).check().isEmpty)
    }

    @Test func a3WorseningGreenToAmberNeedsNoApproval() throws {
        #expect(try Self.lift(from: "green", to: "amber").check().isEmpty)
    }

    // MARK: QI-A4

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
