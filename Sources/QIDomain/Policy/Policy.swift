/// A council's quality framework as data: standards, the light scale, the overall rules, concern processes, triggers,
/// approvals, review cadence and vocabulary.
///
/// Rules read everything council-specific from here.
public struct Policy: Sendable {
    public var name: String
    public var council: String
    /// The team that keeps the directory, as pages name it: "the Quality Improvement Team".
    public var team: String
    public var standards: [PolicyStandard]
    /// What the council calls its standards, as a heading and one of them: "Key lines of enquiry", "Key line of enquiry".
    public var standardsTitle: String
    public var standardTitle: String
    /// What the council calls its scale on pages: "Traffic light", "Quality threshold level".
    public var lightsTitle: String
    /// The light scale, least severe first (green, amber, red).
    public var lights: [LightLevel]
    /// The value a standard may take when it was not looked at; never an overall light.
    public var notAssessed: Term
    /// What the directory shows for a provider with no rating and no open concern.
    public var notYetRated: LightLevel
    /// QI-R1..R3 as data, checked in order; the first broken one is reported.
    public var overallRules: [OverallRule]
    /// Concern processes, lightest first (not required, Standards of Care, Serious Concerns).
    public var processes: [ConcernProcess]
    public var triggers: [Trigger]
    public var liftApprovals: [LiftApproval]
    /// QI-A5: lights that a rating must record as escalated to a role.
    public var escalations: [Escalation]
    /// QI-V3: every provider reviewed at least this often.
    public var reviewCadenceMonths: Int
    /// … or more often while at one of these lights (light key → months).
    public var reviewCadenceByLight: [String: Int]
    /// QI-V2/V3: actions should be due within this many months of their rating.
    public var actionPlanWindowMonths: Int
    /// QI-V2: rating outcomes that need an action plan.
    public var actionPlanOutcomes: [String]
    /// Lights that need an action plan whatever the outcome (none in Oxfordshire; Derby: amber and red).
    public var actionPlanLights: [String]
    /// QI-V1: review levels, lowest first.
    public var reviewLevels: [ReviewLevel]
    /// QI-V4: a provider commissioned within this many months is a new service and needs a pre-service check
    /// (0: the council has no pre-service check, and QI-V4 is off).
    public var newServiceWindowMonths: Int
    public var roles: [Term]
    public var serviceTypes: [Term]
    public var serviceAreas: [Term]
    public var outcomes: [Term]
    /// The sentences pages show beside the light when a review is overdue or a provider is suspended or closed.
    public var notices: PolicyNotices
    /// How far ahead the work list looks, in days (`--due-within` overrides it).
    public var dueWithinDays: Int
    /// QI-A1: whether a light above the least severe without an officer is an error (the framework assigns officers)
    /// or a warning.
    public var officerAssignment: OfficerAssignment

    public init(
        name: String, council: String, team: String = "the council's quality team", standards: [PolicyStandard],
        standardsTitle: String = "Standards", standardTitle: String = "Standard", lightsTitle: String = "Traffic light",
        lights: [LightLevel], notAssessed: Term, notYetRated: LightLevel, overallRules: [OverallRule],
        processes: [ConcernProcess], triggers: [Trigger], liftApprovals: [LiftApproval], escalations: [Escalation] = [],
        reviewCadenceMonths: Int, reviewCadenceByLight: [String: Int] = [:], actionPlanWindowMonths: Int,
        actionPlanOutcomes: [String], actionPlanLights: [String], reviewLevels: [ReviewLevel],
        newServiceWindowMonths: Int, roles: [Term], serviceTypes: [Term], serviceAreas: [Term], outcomes: [Term],
        notices: PolicyNotices? = nil, dueWithinDays: Int = 30, officerAssignment: OfficerAssignment = .required
    ) {
        self.name = name
        self.council = council
        self.team = team
        self.standards = standards
        self.standardsTitle = standardsTitle
        self.standardTitle = standardTitle
        self.lightsTitle = lightsTitle
        self.lights = lights
        self.notAssessed = notAssessed
        self.notYetRated = notYetRated
        self.overallRules = overallRules
        self.processes = processes
        self.triggers = triggers
        self.liftApprovals = liftApprovals
        self.escalations = escalations
        self.reviewCadenceMonths = reviewCadenceMonths
        self.reviewCadenceByLight = reviewCadenceByLight
        self.actionPlanWindowMonths = actionPlanWindowMonths
        self.actionPlanOutcomes = actionPlanOutcomes
        self.actionPlanLights = actionPlanLights
        self.reviewLevels = reviewLevels
        self.newServiceWindowMonths = newServiceWindowMonths
        self.roles = roles
        self.serviceTypes = serviceTypes
        self.serviceAreas = serviceAreas
        self.outcomes = outcomes
        self.notices = notices ?? PolicyNotices.defaults(team: team)
        self.dueWithinDays = dueWithinDays
        self.officerAssignment = officerAssignment
    }

    // MARK: Look-ups

    public func light(_ key: String) -> LightLevel? {
        lights.first { $0.key == key }
    }

    /// 0 for the least severe light; nil for a key that is not on the scale.
    public func rank(of light: String) -> Int? {
        lights.firstIndex { $0.key == light }
    }

    /// The stricter of two lights (nil means "no light").
    public func stricter(_ lhs: String?, _ rhs: String?) -> String? {
        guard let lhs, let lhsRank = rank(of: lhs) else { return rhs }
        guard let rhs, let rhsRank = rank(of: rhs) else { return lhs }
        return rhsRank > lhsRank ? rhs : lhs
    }

    public func standard(_ key: String) -> PolicyStandard? {
        standards.first { $0.key == key }
    }

    public func process(_ key: String) -> ConcernProcess? {
        processes.first { $0.key == key }
    }

    public func processSeverity(_ key: String) -> Int? {
        processes.firstIndex { $0.key == key }
    }

    public func trigger(_ code: String) -> Trigger? {
        triggers.first { $0.code == code }
    }

    public func role(_ key: String) -> Term? {
        roles.first { $0.key == key }
    }

    public func roleTitle(_ key: String) -> String {
        role(key)?.title ?? key
    }

    /// QI-V3: how often a provider at `light` is reviewed, in months.
    public func reviewCadence(at light: String?) -> Int {
        light.flatMap { reviewCadenceByLight[$0] }.map { min($0, reviewCadenceMonths) } ?? reviewCadenceMonths
    }

    /// Light keys a standard may take: the scale plus "not assessed".
    public var standardLightKeys: [String] {
        lights.map(\.key) + [notAssessed.key]
    }
}

/// A key and its words, for any policy vocabulary (roles, service types, outcomes).
public struct Term: Hashable, Sendable {
    public var key: String
    public var title: String

    public init(_ key: String, _ title: String) {
        self.key = key
        self.title = title
    }
}

/// One of the standards a rating assesses.
public struct PolicyStandard: Hashable, Sendable {
    public var key: String
    public var number: Int
    public var title: String
    /// Critical standards decide the overall light (QI-R1..R3).
    public var critical: Bool

    public init(key: String, number: Int, title: String, critical: Bool) {
        self.key = key
        self.number = number
        self.title = title
        self.critical = critical
    }
}

/// A step on the light scale and what it means for a placement.
public struct LightLevel: Hashable, Sendable {
    public var key: String
    /// The word shown with the colour, so that colour never carries the meaning alone ("Red").
    public var word: String
    /// The council's own name for the level ("Not Assured", "Level 3").
    public var label: String
    public var cssClass: String
    /// Placement guidance shown with the light.
    public var guidance: String

    /// The theme's class for a tag with no colour of its own ("not yet rated", "not assessed", a light a policy
    /// gives no class): the one place that names it.
    public static let neutralCSSClass = "qi-light--none"

    public init(key: String, word: String, label: String, cssClass: String, guidance: String) {
        self.key = key
        self.word = word
        self.label = label
        self.cssClass = cssClass
        self.guidance = guidance
    }
}

/// A rule linking the critical standards to the overall light.
public enum OverallRule: Hashable, Sendable {
    /// Any critical standard at `standardLight` forces the overall to at least `overallAtLeast` (QI-R1).
    case criticalForcesOverall(rule: RuleID, standardLight: String, overallAtLeast: String)
    /// An overall of `overall` needs every critical standard in `criticalIn` (empty: no limit) and no standard
    /// at all in `noStandardIn` (QI-R2, QI-R3).
    case overallRequires(rule: RuleID, overall: String, criticalIn: [String], noStandardIn: [String])

    public var rule: RuleID {
        switch self {
        case .criticalForcesOverall(let rule, _, _), .overallRequires(let rule, _, _, _): return rule
        }
    }
}

/// A concern or escalation process and what it means while open.
public struct ConcernProcess: Hashable, Sendable {
    public var key: String
    public var title: String
    /// The light the provider shows at least while the process is open (QI-C1); nil for none.
    public var floor: String?
    /// Roles any one of which the chair must hold (QI-C5); empty: no chair needed.
    public var chairRoles: [String]
    /// Only the chair may close it (QI-C4).
    public var closedByChairOnly: Bool
    /// A provider meeting within this many working days of being raised (QI-C3); nil: no deadline.
    public var meetingDeadlineWorkingDays: Int?

    public init(
        key: String, title: String, floor: String?, chairRoles: [String], closedByChairOnly: Bool,
        meetingDeadlineWorkingDays: Int?
    ) {
        self.key = key
        self.title = title
        self.floor = floor
        self.chairRoles = chairRoles
        self.closedByChairOnly = closedByChairOnly
        self.meetingDeadlineWorkingDays = meetingDeadlineWorkingDays
    }
}

/// A trigger (Annex 1) and the processes it may lead to (QI-C2).
public struct Trigger: Hashable, Sendable {
    public var code: String
    public var title: String
    public var allows: [String]

    public init(code: String, title: String, allows: [String]) {
        self.code = code
        self.title = title
        self.allows = allows
    }
}

/// Approvals needed to lift a light (QI-A2, QI-A3): every requirement that applies must be met.
public struct LiftApproval: Hashable, Sendable {
    public var rule: RuleID
    public var from: [String]
    public var to: [String]
    public var requirements: [ApprovalRequirement]

    public init(rule: RuleID, from: [String], to: [String], requirements: [ApprovalRequirement]) {
        self.rule = rule
        self.from = from
        self.to = to
        self.requirements = requirements
    }
}

/// A light that is escalated (QI-A5): a rating at one of `lights` records an approval by one of `roles`.
public struct Escalation: Hashable, Sendable {
    public var lights: [String]
    public var roles: [String]
    /// What the escalation is, for messages: "Focused contract review by the lead commissioner".
    public var title: String
    /// Applies only to providers in any of these service areas; nil: to every provider.
    public var serviceAreas: [String]?

    public init(lights: [String], roles: [String], title: String, serviceAreas: [String]? = nil) {
        self.lights = lights
        self.roles = roles
        self.title = title
        self.serviceAreas = serviceAreas
    }
}

/// One approval that must be present: by someone holding any of `roles`.
public struct ApprovalRequirement: Hashable, Sendable {
    public var roles: [String]
    /// Applies only to providers in any of these service areas; nil: to every provider.
    public var serviceAreas: [String]?

    public init(roles: [String], serviceAreas: [String]? = nil) {
        self.roles = roles
        self.serviceAreas = serviceAreas
    }
}

/// A review level (QI-V1) and the risk that calls for it.
public struct ReviewLevel: Hashable, Sendable {
    public var level: Int
    public var title: String
    /// Rating bases that count as a review at this level.
    public var bases: [RatingBasis]
    /// The level is needed when criticality is at least this.
    public var fromCriticality: Criticality?
    /// … or the annual contract value is at least this (GBP).
    public var fromAnnualValue: Int?

    public init(level: Int, title: String, bases: [RatingBasis], fromCriticality: Criticality?, fromAnnualValue: Int?) {
        self.level = level
        self.title = title
        self.bases = bases
        self.fromCriticality = fromCriticality
        self.fromAnnualValue = fromAnnualValue
    }
}
