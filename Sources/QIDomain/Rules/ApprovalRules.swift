/// QI-A1: every light above the least severe has an assigned officer (on the latest rating or on the provider).
public struct OfficerAssignedRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-A1"] }
    public var summary: String { "Every light above the least severe has an assigned officer (an error where the policy requires one)." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers where Self.lacksOfficer(provider, context) {
            let light = context.states[provider.id]?.light.word.lowercased() ?? ""
            let severity: Diagnostic.Severity = context.policy.officerAssignment == .required ? .error : .warning
            diagnostics.append(Diagnostic(
                severity, "QI-A1", at: provider.name.location, "the provider is \(light) but no officer is assigned",
                fix: "add 'officer: OFFICER' to provider.yaml or to the latest rating"))
        }
    }

    static func lacksOfficer(_ provider: Provider, _ context: EvaluationContext) -> Bool {
        guard provider.status.value != .closed, let state = context.states[provider.id], state.hasLight,
            let rank = context.policy.rank(of: state.light.key), rank > 0
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
        case "QI-A2": return "Lifting the worst light needs the approvals the policy names; the lift takes effect on the last of them."
        case "QI-A3": return "Lifting another light needs the approvals the policy names; the lift takes effect on the last of them."
        default: return summary
        }
    }

    /// A lift with no needed approval recorded at all is an error for each approval; a lift that records some
    /// but still awaits one on the as-of date is a warning naming it (the earlier light holds until then).
    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for (_, lift) in Lifts.lifts(of: provider, policy: policy).sorted(by: { $0.key < $1.key }) {
                let previous = lift.previous
                let rating = lift.rating
                let from = "from \(previous.overall.value) (\(previous.date.value)) to \(rating.overall.value)"
                if lift.recordsNoApproval {
                    for approval in lift.approvals {
                        let roles = approval.roles.map { policy.roleTitle($0) }.joined(separator: " or ")
                        diagnostics.append(.error(
                            approval.rule, at: rating.overall.location, "the light is lifted \(from) without the approval of the \(roles)",
                            fix: "add '{officer: OFFICER, role: \(approval.roles[0]), date: YYYY-MM-DD}' under approvals once they have approved"))
                    }
                    continue
                }
                guard rating.date.value <= context.asOf else { continue }
                for approval in lift.awaited(on: context.asOf) {
                    let roles = approval.roles.map { policy.roleTitle($0) }.joined(separator: " or ")
                    let given = approval.givenOn.map { " (recorded for \($0))" } ?? ""
                    diagnostics.append(.warning(
                        approval.rule, at: rating.overall.location,
                        "the lift \(from) awaits the approval of the \(roles)\(given); until then the directory shows \(previous.overall.value)",
                        fix: "add '{officer: OFFICER, role: \(approval.roles[0]), date: YYYY-MM-DD}' under approvals once they have approved"))
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
