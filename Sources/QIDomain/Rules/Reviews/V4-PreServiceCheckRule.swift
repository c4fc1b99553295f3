/// QI-V4: a new service has a pre-service check before it is used.
public struct PreServiceCheckRule: QualityRule {
    public static let id: RuleID = "QI-V4"
    public static let summary = "A new service (commissioned within the policy's window) had a pre-service check on or before its start."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            guard let since = Self.missingCheck(provider, context) else { continue }
            diagnostics.append(Self.noCheck(since))
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

// MARK: Messages

extension PreServiceCheckRule {
    /// "a new service (commissioned since 2026-02-01) has no pre-service check dated on or before that day".
    static func noCheck(_ since: Located<Day>) -> Diagnostic {
        .warning(
            id, at: since.location,
            "a new service (commissioned since \(since.value)) has no pre-service check dated on or before that day",
            fix: "record the pre-service check (registration status, financial stability, reputation) "
                + "as a rating with basis: pre-service-check")
    }
}
