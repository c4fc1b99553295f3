/// QI-V1: the latest review is at the level the provider's risk calls for (criticality, annual value).
public struct ReviewLevelRule: QualityRule {
    public static let id: RuleID = "QI-V1"
    public static let summary = "The latest review's level (self-assessment, desktop, on-site) matches the provider's risk."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let levels = context.policy.reviewLevels
        for provider in context.content.providers where provider.status.value == .active {
            guard let required = Self.requiredLevel(provider, levels: levels),
                let review = provider.ratings.last(where: { rating in
                    rating.date.value <= context.asOf && levels.contains { $0.bases.contains(rating.basis.value) }
                }),
                let achieved = levels.last(where: { $0.bases.contains(review.basis.value) }), achieved.level < required.level
            else { continue }
            diagnostics.append(Self.belowRisk(review, required: required))
        }
    }

    /// The highest review level whose thresholds the provider's contract reaches.
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
    /// Low 0, medium 1, high 2.
    var rank: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        }
    }
}

// MARK: Messages

extension ReviewLevelRule {
    /// "the provider's risk calls for On-site review, but the latest review was a desktop review".
    static func belowRisk(_ review: Rating, required: ReviewLevel) -> Diagnostic {
        .warning(
            id, at: review.basis.location,
            "the provider's risk calls for \(required.title), but the latest review was a \(review.basis.value.words)",
            fix: "plan the next review at \(required.title) (\(required.bases.map(\.rawValue).joined(separator: " or ")))")
    }
}
