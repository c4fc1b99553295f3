import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// The Staffordshire and Stoke-on-Trent policy (Framework for Quality and Safeguarding Provider Monitoring, seed
/// 004) end to end: five monitoring levels, level 3 the Quality Improvement Process, level 4 a Large Scale Enquiry
/// chaired by the Strategic Manager / Safeguarding Lead, level 5 escalation to the senior commissioning and
/// leadership team; the four higher-risk areas of 9.5 (safeguarding, moving and handling, nutrition, skin integrity)
/// decide the overall level.
///
/// The fixture `staffordshire-minimal` checks clean on 2026-11-23: Weeping Cross House (level 1) and Silverdale
/// Court (level 4: a Large Scale Enquiry raised on 2 November 2026, chaired by the Safeguarding Lead Joy Okonkwo,
/// and a level 4 rating of 9 November 2026 with her agreement).
@Suite struct StaffordshirePolicyTests {
    static let asOf = "2026-11-23"
    static let enquiry = "providers/silverdale-court/concerns/2026-11-02-pressure-ulcers.yaml"
    static let enquiryChair = "\(enquiry):7:8"
    static let level1Rating = "providers/silverdale-court/ratings/2026-03-10.yaml"
    static let level4Rating = "providers/silverdale-court/ratings/2026-11-09.yaml"
    /// A later Silverdale Court rating written by a test (see `rating`): overall on line 15, outcome on 16.
    static let laterRating = "providers/silverdale-court/ratings/2026-11-20.yaml"
    static let escalationFile = "providers/silverdale-court/concerns/2026-11-16-no-improvement.yaml"

    static func tree() throws -> FixtureTree {
        try FixtureTree.named("staffordshire-minimal")
    }

    /// A rating with the ten standards (all level 1 unless `standards` says otherwise).
    ///
    /// The overall is on line 15, column 10; the outcome, when given, on line 16.
    static func rating(
        _ date: String, overall: String, standards: [String: String] = [:], outcome: String? = nil,
        approvals: [String] = [], actions: Bool = true
    ) -> String {
        let keys = [
            "safeguarding", "moving-handling", "nutrition-hydration", "skin-integrity", "health-wellbeing",
            "regulatory-compliance", "contract-compliance", "leadership-continuity", "provider-engagement", "people-views",
        ]
        return RatingText.make(
            date: date, officer: "alice-marsh", standards: keys, defaultLight: "level-1", lights: standards, overall: overall,
            outcome: outcome, approvals: approvals,
            action: actions ? "{id: A1, standard: safeguarding, action: Keep it up., owner: provider, due: 2027-01-15, status: open}" : nil)
    }

    /// A process of Silverdale Court raised on 16 November 2026; the chair is on line 7, column 8.
    static func concern(process: String, chair: String, triggers: String = "no-improvement-at-level-3-or-4") -> String {
        """
        raised: 2026-11-16
        title: No improvement
        sources: [commissioning]
        triggers: [\(triggers)]
        process: \(process)
        risk: high
        chair: \(chair)
        meetings:
          - {date: 2026-11-18, kind: provider}
        status: open

        """
    }

    static let safeguardingLead = "officer: joy-okonkwo, role: safeguarding-lead"
    static let strategicCommissioner = "officer: tom-fenton, role: strategic-commissioner"
    static let seniorLeader = "officer: ruth-mellor, role: senior-leader"
    static let qaManager = "officer: ben-cartwright, role: quality-assurance-manager"

    /// The enquiry closed by `by` on 19 November 2026.
    static func closingTheEnquiry(_ tree: FixtureTree, by: String = "joy-okonkwo") throws -> FixtureTree {
        try tree.editing(
            Self.enquiry, replacing: "status: open", with: "status: closed\nclosed: {date: 2026-11-19, by: \(by), outcome: stepped-down}")
    }

    // MARK: The policy file

    @Test func thePolicyHoldsTheFiveLevelsOfTheFramework() throws {
        let policy = try #require(PolicyLibrary.builtIn(named: "staffordshire"))
        #expect(policy.council == "Staffordshire County Council and Stoke-on-Trent City Council")
        #expect(policy.lightsTitle == "Monitoring level")
        #expect(policy.lights.map(\.key) == ["level-1", "level-2", "level-3", "level-4", "level-5"])
        #expect(policy.lights.map(\.word) == ["Level 1", "Level 2", "Level 3", "Level 4", "Level 5"])
        #expect(policy.lights[2].label == "Level 3: Quality Improvement Process")
        #expect(policy.lights[3].label == "Level 4: Large Scale Enquiry")
        #expect(policy.lights[3].guidance.contains("led by the Strategic Manager / Safeguarding Lead"))
        #expect(policy.lights[4].guidance.hasPrefix("Escalated to the senior commissioning and leadership team"))
        #expect(
            policy.lights.map(\.cssClass) == [
                "qi-light--green", "qi-light--yellow", "qi-light--amber", "qi-light--orange", "qi-light--red",
            ])
        #expect(
            policy.standards.filter(\.critical).map(\.key) == ["safeguarding", "moving-handling", "nutrition-hydration", "skin-integrity"])
        let enquiry = try #require(policy.process("large-scale-enquiry"))
        #expect(enquiry.floor == "level-4")
        #expect(enquiry.chairRoles == ["safeguarding-lead"])
        #expect(enquiry.closedByChairOnly)
        #expect(policy.process("senior-escalation")?.floor == "level-5")
        #expect(policy.escalations.map(\.lights) == [["level-4"], ["level-5"]])
        #expect(policy.escalations.map(\.roles) == [["safeguarding-lead"], ["strategic-commissioner", "senior-leader"]])
        #expect(policy.reviewCadence(at: "level-1") == 12)
        #expect(policy.reviewCadence(at: "level-4") == 1)
        #expect(policy.actionPlanLights == ["level-3", "level-4", "level-5"])
        let decoded = PolicyLibrary.decode(
            Array(try #require(PolicyLibrary.builtInText(named: "staffordshire")).utf8), file: "staffordshire.yaml")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.message))")
    }

    @Test func theMinimalTreeChecksCleanWithTheEnquiryAtLevel4() throws {
        let tree = try Self.tree()
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.isEmpty, "\(diagnostics.summaries(relativeTo: tree.path)) \(diagnostics.map(\.message))")
        #expect(try tree.state(of: "weeping-cross-house", asOf: Self.asOf).light.key == "level-1")
        let silverdale = try tree.state(of: "silverdale-court", asOf: Self.asOf)
        #expect(silverdale.light.word == "Level 4")
        #expect(silverdale.light.label == "Level 4: Large Scale Enquiry")
    }

    // MARK: QI-C5: the Large Scale Enquiry is chaired by the Safeguarding Lead

    @Test(arguments: ["priya-bains", "ben-cartwright", "tom-fenton"])
    func c5ALargeScaleEnquiryChairedWithoutTheSafeguardingLeadRoleIsAnError(chair: String) throws {
        let tree = try Self.tree().editing(Self.enquiry, replacing: "chair: joy-okonkwo", with: "chair: \(chair)")
        let diagnostics = try tree.check(asOf: Self.asOf).with(rule: "QI-C5")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.enquiryChair) error QI-C5"])
        #expect(diagnostics.first?.message.contains("cannot chair a Large Scale Enquiry process") == true)
        #expect(diagnostics.first?.fix == "the chair must be one of: Strategic Manager / Safeguarding Lead")
    }

    @Test func c5TheSafeguardingLeadChairsTheEnquiry() throws {
        #expect(try Self.tree().check(asOf: Self.asOf).with(rule: "QI-C5").isEmpty)
    }

    @Test func c5AnEnquiryWithoutAChairIsAnError() throws {
        let tree = try Self.tree().editing(Self.enquiry, replacing: "chair: joy-okonkwo\n", with: "")
        #expect(
            try tree.check(asOf: Self.asOf).with(rule: "QI-C5").summaries(relativeTo: tree.path) == ["\(Self.enquiry):5:10 error QI-C5"])
    }

    @Test func c5TheSeniorEscalationIsChairedByTheSeniorTeam() throws {
        let byManager = try Self.tree().writing(Self.escalationFile, Self.concern(process: "senior-escalation", chair: "ben-cartwright"))
        #expect(
            try byManager.check(asOf: Self.asOf).with(rule: "QI-C5").summaries(relativeTo: byManager.path) == [
                "\(Self.escalationFile):7:8 error QI-C5"
            ])
        for chair in ["tom-fenton", "ruth-mellor"] {
            let tree = try Self.tree().writing(Self.escalationFile, Self.concern(process: "senior-escalation", chair: chair))
            #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-C5").isEmpty)
        }
    }

    @Test func c5TheQualityImprovementProcessIsChairedByTheQualityAssuranceTeam() throws {
        let bySafeguarding = try Self.tree().writing(
            Self.escalationFile, Self.concern(process: "quality-improvement-process", chair: "priya-bains", triggers: "persistent-concerns")
        )
        #expect(
            try bySafeguarding.check(asOf: Self.asOf).with(rule: "QI-C5").summaries(relativeTo: bySafeguarding.path) == [
                "\(Self.escalationFile):7:8 error QI-C5"
            ])
        let byManager = try Self.tree().writing(
            Self.escalationFile,
            Self.concern(process: "quality-improvement-process", chair: "ben-cartwright", triggers: "persistent-concerns"))
        #expect(try byManager.check(asOf: Self.asOf).with(rule: "QI-C5").isEmpty)
    }

    // MARK: QI-C1: an open Large Scale Enquiry holds the provider at level 4

    @Test func c1AnOpenEnquiryForcesLevel4OverALevel1Rating() throws {
        let tree = try Self.tree().removing(Self.level4Rating)
        #expect(try tree.state(of: "silverdale-court", asOf: Self.asOf).light.key == "level-4")
        let diagnostics = try tree.check(asOf: Self.asOf).with(rule: "QI-C1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.level1Rating):15:10 warning QI-C1"])
        #expect(
            diagnostics.first?.message
                == "the latest rating is level-1 but the Large Scale Enquiry process raised 2026-11-02 is open, so the directory shows level-4"
        )
    }

    @Test func c1AClosedEnquiryNoLongerForcesLevel4() throws {
        let tree = try Self.closingTheEnquiry(try Self.tree().removing(Self.level4Rating))
        #expect(try tree.state(of: "silverdale-court", asOf: Self.asOf).light.key == "level-1")
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-C1").isEmpty)
    }

    @Test func c1AnOpenSeniorEscalationForcesLevel5() throws {
        let tree = try Self.tree().writing(Self.escalationFile, Self.concern(process: "senior-escalation", chair: "tom-fenton"))
        #expect(try tree.state(of: "silverdale-court", asOf: Self.asOf).light.key == "level-5")
        #expect(
            try tree.check(asOf: Self.asOf).with(rule: "QI-C1").summaries(relativeTo: tree.path) == [
                "\(Self.level4Rating):16:10 warning QI-C1"
            ])
    }

    // MARK: QI-C4: only the Safeguarding Lead closes the enquiry

    @Test func c4AnEnquiryClosedBySomeoneOtherThanTheChairIsAnError() throws {
        let tree = try Self.closingTheEnquiry(try Self.tree(), by: "alice-marsh")
        #expect(
            try tree.check(asOf: Self.asOf).with(rule: "QI-C4").summaries(relativeTo: tree.path) == ["\(Self.enquiry):14:32 error QI-C4"])
        #expect(try Self.closingTheEnquiry(try Self.tree()).check(asOf: Self.asOf).with(rule: "QI-C4").isEmpty)
    }

    // MARK: QI-C3: first meeting with the provider within 10 working days (2 November 2026 → 16 November)

    @Test func c3AProviderMeetingAfterTenWorkingDaysIsAWarning() throws {
        let late = try Self.tree().editing(Self.enquiry, replacing: "2026-11-09, kind: provider", with: "2026-11-17, kind: provider")
        #expect(
            try late.check(asOf: Self.asOf).with(rule: "QI-C3").summaries(relativeTo: late.path) == ["\(Self.enquiry):11:12 warning QI-C3"])
        let onTime = try Self.tree().editing(Self.enquiry, replacing: "2026-11-09, kind: provider", with: "2026-11-16, kind: provider")
        #expect(try onTime.check(asOf: Self.asOf).with(rule: "QI-C3").isEmpty)
    }

    // MARK: QI-A5: level 4 records the Safeguarding Lead, level 5 the senior team

    @Test func a5ALevel4RatingWithoutTheSafeguardingLeadsAgreementIsAnError() throws {
        let tree = try Self.tree().editing(
            Self.level4Rating, replacing: "  - {officer: joy-okonkwo, role: safeguarding-lead, date: 2026-11-09}\n", with: ""
        )
        .editing(Self.level4Rating, replacing: "approvals:\n", with: "")
        let diagnostics = try tree.check(asOf: Self.asOf).with(rule: "QI-A5")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.level4Rating):16:10 error QI-A5"])
        #expect(
            diagnostics.first?.message
                == "a rating of Level 4 is escalated to the Strategic Manager / Safeguarding Lead (Large Scale Enquiry), but no approval records it"
        )
    }

    @Test func a5ALevel5RatingWithoutEscalationToTheSeniorTeamIsAnError() throws {
        let tree = try Self.tree().writing(
            Self.laterRating, Self.rating("2026-11-20", overall: "level-5", approvals: [Self.safeguardingLead]))
        let diagnostics = try tree.check(asOf: Self.asOf).with(rule: "QI-A5")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.laterRating):15:10 error QI-A5"])
        #expect(
            diagnostics.first?.message
                == "a rating of Level 5 is escalated to the Strategic Commissioner or Director or Assistant Director of Adult Social Care (senior commissioning and leadership escalation), but no approval records it"
        )
    }

    @Test(arguments: [StaffordshirePolicyTests.strategicCommissioner, StaffordshirePolicyTests.seniorLeader])
    func a5ALevel5RatingEscalatedToTheSeniorTeamIsFine(approval: String) throws {
        let tree = try Self.tree().writing(Self.laterRating, Self.rating("2026-11-20", overall: "level-5", approvals: [approval]))
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.isEmpty, "\(diagnostics.summaries(relativeTo: tree.path)) \(diagnostics.map(\.message))")
        #expect(try tree.state(of: "silverdale-court", asOf: Self.asOf).light.key == "level-5")
    }

    @Test func a5LevelsBelow4NeedNoEscalation() throws {
        let tree = try Self.tree().writing(
            "providers/weeping-cross-house/ratings/2026-11-20.yaml",
            Self.rating("2026-11-20", overall: "level-3", standards: ["contract-compliance": "level-3"]))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-A5").isEmpty)
    }

    // MARK: QI-A2, QI-A3: stepping down

    @Test func a3SteppingDownFromLevel4NeedsTheSafeguardingLead() throws {
        let without = try Self.closingTheEnquiry(try Self.tree())
            .writing(
                Self.laterRating,
                Self.rating("2026-11-20", overall: "level-2", standards: ["skin-integrity": "level-2"], approvals: [Self.qaManager]))
        let diagnostics = try without.check(asOf: Self.asOf)
        #expect(diagnostics.summaries(relativeTo: without.path) == ["\(Self.laterRating):15:10 error QI-A3"])
        #expect(
            diagnostics.first?.message
                == "the light is lifted from level-4 (2026-11-09) to level-2 without the approval of the Strategic Manager / Safeguarding Lead"
        )
        let with = try Self.closingTheEnquiry(try Self.tree())
            .writing(
                Self.laterRating,
                Self.rating("2026-11-20", overall: "level-2", standards: ["skin-integrity": "level-2"], approvals: [Self.safeguardingLead]))
        #expect(try with.check(asOf: Self.asOf).isEmpty)
    }

    @Test func a3SteppingDownFromLevel3NeedsAQualityAssuranceManager() throws {
        let base = try Self.tree()
            .writing(
                "providers/weeping-cross-house/ratings/2026-10-01.yaml",
                Self.rating("2026-10-01", overall: "level-3", standards: ["contract-compliance": "level-3"]))
        let path = "providers/weeping-cross-house/ratings/2026-11-20.yaml"
        let without = try base.writing(path, Self.rating("2026-11-20", overall: "level-1", actions: false))
        #expect(try without.check(asOf: Self.asOf).with(rule: "QI-A3").summaries(relativeTo: without.path) == ["\(path):15:10 error QI-A3"])
        let with = try base.writing(path, Self.rating("2026-11-20", overall: "level-1", approvals: [Self.qaManager], actions: false))
        #expect(try with.check(asOf: Self.asOf).with(rule: "QI-A3").isEmpty)
    }

    @Test func a2SteppingDownFromLevel5NeedsTheSeniorTeam() throws {
        let base = try Self.closingTheEnquiry(try Self.tree())
            .writing(
                "providers/silverdale-court/ratings/2026-11-16.yaml",
                Self.rating("2026-11-16", overall: "level-5", approvals: [Self.strategicCommissioner]))
        let without = try base.writing(
            Self.laterRating,
            Self.rating("2026-11-20", overall: "level-3", standards: ["skin-integrity": "level-3"], approvals: [Self.safeguardingLead]))
        #expect(
            try without.check(asOf: Self.asOf).with(rule: "QI-A2").summaries(relativeTo: without.path) == [
                "\(Self.laterRating):15:10 error QI-A2"
            ])
        let with = try base.writing(
            Self.laterRating,
            Self.rating("2026-11-20", overall: "level-3", standards: ["skin-integrity": "level-3"], approvals: [Self.seniorLeader]))
        #expect(try with.check(asOf: Self.asOf).isEmpty)
    }

    // MARK: QI-R1..R3: the higher-risk standards decide the level

    @Test func r1ACriticalStandardAtLevel4ForcesTheOverallToLevel4() throws {
        let tree = try Self.tree().writing(
            Self.laterRating,
            Self.rating("2026-11-20", overall: "level-3", standards: ["nutrition-hydration": "level-4"], approvals: [Self.safeguardingLead])
        )
        let diagnostics = try tree.check(asOf: Self.asOf).with(rule: "QI-R1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.laterRating):15:10 error QI-R1"])
        #expect(diagnostics.first?.message == "overall is level 3 but critical standard 3 'nutrition-hydration' is level-4")
        #expect(diagnostics.first?.fix == "the overall must be level-4")
    }

    @Test func r1ANonCriticalStandardAtLevel4DoesNotForceLevel4() throws {
        let tree = try Self.tree().writing(
            Self.laterRating, Self.rating("2026-11-20", overall: "level-3", standards: ["contract-compliance": "level-4"]))
        let rules = try tree.check(asOf: Self.asOf).map(\.rule.rawValue)
        #expect(!rules.contains("QI-R1") && !rules.contains("QI-R2") && !rules.contains("QI-R3"))
    }

    @Test func r2ALevel2OverallWithAnyStandardAtLevel3IsAnError() throws {
        let path = "providers/weeping-cross-house/ratings/2026-11-20.yaml"
        let tree = try Self.tree().writing(
            path, Self.rating("2026-11-20", overall: "level-2", standards: ["leadership-continuity": "level-3"]))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-R2").summaries(relativeTo: tree.path) == ["\(path):15:10 error QI-R2"])
        let fine = try Self.tree().writing(
            path, Self.rating("2026-11-20", overall: "level-2", standards: ["leadership-continuity": "level-2"]))
        #expect(try fine.check(asOf: Self.asOf).isEmpty)
    }

    @Test func r3ALevel1OverallWithParticularConcernsIsAnError() throws {
        let path = "providers/weeping-cross-house/ratings/2026-11-20.yaml"
        let tree = try Self.tree().writing(
            path, Self.rating("2026-11-20", overall: "level-1", standards: ["people-views": "level-2"], actions: false))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-R3").summaries(relativeTo: tree.path) == ["\(path):15:10 error QI-R3"])
        let fine = try Self.tree().writing(
            path, Self.rating("2026-11-20", overall: "level-1", standards: ["people-views": "not-assessed"], actions: false))
        #expect(try fine.check(asOf: Self.asOf).isEmpty)
    }

    // MARK: QI-V2: levels 3 to 5 have an action plan

    @Test(arguments: ["level-3", "level-4", "level-5"])
    func v2ARatingAtLevel3OrAboveWithoutAnActionPlanIsAnError(level: String) throws {
        let path = "providers/weeping-cross-house/ratings/2026-11-20.yaml"
        let tree = try Self.tree().writing(path, Self.rating("2026-11-20", overall: level, actions: false))
        let diagnostics = try tree.check(asOf: Self.asOf).with(rule: "QI-V2")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(path):15:10 error QI-V2"])
        #expect(diagnostics.first?.severity == .error)
    }

    @Test func v2ALevel2RatingNeedsAnActionPlanOnlyWhenItsOutcomeFindsShortfalls() throws {
        let path = "providers/weeping-cross-house/ratings/2026-11-20.yaml"
        let plain = try Self.tree().writing(
            path, Self.rating("2026-11-20", overall: "level-2", standards: ["people-views": "level-2"], actions: false))
        #expect(try plain.check(asOf: Self.asOf).with(rule: "QI-V2").isEmpty)
        let shortfalls = try Self.tree().writing(
            path,
            Self.rating(
                "2026-11-20", overall: "level-2", standards: ["people-views": "level-2"], outcome: "partially-meets", actions: false))
        #expect(
            try shortfalls.check(asOf: Self.asOf).with(rule: "QI-V2").summaries(relativeTo: shortfalls.path) == [
                "\(path):16:10 error QI-V2"
            ])
    }

    // MARK: QI-V3: level 4 is reviewed every month

    @Test func v3ALevel4ProviderNotReviewedForAMonthIsAWarning() throws {
        let tree = try Self.tree()
        let diagnostics = try tree.check(asOf: "2026-12-15").with(rule: "QI-V3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.level4Rating):1:7 warning QI-V3"])
        #expect(
            diagnostics.first?.message.hasPrefix(
                "review overdue: the latest rating is from 2026-11-09, more than a month ago (due by 2026-12-09)") == true)
        #expect(try tree.check(asOf: "2026-12-09").with(rule: "QI-V3").isEmpty)
    }

    // MARK: The example directory

    @Test func theExampleDirectoryChecksWithNoErrorsAndShowsEveryLevel() throws {
        let root = FixtureTree.packageRoot.appendingPathComponent("examples/staffordshire").path
        let result = CheckedDirectory.run(root: root, asOf: try #require(Day(iso: Self.asOf)))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.summaries(relativeTo: root)) \(errors.map(\.message))")
        #expect(result.policy?.name == "staffordshire")
        #expect(result.states.count == 9)
        let shown = Set(result.states.map(\.light.key))
        #expect(shown == ["level-1", "level-2", "level-3", "level-4", "level-5", "not-yet-rated"])
    }
}
