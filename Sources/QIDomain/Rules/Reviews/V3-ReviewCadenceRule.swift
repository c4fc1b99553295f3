/// QI-V3: every provider reviewed within the cadence; follow-up actions due within the window; a rating dated
/// after the as-of date is not counted yet.
public struct ReviewCadenceRule: QualityRule {
    public static let id: RuleID = "QI-V3"
    public static let summary =
        "Every provider is reviewed as often as the policy sets (more often at some lights); "
        + "follow-up actions fall due within the policy's window."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for rating in provider.ratings {
                if rating.date.value > context.asOf {
                    diagnostics.append(Self.datedAfterAsOf(rating, asOf: context.asOf))
                }
                let window = rating.date.value.adding(months: policy.actionPlanWindowMonths)
                for action in rating.actions {
                    guard let due = action.due, due.value > window else { continue }
                    let months = policy.actionPlanWindowMonths
                    diagnostics.append(Self.actionBeyondWindow(action, due: due, months: months, window: window))
                }
            }
            if let overdue = Self.reviewOverdue(provider, context) {
                diagnostics.append(Self.reviewOverdue(at: overdue.location, overdue.message))
            }
        }
    }

    /// When the provider's review is overdue (its state's review status): since when, where to point, and why.
    static func reviewOverdue(
        _ provider: Provider, _ context: EvaluationContext
    ) -> (due: Day, location: SourceLocation, message: String)? {
        guard let state = context.states[provider.id], state.review.isOverdue, let due = state.review.dueBy else { return nil }
        let policy = context.policy
        let months = policy.reviewCadence(at: state.hasLight ? state.light.key : nil)
        let span = months == 1 ? "a month" : "\(months) months"
        if let latest = state.latestReview {
            let every = months == 1 ? "every month" : "every \(months) months"
            let why = months < policy.reviewCadenceMonths ? " (\(state.light.word) is reviewed \(every))" : ""
            let message = "review overdue: the latest rating is from \(latest.date.value), more than \(span) ago (due by \(due))\(why)"
            return (due, latest.date.location, message)
        }
        guard let since = provider.commissionedSince else { return nil }
        return (due, since.location, "review overdue: commissioned since \(since.value) and never rated (due by \(due))")
    }
}

// MARK: Messages

extension ReviewCadenceRule {
    /// "the rating is dated 2026-12-01, after the as-of date 2026-11-23, and is not counted yet".
    static func datedAfterAsOf(_ rating: Rating, asOf: Day) -> Diagnostic {
        .warning(
            id, at: rating.date.location, "the rating is dated \(rating.date.value), after the as-of date \(asOf), and is not counted yet",
            fix: "correct the date if it is a mistake")
    }

    /// "action A1 is due 2026-07-01, more than 3 months after the rating (by 2026-06-14)".
    static func actionBeyondWindow(_ action: Action, due: Located<Day>, months: Int, window: Day) -> Diagnostic {
        .warning(
            id, at: due.location,
            "action \(action.id.value) is due \(due.value), more than \(months) months after the rating (by \(window))",
            fix: "agree a date within \(months) months, or split the action into steps")
    }

    /// "review overdue: the latest rating is from 2025-09-18, more than 12 months ago (due by 2026-09-18)".
    static func reviewOverdue(at location: SourceLocation, _ message: String) -> Diagnostic {
        .warning(id, at: location, message, fix: "review the provider and record a rating")
    }
}
