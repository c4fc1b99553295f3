/// QI-A1: every light above the least severe has an assigned officer (on the latest rating or on the provider).
public struct OfficerAssignedRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-A1"] }
    public var summary: String { "Every light above the least severe has an assigned officer." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers where Self.lacksOfficer(provider, context) {
            let light = context.states[provider.id]?.light.word.lowercased() ?? ""
            diagnostics.append(.warning("QI-A1", at: provider.name.location, "the provider is \(light) but no officer is assigned", fix: "add 'officer: OFFICER' to provider.yaml or to the latest rating"))
        }
    }

    static func lacksOfficer(_ provider: Provider, _ context: EvaluationContext) -> Bool {
        guard provider.status.value != .closed, let state = context.states[provider.id], state.hasLight,
            let rank = context.policy.severity(of: state.light.key), rank > 0
        else { return false }
        return context.owningOfficer(of: provider) == nil
    }
}

/// QI-A2, QI-A3: lifting a light needs the approvals the policy names.
public struct LiftApprovalRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-A2", "QI-A3"] }
    public var summary: String { "Lifting a light needs the approvals the policy names." }

    public func summary(of id: RuleID) -> String {
        switch id.rawValue {
        case "QI-A2": return "Lifting the worst light needs the approvals the policy names."
        case "QI-A3": return "Lifting another light needs the approvals the policy names."
        default: return summary
        }
    }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            let providerAreas = Set(provider.serviceAreas.map(\.value))
            for (previous, rating) in zip(provider.ratings, provider.ratings.dropFirst()) {
                for lift in context.policy.liftApprovals where lift.from.contains(previous.overall.value) && lift.to.contains(rating.overall.value) {
                    for requirement in lift.requirements where requirement.serviceAreas.map({ !providerAreas.isDisjoint(with: $0) }) ?? true {
                        guard !rating.approvals.contains(where: { requirement.roles.contains($0.role.value) }) else { continue }
                        let roles = requirement.roles.map { context.policy.roleTitle($0) }.joined(separator: " or ")
                        diagnostics.append(.error(
                            lift.rule, at: rating.overall.location,
                            "the light is lifted from \(previous.overall.value) (\(previous.date.value)) to \(rating.overall.value) without the approval of the \(roles)",
                            fix: "add '{officer: OFFICER, role: \(requirement.roles[0]), date: YYYY-MM-DD}' under approvals once they have approved"))
                    }
                }
            }
        }
    }
}

/// QI-A5: a rating at a light the policy escalates records the escalation: an approval by one of the roles the
/// policy names (Derby: amber and red go to the lead commissioner).
public struct EscalationRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-A5"] }
    public var summary: String { "A rating at a light the policy escalates records an approval by the role it escalates to." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            let providerAreas = Set(provider.serviceAreas.map(\.value))
            let escalations = policy.escalations.filter { $0.serviceAreas.map { !providerAreas.isDisjoint(with: $0) } ?? true }
            for rating in provider.ratings {
                for escalation in escalations where escalation.lights.contains(rating.overall.value) {
                    guard !rating.approvals.contains(where: { escalation.roles.contains($0.role.value) }) else { continue }
                    let roles = escalation.roles.map { policy.roleTitle($0) }.joined(separator: " or ")
                    let word = policy.light(rating.overall.value)?.word ?? rating.overall.value
                    diagnostics.append(.error(
                        "QI-A5", at: rating.overall.location,
                        "a rating of \(word) is escalated to the \(roles) (\(escalation.title)), but no approval records it",
                        fix: "add '{officer: OFFICER, role: \(escalation.roles[0]), date: YYYY-MM-DD}' under approvals once it is escalated"))
                }
            }
        }
    }
}

/// QI-A4: an approver holds the role they approve as, and approves on or after the rating's date.
public struct ApproverRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-A4"] }
    public var summary: String { "An approver holds the named role and approves on or after the rating's date." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for rating in provider.ratings {
                for approval in rating.approvals {
                    if let officer = context.officer(approval.officer.value), !officer.holds(approval.role.value) {
                        diagnostics.append(.error(
                            "QI-A4", at: approval.role.location,
                            "\(context.officerName(approval.officer.value)) does not hold the role '\(approval.role.value)' (their roles: \(officer.roles.map(\.value).joined(separator: ", ")))",
                            fix: "the approval must come from someone who holds the role in officers.yaml"))
                    }
                    if approval.date.value < rating.date.value {
                        diagnostics.append(.error("QI-A4", at: approval.date.location, "approved on \(approval.date.value), before the rating's date \(rating.date.value)", fix: "an approval is given on or after the rating's date: correct the date"))
                    }
                }
            }
        }
    }
}
