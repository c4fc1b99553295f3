/// QI-V2: an outcome (or light) that needs an action plan has at least one action.
public struct ActionPlanRule: QualityRule {
    public static let id: RuleID = "QI-V2"
    public static let summary = "A rating whose outcome or light the policy names has an action plan."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for rating in provider.ratings where rating.actions.isEmpty {
                if let outcome = rating.outcome, policy.actionPlanOutcomes.contains(outcome.value) {
                    let title = policy.outcomes.first { $0.key == outcome.value }?.title ?? outcome.value
                    diagnostics.append(Self.noPlan(at: outcome.location, "an outcome of \(title)", months: policy.actionPlanWindowMonths))
                } else if policy.actionPlanLights.contains(rating.overall.value) {
                    let word = policy.light(rating.overall.value)?.label ?? rating.overall.value
                    let months = policy.actionPlanWindowMonths
                    diagnostics.append(Self.noPlan(at: rating.overall.location, "a rating of \(word)", months: months))
                }
            }
        }
    }
}

// MARK: Messages

extension ActionPlanRule {
    /// "an outcome of Requires Improvement needs an action plan, but the rating has no actions" (or "a rating of Red").
    static func noPlan(at location: SourceLocation, _ what: String, months: Int) -> Diagnostic {
        .error(
            id, at: location, "\(what) needs an action plan, but the rating has no actions",
            fix: "add the agreed actions under 'actions', each with a due date within \(months) months")
    }
}
