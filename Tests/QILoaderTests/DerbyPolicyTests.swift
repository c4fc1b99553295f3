import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// The Derby policy (ASC Quality Monitoring Team Quality Assurance Protocol 2024, seed 003) end to end: quality
/// audits rated Assured / Somewhat Assured / Not Assured (green, amber, red); an amber or red rating has an agreed
/// action plan and is escalated to the lead commissioner for a focused contract review and to Adult Social Care
/// for assurances around customer safety; the market sectors as service types.
///
/// The fixture `derby-minimal` checks clean on 2026-11-23: Cedar Grove Care Home (Assured, audited 17 March 2026)
/// and Trent Valley Home Care (Somewhat Assured on 15 September 2026, escalated to both, one open action).
@Suite struct DerbyPolicyTests {
    static let asOf = "2026-11-23"
    static let cedarRating = "providers/cedar-grove-care-home/ratings/2026-03-17.yaml"
    static let trentRating = "providers/trent-valley-home-care/ratings/2026-09-15.yaml"
    static let trentConcern = "providers/trent-valley-home-care/concerns/2026-11-02-missed-calls.yaml"
    static let cedarConcern = "providers/cedar-grove-care-home/concerns/2026-11-02-complaints.yaml"

    static func tree() throws -> FixtureTree {
        try FixtureTree.named("derby-minimal")
    }

    static let checks = [
        "safe-care", "safeguarding", "personalised-care", "customer-voice", "leadership", "workforce",
        "quality-improvement", "partnership",
    ]

    /// A rating with the eight quality checks (all `green` unless `standards` says otherwise); the overall is on line
    /// 13 and the outcome, when given, on line 14.
    ///
    /// Actions are done on the rating's day (never overdue).
    static func rating(
        _ date: String, overall: String, standards: [String: String] = [:], outcome: String? = nil,
        approvals: [String] = [], actions: Bool = false
    ) -> String {
        RatingText.make(
            date: date, officer: "sunita-bains", standards: checks, defaultLight: "green", lights: standards, overall: overall,
            outcome: outcome, approvals: approvals,
            action: actions
                ? "{id: A1, standard: safe-care, action: Put it right., owner: provider, due: \(date), status: done, done: \(date)}" : nil)
    }

    static let leadCommissioner = "officer: matthew-pearce, role: lead-commissioner"
    static let ascManager = "officer: bernadette-cole, role: asc-manager"
    static let seniorQMO = "officer: lorraine-hickling, role: senior-qmo"
    static let escalated = [leadCommissioner, ascManager]

    /// A concern process; the trigger is on line 4, the chair on line 7, the first meeting's date on line 10
    /// (column 12), and a closing line, when given, on line 13.
    static func concern(
        _ raised: String, process: String, chair: String, trigger: String = "complaints", meeting: String,
        closedBy: String? = nil
    ) -> String {
        var text = """
            raised: \(raised)
            title: "Missed and late calls"
            sources: [complaints]
            triggers: [\(trigger)]
            process: \(process)
            risk: medium
            chair: \(chair)
            lead: sunita-bains
            meetings:
              - {date: \(meeting), kind: provider}
            actions: []

            """
        if let closedBy {
            text += "status: closed\nclosed: {date: 2026-11-20, by: \(closedBy), outcome: resolved}\n"
        } else {
            text += "status: open\n"
        }
        return text
    }

    // MARK: The policy file

    @Test func thePolicyHoldsTheAuditRatingsTheEscalationsAndTheMarketSectors() throws {
        let policy = try #require(PolicyLibrary.builtIn(named: "derby"))
        #expect(policy.council == "Derby City Council")
        #expect(policy.lightsTitle == "Quality audit rating")
        #expect(policy.lights.map(\.key) == ["green", "amber", "red"])
        #expect(policy.lights.map(\.word) == ["Assured", "Somewhat Assured", "Not Assured"])
        #expect(policy.lights.map(\.cssClass) == ["qi-light--green", "qi-light--amber", "qi-light--red"])
        #expect(
            policy.lights.map(\.label) == [
                "Green: Assured (good)", "Amber: Somewhat Assured (requires improvement)", "Red: Not Assured (inadequate)",
            ])
        #expect(policy.lights[0].guidance.hasPrefix("Good: the service is performing well and meeting our expectations."))
        #expect(policy.lights[1].guidance.hasPrefix("Requires improvement: the service is not performing as well as expected"))
        #expect(policy.lights[2].guidance.hasPrefix("Inadequate: the service is performing badly."))
        #expect(policy.notYetRated.word == "Not yet audited")
        #expect(policy.standards.filter(\.critical).map(\.key) == ["safe-care", "safeguarding", "personalised-care"])
        #expect(policy.actionPlanLights == ["amber", "red"])
        #expect(policy.actionPlanOutcomes == ["requires-improvement", "inadequate"])
        #expect(policy.escalations.map(\.lights) == [["amber", "red"], ["amber", "red"]])
        #expect(policy.escalations.map(\.roles) == [["lead-commissioner"], ["asc-manager"]])
        #expect(policy.roleTitle("lead-commissioner") == "Lead Commissioner")
        #expect(
            policy.serviceTypes.map(\.key) == [
                "care-home-residential", "care-home-nursing", "extra-care", "home-care", "supported-living",
                "day-opportunities", "advocacy", "other",
            ])
        #expect(policy.reviewCadence(at: "green") == 12)
        #expect(policy.reviewCadence(at: "amber") == 6)
        #expect(policy.reviewCadence(at: "red") == 3)
        #expect(
            policy.processes.map(\.key) == [
                "not-required", "quality-monitoring-visit", "organisational-safeguarding", "placement-suspension",
            ])
        let decoded = PolicyLibrary.decode(Array(try #require(PolicyLibrary.builtInText(named: "derby")).utf8), file: "derby.yaml")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.message))")
    }

    @Test func theMinimalTreeChecksClean() throws {
        let tree = try Self.tree()
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.isEmpty, "\(diagnostics.summaries(relativeTo: tree.path)) \(diagnostics.map(\.message))")
        #expect(try tree.state(of: "cedar-grove-care-home", asOf: Self.asOf).light.word == "Assured")
        #expect(try tree.state(of: "trent-valley-home-care", asOf: Self.asOf).light.word == "Somewhat Assured")
    }

    @Test func theExampleDirectoryChecksWithNoErrors() throws {
        let root = FixtureTree.packageRoot.appendingPathComponent("examples/derby").path
        let result = CheckedDirectory.run(root: root, asOf: try #require(Day(iso: Self.asOf)))
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(result.policy?.name == "derby")
        #expect(errors.isEmpty, "\(errors.summaries(relativeTo: root)) \(errors.map(\.message))")
        // Every rating on the scale and a provider not yet audited.
        #expect(Set(result.states.map(\.light.key)) == ["green", "amber", "red", "not-yet-rated"])
    }

    // MARK: QI-V2: an amber or red rating has an action plan

    @Test func v2ASomewhatAssuredRatingWithoutAnActionPlanIsAnError() throws {
        let tree = try Self.tree().writing(
            Self.trentRating,
            Self.rating(
                "2026-09-15", overall: "amber", standards: ["workforce": "amber"], approvals: Self.escalated))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-V2")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 error QI-V2"])
        #expect(
            found.first?.message.contains("a rating of Amber: Somewhat Assured (requires improvement) needs an action plan") == true,
            "\(found.map(\.message))")
    }

    @Test func v2ANotAssuredRatingWithoutAnActionPlanIsAnError() throws {
        let tree = try Self.tree().writing(
            Self.trentRating,
            Self.rating(
                "2026-09-15", overall: "red", standards: ["safe-care": "red"], approvals: Self.escalated))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-V2")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 error QI-V2"])
    }

    @Test func v2ARequiresImprovementOutcomeWithoutAnActionPlanIsAnError() throws {
        let tree = try Self.tree().writing(
            Self.trentRating,
            Self.rating(
                "2026-09-15", overall: "amber", standards: ["workforce": "amber"], outcome: "requires-improvement",
                approvals: Self.escalated))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-V2")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):14:10 error QI-V2"])
    }

    @Test func v2ASomewhatAssuredRatingWithAnActionPlanIsFine() throws {
        let tree = try Self.tree().writing(
            Self.trentRating,
            Self.rating(
                "2026-09-15", overall: "amber", standards: ["workforce": "amber"], approvals: Self.escalated, actions: true))
        let diagnostics = try tree.check(asOf: Self.asOf)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
    }

    @Test func v2AnAssuredRatingNeedsNoActionPlan() throws {
        let tree = try Self.tree().writing(Self.cedarRating, Self.rating("2026-03-17", overall: "green"))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-V2").isEmpty)
    }

    // MARK: QI-A5: amber and red are escalated to the lead commissioner and to Adult Social Care

    @Test func a5ASomewhatAssuredRatingNotEscalatedToTheLeadCommissionerIsAnError() throws {
        let tree = try Self.tree().editing(
            Self.trentRating, replacing: "  - {officer: matthew-pearce, role: lead-commissioner, date: 2026-09-18}\n", with: "")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 error QI-A5"], "\(found.map(\.message))")
        #expect(
            found.first?.message.contains(
                "a rating of Somewhat Assured is escalated to the Lead Commissioner (Focused contract review by the lead commissioner for the market area)"
            ) == true,
            "\(found.map(\.message))")
    }

    @Test func a5ASomewhatAssuredRatingNotEscalatedToAdultSocialCareIsAnError() throws {
        let tree = try Self.tree().editing(
            Self.trentRating, replacing: "  - {officer: bernadette-cole, role: asc-manager, date: 2026-09-21}\n", with: "")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 error QI-A5"], "\(found.map(\.message))")
        #expect(found.first?.message.contains("Adult Social Care operational manager") == true, "\(found.map(\.message))")
    }

    @Test func a5ANotAssuredRatingEscalatedToNobodyIsTwoErrors() throws {
        let tree = try Self.tree().writing(
            Self.trentRating,
            Self.rating(
                "2026-09-15", overall: "red", standards: ["safeguarding": "red"], actions: true))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-A5")
        #expect(
            found.summaries(relativeTo: tree.path) == [
                "\(Self.trentRating):13:10 error QI-A5", "\(Self.trentRating):13:10 error QI-A5",
            ])
    }

    @Test func a5AnEscalationRecordedBySomeoneWithoutTheRoleIsAnError() throws {
        let tree = try Self.tree().editing(
            Self.trentRating, replacing: "officer: matthew-pearce, role: lead-commissioner",
            with: "officer: sunita-bains, role: lead-commissioner")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):17:35 error QI-A4"], "\(found.map(\.message))")
    }

    @Test func a5AnAssuredRatingIsNotEscalated() throws {
        let tree = try Self.tree().writing(Self.cedarRating, Self.rating("2026-03-17", overall: "green"))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-A5").isEmpty)
    }

    // MARK: QI-R1, QI-R3: the quality checks decide the rating

    @Test func r1ACriticalCheckAtRedMakesTheAuditNotAssured() throws {
        let tree = try Self.tree().editing(Self.trentRating, replacing: "  safe-care: green", with: "  safe-care: red")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 error QI-R1"], "\(found.map(\.message))")
        #expect(found.first?.message == "overall is somewhat assured but critical standard 1 'safe-care' is red")
    }

    @Test func r1AnotherCheckAtRedAllowsSomewhatAssured() throws {
        let tree = try Self.tree().editing(Self.trentRating, replacing: "  leadership: green", with: "  leadership: red")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    @Test func r3AnAssuredAuditNeedsEveryCheckAssured() throws {
        let tree = try Self.tree().editing(Self.cedarRating, replacing: "  workforce: green", with: "  workforce: amber")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cedarRating):13:10 error QI-R3"], "\(found.map(\.message))")
        #expect(found.first?.message == "overall is assured but standard 6 'workforce' is amber")
    }

    @Test func r3AnAssuredAuditNeedsEveryCriticalCheckLookedAt() throws {
        let tree = try Self.tree().editing(
            Self.cedarRating, replacing: "  personalised-care: green", with: "  personalised-care: not-assessed")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cedarRating):13:10 error QI-R3"], "\(found.map(\.message))")
    }

    @Test func r3AnotherCheckNotLookedAtAllowsAssured() throws {
        let tree = try Self.tree().editing(Self.cedarRating, replacing: "  partnership: green", with: "  partnership: not-assessed")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    // MARK: QI-A2, QI-A3: lifting a rating

    /// Trent Valley Not Assured in June, before the Somewhat Assured audit of September.
    static func notAssuredInJune() throws -> FixtureTree {
        try tree().writing(
            "providers/trent-valley-home-care/ratings/2026-06-16.yaml",
            rating(
                "2026-06-16", overall: "red", standards: ["safeguarding": "red"], approvals: escalated, actions: true))
    }

    @Test func a2LiftingNotAssuredNeedsTheSeniorQMO() throws {
        let tree = try Self.notAssuredInJune()
        let found = try tree.check(asOf: Self.asOf)
        // One needed approval is recorded and one is not: the lift awaits it (a warning; the earlier light holds).
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 warning QI-A2"], "\(found.map(\.message))")
        #expect(
            found.first?.message.contains("awaits the approval of the Senior Quality Monitoring Officer") == true, "\(found.map(\.message))"
        )
    }

    @Test func a2LiftingNotAssuredToAssuredNeedsTheLeadCommissioner() throws {
        let tree = try Self.notAssuredInJune().writing(
            Self.trentRating,
            Self.rating(
                "2026-09-15", overall: "green", approvals: [Self.seniorQMO]))
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 warning QI-A2"], "\(found.map(\.message))")
        #expect(found.first?.message.contains("awaits the approval of the Lead Commissioner") == true, "\(found.map(\.message))")
    }

    @Test func a2LiftingNotAssuredWithTheSeniorQMOAndTheLeadCommissionerIsFine() throws {
        let tree = try Self.notAssuredInJune().editing(
            Self.trentRating, replacing: "approvals:\n", with: "approvals:\n  - {\(Self.seniorQMO), date: 2026-09-16}\n")
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.isEmpty, "\(found.map(\.message))")
    }

    static let laterTrentRating = "providers/trent-valley-home-care/ratings/2026-11-20.yaml"

    @Test func a3LiftingSomewhatAssuredToAssuredNeedsTheSeniorQMO() throws {
        let tree = try Self.tree().writing(Self.laterTrentRating, Self.rating("2026-11-20", overall: "green"))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-A3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.laterTrentRating):13:10 error QI-A3"])
        #expect(
            found.first?.message.contains(
                "lifted from amber (2026-09-15) to green without the approval of the Senior Quality Monitoring Officer") == true,
            "\(found.map(\.message))")
    }

    @Test func a3LiftingSomewhatAssuredWithTheSeniorQMOIsFine() throws {
        let tree = try Self.tree().writing(Self.laterTrentRating, Self.rating("2026-11-20", overall: "green", approvals: [Self.seniorQMO]))
        #expect(try tree.check(asOf: Self.asOf).with(rule: "QI-A3").isEmpty)
    }

    // MARK: QI-V3: re-audited within 6 months at amber, 3 at red, 12 otherwise

    @Test func v3ASomewhatAssuredProviderNotReauditedWithinSixMonthsIsOverdue() throws {
        let tree = try Self.tree()
        let found = try tree.check(asOf: "2027-03-16").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):1:7 warning QI-V3"], "\(found.map(\.message))")
        #expect(
            found.first?.message.contains("(due by 2027-03-15) (Somewhat Assured is reviewed every 6 months)") == true,
            "\(found.map(\.message))")
    }

    @Test func v3ASomewhatAssuredProviderReauditedWithinSixMonthsIsFine() throws {
        #expect(try Self.tree().check(asOf: "2027-03-15").with(rule: "QI-V3").isEmpty)
    }

    @Test func v3ANotAssuredProviderNotReauditedWithinThreeMonthsIsOverdue() throws {
        let tree = try Self.tree().writing(
            Self.trentRating,
            Self.rating(
                "2026-09-15", overall: "red", standards: ["safe-care": "red"], approvals: Self.escalated, actions: true))
        #expect(try tree.check(asOf: "2026-12-15").with(rule: "QI-V3").isEmpty)
        let found = try tree.check(asOf: "2026-12-16").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):1:7 warning QI-V3"], "\(found.map(\.message))")
        #expect(found.first?.message.contains("(Not Assured is reviewed every 3 months)") == true, "\(found.map(\.message))")
    }

    @Test func v3AnAssuredProviderIsReauditedEveryYear() throws {
        let tree = try Self.tree().writing(Self.trentRating, Self.rating("2026-09-15", overall: "green"))
        #expect(try tree.check(asOf: "2027-03-17").with(rule: "QI-V3").isEmpty)
        let found = try tree.check(asOf: "2027-03-18").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cedarRating):1:7 warning QI-V3"], "\(found.map(\.message))")
    }

    // MARK: Processes: who leads them, what they hold the rating at, who closes them

    @Test func c5AnOrganisationalSafeguardingEnquiryLedByAQMOIsAnError() throws {
        let tree = try Self.tree().writing(
            Self.trentConcern,
            Self.concern(
                "2026-11-02", process: "organisational-safeguarding", chair: "sunita-bains", trigger: "individual-safeguarding",
                meeting: "2026-11-05"))
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentConcern):7:8 error QI-C5"], "\(found.map(\.message))")
        #expect(found.first?.message.contains("cannot chair") == true, "\(found.map(\.message))")
        #expect(
            found.first?.fix == "the chair must be one of: Senior Quality Monitoring Officer, Multi-Agency Safeguarding Hub (MASH) manager")
    }

    @Test func c5AnOrganisationalSafeguardingEnquiryLedByTheSeniorQMOOrMASHIsFine() throws {
        for chair in ["lorraine-hickling", "imran-hussain"] {
            let tree = try Self.tree().writing(
                Self.trentConcern,
                Self.concern(
                    "2026-11-02", process: "organisational-safeguarding", chair: chair, trigger: "individual-safeguarding",
                    meeting: "2026-11-05"))
            let found = try tree.check(asOf: Self.asOf)
            #expect(found.isEmpty, "\(chair): \(found.map(\.message))")
        }
    }

    @Test func c5APlacementSuspensionIsTheLeadCommissioners() throws {
        let tree = try Self.tree().writing(
            Self.trentConcern,
            Self.concern(
                "2026-11-02", process: "placement-suspension", chair: "lorraine-hickling", trigger: "immediate-risk-to-customers",
                meeting: "2026-11-05"))
        let found = try tree.check(asOf: Self.asOf).with(rule: "QI-C5")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentConcern):7:8 error QI-C5"])
        #expect(found.first?.fix == "the chair must be one of: Lead Commissioner")
    }

    @Test func c1AnOpenPlacementSuspensionHoldsTheProviderAtNotAssured() throws {
        let tree = try Self.tree().writing(
            Self.trentConcern,
            Self.concern(
                "2026-11-02", process: "placement-suspension", chair: "matthew-pearce", trigger: "immediate-risk-to-customers",
                meeting: "2026-11-05"))
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.trentRating):13:10 warning QI-C1"], "\(found.map(\.message))")
        let state = try tree.state(of: "trent-valley-home-care", asOf: Self.asOf)
        #expect(state.light.word == "Not Assured")
    }

    @Test func c1AnOpenOrganisationalSafeguardingEnquiryHoldsAnAssuredProviderAtSomewhatAssured() throws {
        let tree = try Self.tree().writing(
            Self.cedarConcern,
            Self.concern(
                "2026-11-02", process: "organisational-safeguarding", chair: "imran-hussain", trigger: "organisational-safeguarding",
                meeting: "2026-11-05"))
        let found = try tree.check(asOf: Self.asOf)
        #expect(
            found.with(rule: "QI-C1").summaries(relativeTo: tree.path) == ["\(Self.cedarRating):13:10 warning QI-C1"],
            "\(found.map(\.message))")
        #expect(found.filter { $0.severity == .error }.isEmpty, "\(found.map(\.message))")
        // Held at Somewhat Assured, the provider is due a new audit within 6 months of March's: overdue now.
        #expect(
            found.with(rule: "QI-V3").first?.message.contains("(Somewhat Assured is reviewed every 6 months)") == true,
            "\(found.map(\.message))")
        #expect(try tree.state(of: "cedar-grove-care-home", asOf: Self.asOf).light.word == "Somewhat Assured")
    }

    @Test func c1AnOpenQualityMonitoringVisitLeavesTheRatingToTheVisit() throws {
        let tree = try Self.tree().writing(
            Self.cedarConcern,
            Self.concern(
                "2026-11-02", process: "quality-monitoring-visit", chair: "sunita-bains", meeting: "2026-11-05"))
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.isEmpty, "\(found.map(\.message))")
        #expect(try tree.state(of: "cedar-grove-care-home", asOf: Self.asOf).light.word == "Assured")
    }

    @Test func c3AQualityMonitoringVisitMoreThanTenWorkingDaysAfterTheConcernIsLate() throws {
        // Raised Monday 2 November 2026: the tenth working day after is Monday 16 November.
        let late = try Self.tree().writing(
            Self.cedarConcern,
            Self.concern(
                "2026-11-02", process: "quality-monitoring-visit", chair: "sunita-bains", meeting: "2026-11-17"))
        let found = try late.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: late.path) == ["\(Self.cedarConcern):10:12 warning QI-C3"], "\(found.map(\.message))")
        let onTime = try Self.tree().writing(
            Self.cedarConcern,
            Self.concern(
                "2026-11-02", process: "quality-monitoring-visit", chair: "sunita-bains", meeting: "2026-11-16"))
        #expect(try onTime.check(asOf: Self.asOf).isEmpty)
    }

    @Test func c2AnImmediateRiskToCustomersNeedsMoreThanAVisit() throws {
        let tree = try Self.tree().writing(
            Self.cedarConcern,
            Self.concern(
                "2026-11-02", process: "quality-monitoring-visit", chair: "sunita-bains", trigger: "immediate-risk-to-customers",
                meeting: "2026-11-05"))
        let found = try tree.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.cedarConcern):4:12 warning QI-C2"], "\(found.map(\.message))")
    }

    @Test func c4OnlyTheLeadCommissionerWhoSuspendedPlacementsLiftsTheSuspension() throws {
        let byOther = try Self.tree().writing(
            Self.trentConcern,
            Self.concern(
                "2026-11-02", process: "placement-suspension", chair: "matthew-pearce", trigger: "immediate-risk-to-customers",
                meeting: "2026-11-05", closedBy: "lorraine-hickling"))
        let found = try byOther.check(asOf: Self.asOf)
        #expect(found.summaries(relativeTo: byOther.path) == ["\(Self.trentConcern):13:32 error QI-C4"], "\(found.map(\.message))")
        let byChair = try Self.tree().writing(
            Self.trentConcern,
            Self.concern(
                "2026-11-02", process: "placement-suspension", chair: "matthew-pearce", trigger: "immediate-risk-to-customers",
                meeting: "2026-11-05", closedBy: "matthew-pearce"))
        #expect(try byChair.check(asOf: Self.asOf).isEmpty)
    }
}
