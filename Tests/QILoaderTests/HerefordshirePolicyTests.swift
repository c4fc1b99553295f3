import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// The Herefordshire policy (Quality Assurance Strategy 2018, seed 002) end to end: three quality threshold levels
/// over the five CQC key lines of enquiry, levels 2 and 3 reviewed every month at the multi-agency quality review
/// with an action plan, escalation and de-escalation decided by the quality team manager (and HCCG for jointly
/// commissioned services), large scale intervention at level 3.
///
/// The fixture `herefordshire-minimal` checks clean on 2026-11-23: Brockhampton House (jointly commissioned,
/// level 1) and Dinmore Home Care (council-commissioned, level 2 under an open multi-agency quality review).
@Suite struct HerefordshirePolicyTests {
    static let asOf = "2026-11-23"
    static let level1Rating = "providers/brockhampton-house/ratings/2026-03-14.yaml"
    static let level2Rating = "providers/dinmore-home-care/ratings/2026-11-02.yaml"
    static let dinmoreProvider = "providers/dinmore-home-care/provider.yaml"
    static let review = "providers/dinmore-home-care/concerns/2026-10-19-late-calls.yaml"
    /// A later Dinmore rating written by a test; its overall is on line 10.
    static let laterRating = "providers/dinmore-home-care/ratings/2026-11-20.yaml"

    static func tree() throws -> FixtureTree {
        try FixtureTree.named("herefordshire-minimal")
    }

    /// A rating with the five key lines (all `light` unless `standards` says otherwise); the overall is on line 10.
    static func rating(
        _ date: String, overall: String, standards: [String: String] = [:], approvals: [String] = [], actions: Bool = false
    ) -> String {
        let keys = ["safe", "effective", "caring", "responsive", "well-led"]
        return RatingText.make(
            date: date, officer: "sian-morgan", standards: keys, defaultLight: "level-1", lights: standards, overall: overall,
            approvals: approvals,
            action: actions ? "{id: A1, standard: safe, action: Keep it up., owner: provider, due: 2027-01-15, status: open}" : nil)
    }

    static let teamManager = "officer: rebecca-hughes, role: quality-team-manager"
    static let hccgQualityLead = "officer: andrew-lloyd, role: hccg-quality-lead"
    static let seniorCommissioner = "officer: helen-watkins, role: senior-commissioning-manager"

    // MARK: The policy file

    @Test func thePolicyHoldsTheThresholdLevelsAndTheKeyLinesOfEnquiry() throws {
        let policy = try #require(PolicyLibrary.builtIn(named: "herefordshire"))
        #expect(policy.council == "Herefordshire Council")
        #expect(policy.lightsTitle == "Quality threshold level")
        #expect(policy.lights.map(\.key) == ["level-1", "level-2", "level-3"])
        #expect(
            policy.lights.map(\.label) == [
                "Level 1: no concerns / minor concerns", "Level 2: moderate concerns", "Level 3: major concerns",
            ])
        #expect(policy.lights[0].guidance.hasPrefix("Business as usual or light touch monitoring"))
        #expect(policy.lights[1].guidance.hasPrefix("Active monitoring"))
        #expect(policy.lights[2].guidance.hasPrefix("Large scale intervention"))
        #expect(policy.standards.map(\.key) == ["safe", "effective", "caring", "responsive", "well-led"])
        #expect(policy.standards.filter { !$0.critical }.isEmpty)
        #expect(policy.reviewCadence(at: "level-1") == 12)
        #expect(policy.reviewCadence(at: "level-2") == 1)
        #expect(policy.reviewCadence(at: "level-3") == 1)
        #expect(policy.actionPlanLights == ["level-2", "level-3"])
        #expect(
            policy.processes.map(\.key) == [
                "not-required", "quality-review-team", "multi-agency-quality-review", "large-scale-intervention",
            ])
        let decoded = PolicyLibrary.decode(
            Array(try #require(PolicyLibrary.builtInText(named: "herefordshire")).utf8), file: "herefordshire.yaml")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.message))")
    }

    @Test func theMinimalTreeChecksClean() throws {
        let tree = try Self.tree()
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.isEmpty, "\(diagnostics.summaries(relativeTo: tree.path)) \(diagnostics.map(\.message))")
        #expect(try tree.state(of: "brockhampton-house", asOf: Self.asOf).light.key == "level-1")
        #expect(try tree.state(of: "dinmore-home-care", asOf: Self.asOf).light.word == "Level 2")
    }

    // MARK: QI-R1, QI-R3: the key lines decide the level

    @Test func r1AKeyLineAtLevel3ForcesLevel3() throws {
        let tree = try Self.tree().editing(Self.level2Rating, replacing: "  safe: level-1", with: "  safe: level-3")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-R1")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level2Rating):11:10 error QI-R1"])
        #expect(found.first?.message.contains("critical standard 1 'safe' is level-3") == true, "\(found.map(\.message))")
    }

    @Test func r1AKeyLineAtLevel3WithALevel3OverallIsFine() throws {
        let tree = try Self.tree().writing(
            Self.level2Rating,
            Self.rating(
                "2026-11-02", overall: "level-3", standards: ["safe": "level-3"], approvals: [Self.teamManager, Self.seniorCommissioner],
                actions: true))
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.with(rule: "QI-R1").isEmpty)
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func r3AKeyLineAtLevel2KeepsTheProviderOffLevel1() throws {
        let tree = try Self.tree().editing(Self.level1Rating, replacing: "  caring: level-1", with: "  caring: level-2")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-R3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level1Rating):10:10 error QI-R3"])
        #expect(found.first?.message.contains("critical standard 3 'caring' is level-2") == true, "\(found.map(\.message))")
    }

    @Test func r3AKeyLineNotAssessedStillAllowsLevel1() throws {
        let tree = try Self.tree()
        #expect(try tree.read(Self.level1Rating).contains("well-led: not-assessed"))
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.with(rule: "QI-R3").isEmpty && diagnostics.with(rule: "QI-R1").isEmpty)
    }

    // MARK: QI-V3: levels 2 and 3 are reviewed every month

    @Test func v3ALevel2ProviderNotReviewedWithinAMonthIsOverdue() throws {
        let tree = try Self.tree()
        let found = try tree.check(asOf: "2026-12-03").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level2Rating):1:7 warning QI-V3"], "\(found.map(\.message))")
        #expect(found.first?.message.contains("(due by 2026-12-02) (Level 2 is reviewed every month)") == true, "\(found.map(\.message))")
    }

    @Test func v3ALevel2ProviderReviewedWithinTheMonthIsFine() throws {
        #expect(try Self.tree().check(asOf: "2026-12-02").with(rule: "QI-V3").isEmpty)
    }

    @Test func v3ALevel3ProviderIsAlsoReviewedEveryMonth() throws {
        let tree = try Self.tree().writing(
            Self.level2Rating,
            Self.rating(
                "2026-11-02", overall: "level-3", standards: ["safe": "level-3"], approvals: [Self.teamManager, Self.seniorCommissioner],
                actions: true))
        let found = try tree.check(asOf: "2026-12-03").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level2Rating):1:7 warning QI-V3"], "\(found.map(\.message))")
    }

    @Test func v3ALevel1ProviderKeepsTheAnnualReview() throws {
        // Eleven months after Brockhampton House's level 1 rating, only the level 2 provider is overdue.
        let tree = try Self.tree()
        let found = try tree.check(asOf: "2027-02-14").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level2Rating):1:7 warning QI-V3"], "\(found.map(\.message))")
    }

    // MARK: QI-V2: a service improvement and action plan at levels 2 and 3

    @Test func v2ALevel2RatingWithoutAnActionPlanIsAnError() throws {
        let tree = try Self.tree().editing(
            Self.level2Rating,
            replacing:
                "actions:\n  - id: A1\n    standard: responsive\n    action: Rebuild the rural rotas with travel time between calls.\n    owner: provider\n    due: 2027-01-15\n    status: open\n",
            with: "actions: []\n")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-V2")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level2Rating):11:10 error QI-V2"])
        #expect(
            found.first?.message.contains("a rating of Level 2: moderate concerns needs an action plan") == true, "\(found.map(\.message))")
    }

    @Test func v2ALevel1RatingNeedsNoActionPlan() throws {
        let tree = try Self.tree()
        #expect(try !tree.read(Self.level1Rating).contains("actions:"))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-V2").isEmpty)
    }

    // MARK: QI-A5: escalation is recorded

    @Test func a5ALevel2RatingWithoutTheQualityTeamManagersDecisionIsAnError() throws {
        let tree = try Self.tree().editing(
            Self.level2Rating, replacing: "approvals:\n  - {officer: rebecca-hughes, role: quality-team-manager, date: 2026-11-02}\n",
            with: "")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-A5")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level2Rating):11:10 error QI-A5"])
        #expect(
            found.first?.message.contains("Threshold level agreed at the monthly multi-agency quality review") == true,
            "\(found.map(\.message))")
    }

    @Test func a5TheHCCGQualityLeadMayRecordThePanelsDecision() throws {
        let tree = try Self.tree().editing(Self.level2Rating, replacing: Self.teamManager, with: Self.hccgQualityLead)
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-A5").isEmpty)
    }

    @Test func a5ALevel3RatingWithoutASeniorRepresentativeIsAnError() throws {
        let tree = try Self.tree().writing(
            Self.level2Rating,
            Self.rating(
                "2026-11-02", overall: "level-3", standards: ["safe": "level-3"], approvals: [Self.teamManager], actions: true))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-A5")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.level2Rating):10:10 error QI-A5"])
        #expect(found.first?.message.contains("Large scale intervention") == true, "\(found.map(\.message))")
    }

    // MARK: QI-A2, QI-A3: de-escalation is decided by the panel, jointly with HCCG for joint services

    @Test func a3DeEscalatingFromLevel2WithoutTheQualityTeamManagerIsAnError() throws {
        let tree = try Self.tree().writing(Self.laterRating, Self.rating("2026-11-20", overall: "level-1"))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-A3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.laterRating):10:10 error QI-A3"])
        #expect(found.first?.message.contains("without the approval of the Quality Team Manager") == true, "\(found.map(\.message))")
    }

    @Test func a3DeEscalatingACouncilServiceNeedsOnlyTheQualityTeamManager() throws {
        let tree = try Self.tree().writing(Self.laterRating, Self.rating("2026-11-20", overall: "level-1", approvals: [Self.teamManager]))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-A3").isEmpty)
    }

    @Test func a3DeEscalatingAJointlyCommissionedServiceNeedsHCCGToo() throws {
        let tree = try Self.tree()
            .editing(
                Self.dinmoreProvider, replacing: "service_areas: [council-commissioned]", with: "service_areas: [jointly-commissioned]"
            )
            .writing(Self.laterRating, Self.rating("2026-11-20", overall: "level-1", approvals: [Self.teamManager]))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-A3")
        // The team manager's approval is recorded, HCCG's is not yet: the de-escalation awaits it.
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.laterRating):10:10 warning QI-A3"])
        #expect(
            found.first?.message.contains("awaits the approval of the Quality Lead (Herefordshire Clinical Commissioning Group)") == true,
            "\(found.map(\.message))")
    }

    @Test func a3DeEscalatingAJointlyCommissionedServiceWithHCCGIsFine() throws {
        let tree = try Self.tree()
            .editing(
                Self.dinmoreProvider, replacing: "service_areas: [council-commissioned]", with: "service_areas: [jointly-commissioned]"
            )
            .writing(Self.laterRating, Self.rating("2026-11-20", overall: "level-1", approvals: [Self.teamManager, Self.hccgQualityLead]))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-A3").isEmpty)
    }

    @Test func a2DeEscalatingFromLevel3WithoutTheQualityTeamManagerIsAnError() throws {
        let tree = try Self.tree()
            .writing(
                Self.level2Rating,
                Self.rating(
                    "2026-11-02", overall: "level-3", standards: ["safe": "level-3"],
                    approvals: [Self.teamManager, Self.seniorCommissioner],
                    actions: true)
            )
            .writing(
                Self.laterRating,
                Self.rating(
                    "2026-11-20", overall: "level-2", standards: ["safe": "level-2"], approvals: [Self.hccgQualityLead], actions: true))
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.with(rule: "QI-A2").summaries(relativeTo: tree.path) == ["\(Self.laterRating):10:10 error QI-A2"])
        #expect(diagnostics.with(rule: "QI-A5").isEmpty, "the HCCG quality lead records the panel's decision at level 2")
    }

    // MARK: Processes: QI-C1, QI-C2, QI-C3, QI-C5

    @Test func c1AnOpenMultiAgencyQualityReviewHoldsTheProviderAtLevel2() throws {
        let tree = try Self.tree().removing(Self.level2Rating)
        #expect(try tree.state(of: "dinmore-home-care", asOf: Self.asOf).light.key == "level-2")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-C1")
        #expect(found.summaries(relativeTo: tree.path) == ["providers/dinmore-home-care/ratings/2025-12-02.yaml:10:10 warning QI-C1"])
    }

    @Test func c1AClosedReviewNoLongerHoldsTheLevel() throws {
        let tree = try Self.tree().removing(Self.level2Rating).editing(
            Self.review, replacing: "status: open\n",
            with: "status: closed\nclosed: {date: 2026-11-10, by: rebecca-hughes, outcome: resolved}\n")
        #expect(try tree.state(of: "dinmore-home-care", asOf: Self.asOf).light.key == "level-1")
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-C1").isEmpty)
    }

    @Test func c2ACQCInadequateRatingLeadsToALargeScaleIntervention() throws {
        let tree = try Self.tree().editing(
            Self.review, replacing: "triggers: [feedback-additional-concerns]", with: "triggers: [cqc-inadequate]")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-C2")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.review):4:12 warning QI-C2"])
        #expect(found.first?.message.contains("leads to Large scale intervention") == true, "\(found.map(\.message))")
    }

    @Test func c2AModerateConcernLeadsToTheMultiAgencyReview() throws {
        #expect(try Self.tree().check(asOf: Self.asOf).with(rule: "QI-C2").isEmpty)
    }

    @Test func c3ALargeScaleInterventionMeetsTheProviderWithinTenWorkingDays() throws {
        // Raised Monday 19 October 2026: ten working days end on Monday 2 November; a meeting on 4 November is late.
        let tree = try Self.tree()
            .editing(Self.review, replacing: "process: multi-agency-quality-review", with: "process: large-scale-intervention")
            .editing(Self.review, replacing: "chair: rebecca-hughes", with: "chair: helen-watkins")
            .editing(Self.review, replacing: "{date: 2026-10-29, kind: provider}", with: "{date: 2026-11-04, kind: provider}")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-C3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.review):10:12 warning QI-C3"])
        #expect(found.first?.message.contains("2 working days after the deadline of 2026-11-02") == true, "\(found.map(\.message))")
    }

    @Test func c3AMultiAgencyQualityReviewHasTwentyWorkingDays() throws {
        let tree = try Self.tree().editing(
            Self.review, replacing: "{date: 2026-10-29, kind: provider}", with: "{date: 2026-11-04, kind: provider}")
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-C3").isEmpty)
    }

    @Test func c5AMultiAgencyQualityReviewChairedByAQualityOfficerIsAnError() throws {
        let tree = try Self.tree().editing(Self.review, replacing: "chair: rebecca-hughes", with: "chair: sian-morgan")
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-C5")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.review):7:8 error QI-C5"])
        #expect(found.first?.message.contains("cannot chair a Multi-agency quality review process") == true, "\(found.map(\.message))")
    }

    @Test func c5TheHCCGQualityLeadMayChairTheMultiAgencyQualityReview() throws {
        let tree = try Self.tree().editing(Self.review, replacing: "chair: rebecca-hughes", with: "chair: andrew-lloyd")
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-C5").isEmpty)
    }

    @Test func c5ALargeScaleInterventionIsChairedByASeniorRepresentative() throws {
        let byManager = try Self.tree().editing(
            Self.review, replacing: "process: multi-agency-quality-review", with: "process: large-scale-intervention")
        let found = try byManager.check(asOf: Self.asOf).with(rule: "QI-C5")
        #expect(found.summaries(relativeTo: byManager.path) == ["\(Self.review):7:8 error QI-C5"])
        let bySenior = try Self.tree()
            .editing(Self.review, replacing: "process: multi-agency-quality-review", with: "process: large-scale-intervention")
            .editing(Self.review, replacing: "chair: rebecca-hughes", with: "chair: helen-watkins")
        #expect(try bySenior.check(asOf: Self.asOf).with(rule: "QI-C5").isEmpty)
    }

    // MARK: The example directory

    @Test func theExampleDirectoryChecksWithNoErrors() throws {
        let root = FixtureTree.packageRoot.appendingPathComponent("examples/herefordshire").path
        let result = CheckedDirectory.run(root: root, asOf: try #require(Day(iso: Self.asOf)))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map { "\($0.location.file):\($0.location.line): \($0.message)" })")
        #expect(result.policy?.name == "herefordshire")
        // The one warning is on purpose (an overdue level 1 recommendation, commented in the file).
        #expect(result.diagnostics.map(\.rule.rawValue) == ["QI-C6"], "\(result.diagnostics.map(\.message))")
        let lights = Dictionary(uniqueKeysWithValues: result.states.map { ($0.providerID, $0.light.key) })
        #expect(Set(lights.values) == ["level-1", "level-2", "level-3", "not-yet-rated"])
    }
}
