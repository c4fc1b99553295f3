/// QI-V1: the latest review is at the level the provider's risk calls for (criticality, annual value).
public struct ReviewLevelRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-V1"] }
    public var summary: String { "The latest review's level (self-assessment, desktop, on-site) matches the provider's risk." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let levels = context.policy.reviewLevels
        for provider in context.content.providers where provider.status.value == .active {
            guard let required = Self.requiredLevel(provider, levels: levels),
                let review = provider.ratings.last(where: { rating in rating.date.value <= context.asOf && levels.contains { $0.bases.contains(rating.basis.value) } }),
                let achieved = levels.last(where: { $0.bases.contains(review.basis.value) }), achieved.level < required.level
            else { continue }
            diagnostics.append(.warning(
                "QI-V1", at: review.basis.location,
                "the provider's risk calls for \(required.title), but the latest review was a \(review.basis.value.words)",
                fix: "plan the next review at \(required.title) (\(required.bases.map(\.rawValue).joined(separator: " or ")))"))
        }
    }

    static func requiredLevel(_ provider: Provider, levels: [ReviewLevel]) -> ReviewLevel? {
        let criticality = provider.contract?.criticality?.value
        let value = provider.contract?.annualValue?.value
        return levels.last { level in
            if level.fromCriticality == nil && level.fromAnnualValue == nil { return true }
            if let from = level.fromCriticality, let criticality, criticality.rank >= from.rank { return true }
            if let from = level.fromAnnualValue, let value, value >= from { return true }
            return false
        }
    }
}

extension Criticality {
    var rank: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        }
    }
}

/// QI-V3: every provider reviewed within the cadence; follow-up actions due within the window.
public struct ReviewCadenceRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-V3"] }
    public var summary: String { "Every provider is reviewed as often as the policy sets (more often at some lights); follow-up actions fall due within the policy's window." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for rating in provider.ratings {
                if rating.date.value > context.asOf {
                    diagnostics.append(.warning("QI-V3", at: rating.date.location, "the rating is dated \(rating.date.value), after the as-of date \(context.asOf), and is not counted yet", fix: "correct the date if it is a mistake"))
                }
                let window = rating.date.value.adding(months: policy.actionPlanWindowMonths)
                for action in rating.actions {
                    guard let due = action.due, due.value > window else { continue }
                    diagnostics.append(.warning(
                        "QI-V3", at: due.location,
                        "action \(action.id.value) is due \(due.value), more than \(policy.actionPlanWindowMonths) months after the rating (by \(window))",
                        fix: "agree a date within \(policy.actionPlanWindowMonths) months, or split the action into steps"))
                }
            }
            if let overdue = Self.reviewOverdue(provider, context) {
                diagnostics.append(.warning("QI-V3", at: overdue.location, overdue.message, fix: "review the provider and record a rating"))
            }
        }
    }

    /// When the provider's review is overdue (its state's review status): since when, where to point, and why.
    static func reviewOverdue(_ provider: Provider, _ context: EvaluationContext) -> (due: Day, location: SourceLocation, message: String)? {
        guard let state = context.states[provider.id], state.review.isOverdue, let due = state.review.dueBy else { return nil }
        let policy = context.policy
        let months = policy.reviewCadence(at: state.hasLight ? state.light.key : nil)
        let span = months == 1 ? "a month" : "\(months) months"
        if let latest = state.latestReview {
            let every = months == 1 ? "every month" : "every \(months) months"
            let why = months < policy.reviewCadenceMonths ? " (\(state.light.word) is reviewed \(every))" : ""
            return (due, latest.date.location, "review overdue: the latest rating is from \(latest.date.value), more than \(span) ago (due by \(due))\(why)")
        }
        guard let since = provider.commissionedSince else { return nil }
        return (due, since.location, "review overdue: commissioned since \(since.value) and never rated (due by \(due))")
    }
}

/// QI-V4: a new service has a pre-service check before it is used.
public struct PreServiceCheckRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-V4"] }
    public var summary: String { "A new service (commissioned within the policy's window) had a pre-service check on or before its start." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            guard let since = Self.missingCheck(provider, context) else { continue }
            diagnostics.append(.warning(
                "QI-V4", at: since.location,
                "a new service (commissioned since \(since.value)) has no pre-service check dated on or before that day",
                fix: "record the pre-service check (registration status, financial stability, reputation) as a rating with basis: pre-service-check"))
        }
    }

    /// The provider's `commissioned_since` when it is a new service without a pre-service check on or before it.
    static func missingCheck(_ provider: Provider, _ context: EvaluationContext) -> Located<Day>? {
        let months = context.policy.newServiceWindowMonths
        guard months > 0, provider.status.value != .closed, let since = provider.commissionedSince, since.value <= context.asOf,
            since.value.adding(months: months) >= context.asOf,
            !provider.ratings.contains(where: { $0.basis.value == .preServiceCheck && $0.date.value <= since.value })
        else { return nil }
        return since
    }
}
