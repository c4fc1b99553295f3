/// QI-A5: a rating at a light the policy escalates records the escalation: an approval by one of the roles the
/// policy names (Derby: amber and red go to the lead commissioner).
public struct EscalationRule: QualityRule {
    public static let id: RuleID = "QI-A5"
    public static let summary = "A rating at a light the policy escalates records an approval by the role it escalates to."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        guard !policy.escalations.isEmpty else { return }
        // Only escalations limited to some service areas need each provider's areas.
        let limited = policy.escalations.contains { $0.serviceAreas != nil }
        for provider in context.content.providers {
            var escalations = policy.escalations
            if limited {
                let providerAreas = Set(provider.serviceAreas.map(\.value))
                escalations = escalations.filter { $0.serviceAreas.map { !providerAreas.isDisjoint(with: $0) } ?? true }
            }
            for rating in provider.ratings {
                for escalation in escalations where escalation.lights.contains(rating.overall.value) {
                    guard !rating.approvals.contains(where: { escalation.roles.contains($0.role.value) }) else { continue }
                    diagnostics.append(Self.notEscalated(rating, escalation: escalation, policy: policy))
                }
            }
        }
    }
}

// MARK: Messages

extension EscalationRule {
    /// "a rating of Not Assured is escalated to the Lead Commissioner (Contract review), but no approval records it".
    static func notEscalated(_ rating: Rating, escalation: Escalation, policy: Policy) -> Diagnostic {
        let roles = escalation.roles.map { policy.roleTitle($0) }.joined(separator: " or ")
        let word = policy.light(rating.overall.value)?.word ?? rating.overall.value
        return .error(
            id, at: rating.overall.location,
            "a rating of \(word) is escalated to the \(roles) (\(escalation.title)), but no approval records it",
            fix: "add '{officer: OFFICER, role: \(escalation.roles[0]), date: YYYY-MM-DD}' under approvals once it is escalated")
    }
}
