/// Oxfordshire County Council's Quality Improvement Protocol (seed 000) and its Contracts & Quality Monitoring
/// Policy (seed 001): the built-in, default policy.
extension Policy {
    public static let oxfordshire = Policy(
        name: "oxfordshire",
        council: "Oxfordshire County Council",
        standards: [
            PolicyStandard(key: "leadership", number: 1, title: "Leadership and management", critical: false),
            PolicyStandard(key: "staffing", number: 2, title: "Staffing levels and recruitment", critical: false),
            PolicyStandard(key: "skills", number: 3, title: "Staff skills and training", critical: false),
            PolicyStandard(key: "personalisation", number: 4, title: "Approach to personalisation", critical: true),
            PolicyStandard(
                key: "care-planning", number: 5, title: "Care and support plans and risk assessments", critical: true),
            PolicyStandard(key: "health-safety", number: 6, title: "Health and safety", critical: true),
            PolicyStandard(key: "safeguarding", number: 7, title: "Safeguarding", critical: true),
            PolicyStandard(
                key: "quality-assurance", number: 8,
                title: "Service quality and quality assurance (including complaints)", critical: false),
            PolicyStandard(key: "involvement", number: 9, title: "Involvement and engagement", critical: false),
            PolicyStandard(key: "partnership", number: 10, title: "Partnership working", critical: false),
        ],
        lights: [
            LightLevel(
                key: "green", word: "Green", label: "Green", cssClass: "qi-light--green",
                guidance: "No quality restrictions on new placements."),
            LightLevel(
                key: "amber", word: "Amber", label: "Amber", cssClass: "qi-light--amber",
                guidance: "New placements or care package agreements only with caution and a risk assessment."),
            LightLevel(
                key: "red", word: "Red", label: "Red", cssClass: "qi-light--red",
                guidance: "Do not enter into new placements or care package agreements until the necessary "
                    + "improvements have been made."),
        ],
        notAssessed: Term("not-assessed", "Not assessed"),
        notYetRated: LightLevel(
            key: "not-yet-rated", word: "Not yet rated", label: "Not yet rated", cssClass: "qi-light--none",
            guidance: "Not yet rated: check with the Quality Improvement Team before placing."),
        overallRules: [
            .criticalForcesOverall(rule: "QI-R1", standardLight: "red", overallAtLeast: "red"),
            .overallRequires(rule: "QI-R2", overall: "amber", criticalIn: ["green", "amber"], noStandardIn: []),
            .overallRequires(rule: "QI-R3", overall: "green", criticalIn: ["green"], noStandardIn: ["red"]),
        ],
        processes: [
            ConcernProcess(
                key: "not-required", title: "Not required", floor: nil, chairRoles: [], closedByChairOnly: false,
                meetingDeadlineWorkingDays: nil),
            ConcernProcess(
                key: "standards-of-care", title: "Standards of Care", floor: "amber",
                chairRoles: [
                    "qi-officer", "qi-manager", "qi-lead", "safeguarding-manager", "safeguarding-ops-manager",
                    "head-of-safeguarding-children",
                ],
                closedByChairOnly: false, meetingDeadlineWorkingDays: 10),
            ConcernProcess(
                key: "serious-concerns", title: "Serious Concerns", floor: "red",
                chairRoles: [
                    "safeguarding-manager", "safeguarding-ops-manager", "head-of-safeguarding-children", "lado",
                    "qi-lead",
                ],
                closedByChairOnly: true, meetingDeadlineWorkingDays: 10),
        ],
        triggers: oxfordshireTriggers,
        liftApprovals: [
            LiftApproval(
                rule: "QI-A2", from: ["red"], to: ["amber", "green"],
                requirements: [
                    ApprovalRequirement(roles: ["qi-lead"]),
                    ApprovalRequirement(roles: ["safeguarding-ops-manager"], serviceAreas: ["live-well", "age-well"]),
                    ApprovalRequirement(roles: ["head-of-safeguarding-children"], serviceAreas: ["start-well"]),
                ]),
            LiftApproval(
                rule: "QI-A3", from: ["amber"], to: ["green"],
                requirements: [ApprovalRequirement(roles: ["qi-manager"])]),
        ],
        reviewCadenceMonths: 12,
        actionPlanWindowMonths: 3,
        actionPlanOutcomes: ["requires-improvement", "inadequate"],
        actionPlanLights: [],
        reviewLevels: [
            // The protocol sets risk by annual contract value and criticality without figures; these
            // thresholds are the directory's defaults and live here so a council can change them.
            ReviewLevel(
                level: 1, title: "Level 1: self-assessment",
                bases: [.selfAssessment, .desktopReview, .onSiteReview, .pamms], fromCriticality: nil,
                fromAnnualValue: nil),
            ReviewLevel(
                level: 2, title: "Level 2: desktop review", bases: [.desktopReview, .onSiteReview, .pamms],
                fromCriticality: .medium, fromAnnualValue: 250_000),
            ReviewLevel(
                level: 3, title: "Level 3: on-site review", bases: [.onSiteReview, .pamms],
                fromCriticality: .high, fromAnnualValue: 1_000_000),
        ],
        newServiceWindowMonths: 12,
        roles: [
            Term("qi-officer", "Quality Improvement Officer"),
            Term("qi-manager", "Quality Improvement Manager"),
            Term("qi-lead", "Quality Improvement Lead"),
            Term("safeguarding-manager", "Safeguarding Manager"),
            Term("safeguarding-ops-manager", "Safeguarding Operations Manager (adults)"),
            Term("head-of-safeguarding-children", "Head of Safeguarding (children's services)"),
            Term("lado", "Local Authority Designated Officer"),
            Term("commissioner", "Commissioner"),
        ],
        serviceTypes: [
            Term("care-home-residential", "Care home (residential)"),
            Term("care-home-nursing", "Care home (nursing)"),
            Term("home-care", "Home care"),
            Term("supported-living", "Supported living"),
            Term("extra-care", "Extra care housing"),
            Term("day-opportunities", "Day opportunities"),
            Term("advocacy", "Advocacy"),
            Term("children-residential", "Children's residential home"),
            Term("fostering", "Fostering agency"),
            Term("independent-school", "Independent special school"),
            Term("short-breaks", "Short breaks"),
            Term("other", "Other"),
        ],
        serviceAreas: [
            Term("start-well", "Start Well (children)"),
            Term("live-well", "Live Well (working-age adults)"),
            Term("age-well", "Age Well (older people)"),
        ],
        outcomes: [
            Term("good", "Good"),
            Term("requires-improvement", "Requires Improvement"),
            Term("inadequate", "Inadequate"),
        ]
    )

    private static let either = ["standards-of-care", "serious-concerns"]
    private static let standardsOfCare = ["standards-of-care"]
    private static let seriousConcerns = ["serious-concerns"]

    /// Annex 1: what may trigger a process, and which processes each leads to.
    static let oxfordshireTriggers: [Trigger] = [
        Trigger(code: "repeated-safeguarding-patterns", title: "Safeguarding alerts over 3 months with repeated, unremedied patterns", allows: either),
        Trigger(code: "ongoing-poor-quality", title: "Ongoing concerns of poor quality of care provision", allows: either),
        Trigger(code: "organisational-abuse", title: "Safeguarding/LADO investigation of organisational abuse, high risk to several people", allows: seriousConcerns),
        Trigger(code: "same-staff-multiple-alerts", title: "Multiple alerts naming the same staff member", allows: either),
        Trigger(code: "strategy-meeting-numerous-concerns", title: "Strategy/LADO meeting finds numerous concerns for all service users", allows: standardsOfCare),
        Trigger(code: "injury-or-neglect", title: "Injury or unexplained deterioration where poor practice or neglect is suspected", allows: seriousConcerns),
        Trigger(code: "medication-errors-harm", title: "Multiple medication errors leading to harm or risk of harm", allows: seriousConcerns),
        Trigger(code: "multiple-complaints", title: "Multiple complaints showing failure to address standards", allows: standardsOfCare),
        Trigger(code: "repeated-whistleblowing", title: "Multiple low/medium whistleblowing reports with unremedied patterns", allows: standardsOfCare),
        Trigger(code: "inspection-compliance-issues", title: "CQC, Ofsted or ISI reports highlighting compliance issues", allows: either),
        Trigger(code: "serious-crime", title: "Serious crime within the provider needing police involvement", allows: seriousConcerns),
        Trigger(code: "service-user-reviews-concern", title: "Several service user reviews raising concern about overall quality", allows: standardsOfCare),
        Trigger(code: "no-progress-on-corrective-action", title: "Contract or audit monitoring shows no progress on corrective actions", allows: standardsOfCare),
        Trigger(code: "numerous-quality-concerns", title: "Numerous concerns about overall quality for residents", allows: standardsOfCare),
        Trigger(code: "poor-recording", title: "Repeated poor or missing recording that could lead to harm", allows: standardsOfCare),
        Trigger(code: "medication-errors-low-harm", title: "Multiple medication errors with low/medium harm not addressed", allows: standardsOfCare),
        Trigger(code: "poor-recording-serious-incidents", title: "Poor recording of serious incidents with serious consequences", allows: seriousConcerns),
        Trigger(code: "leadership-instability", title: "Ongoing management instability affecting quality of care", allows: either),
        Trigger(code: "health-and-safety-unaddressed", title: "Health and safety concerns not being addressed", allows: either),
        Trigger(code: "unsuitable-admissions", title: "Admitting people whose needs cannot be met", allows: either),
        Trigger(code: "fraud", title: "Potential fraud identified", allows: either),
        Trigger(code: "poor-partner-relationships", title: "Poor relationships with partner or commissioning agencies", allows: either),
        Trigger(code: "other", title: "Anything else (the list is not exhaustive)", allows: either),
    ]
}
