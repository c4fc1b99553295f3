import QIDomain
import QILoader
import QITestSupport
import Testing

/// QI-A1, `OfficerAssignedRule` (Rules/Approvals/A1-OfficerAssignedRule.swift): what triggers it and what does not.
@Suite struct OfficerAssignedRuleTests: ApprovalFixtures {
    @Test func a1AnAmberProviderWithNoOfficerOnTheProviderOrTheRatingIsAnError() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"])
        )
        .editing(Self.providerFile, replacing: "officer: amira-khan\n", with: "")
        let diagnostics = try tree.check()
        // Oxfordshire's protocol: "Each amber or red traffic light needs to have an officer assigned to it".
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.providerFile):1:7 error QI-A1"])
        #expect(diagnostics.first?.message == "the provider is amber but no officer is assigned")
    }

    @Test func a1IsAWarningWhereThePolicyOnlyExpectsAnOfficer() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"])
        )
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
        let onProvider = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", officer: nil, standards: ["safeguarding": "amber"]))
        #expect(try onProvider.check().isEmpty)
        let onRating = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", officer: "amira-khan", standards: ["safeguarding": "amber"])
        )
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
}
