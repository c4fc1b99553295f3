/// QI-C6: every action has a SMART target date; an open action past it is overdue; a done action says when.
public struct ActionDueRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-C6"] }
    public var summary: String { "Every action has a due date; open actions past it are overdue; done actions say when." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for action in Self.actions(of: provider) {
                switch action.status.value {
                case .done where action.done == nil:
                    diagnostics.append(.error("QI-C6", at: action.status.location, "action \(action.id.value) is done but does not say when", fix: "add 'done: YYYY-MM-DD'"))
                case .open, .dropped:
                    if let done = action.done {
                        diagnostics.append(.error("QI-C6", at: done.location, "action \(action.id.value) has a 'done' date but its status is \(action.status.value.rawValue)", fix: "set status: done, or remove 'done'"))
                    }
                default:
                    break
                }
                if provider.status.value != .closed, let due = Self.overdue(action, asOf: context.asOf) {
                    // The dashboard lists the same actions (DueItems uses `actions(of:)` and `overdue`).
                    diagnostics.append(.warning(
                        "QI-C6", at: due.location,
                        "action \(action.id.value) was due on \(due.value) and is still open (\(Grammar.count(due.value.days(until: context.asOf), "day")) overdue)",
                        fix: "follow it up; when it is done set status: done and done: DATE"))
                }
            }
        }
    }

    /// Every action of a provider: its ratings' and its concerns', open or closed (an action left open on a
    /// closed process is still owed).
    static func actions(of provider: Provider) -> [Action] {
        provider.ratings.flatMap(\.actions) + provider.concerns.flatMap(\.actions)
    }

    /// The due date of an open action that has passed, else nil.
    static func overdue(_ action: Action, asOf: Day) -> Located<Day>? {
        guard action.status.value == .open, let due = action.due, due.value < asOf else { return nil }
        return due
    }
}

/// QI-V2: an outcome (or light) that needs an action plan has at least one action.
public struct ActionPlanRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-V2"] }
    public var summary: String { "A rating whose outcome or light the policy names has an action plan." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for rating in provider.ratings where rating.actions.isEmpty {
                if let outcome = rating.outcome, policy.actionPlanOutcomes.contains(outcome.value) {
                    let title = policy.outcomes.first { $0.key == outcome.value }?.title ?? outcome.value
                    diagnostics.append(.error("QI-V2", at: outcome.location, "an outcome of \(title) needs an action plan, but the rating has no actions", fix: "add the agreed actions under 'actions', each with a due date within \(policy.actionPlanWindowMonths) months"))
                } else if policy.actionPlanLights.contains(rating.overall.value) {
                    let word = policy.light(rating.overall.value)?.label ?? rating.overall.value
                    diagnostics.append(.error("QI-V2", at: rating.overall.location, "a rating of \(word) needs an action plan, but the rating has no actions", fix: "add the agreed actions under 'actions', each with a due date within \(policy.actionPlanWindowMonths) months"))
                }
            }
        }
    }
}
