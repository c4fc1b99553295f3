/// QI-C1: the light never understates an open concern; a latest rating better than the floor is a warning.
public struct ConcernFloorRule: QualityRule {
    public static let id: RuleID = "QI-C1"
    public static let summary =
        "While a process is open the light is at least the one the policy gives it; a better latest rating is a warning."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            guard let state = context.states[provider.id], let concern = state.floorConcern else { continue }
            let title = context.policy.process(concern.process.value)?.title ?? concern.process.value
            if let rating = state.latestRating {
                diagnostics.append(Self.ratingUnderstates(rating, concern: concern, title: title, shown: state.light.key))
            } else {
                diagnostics.append(Self.noRating(concern, title: title, shown: state.light.key))
            }
        }
    }
}

// MARK: Messages

extension ConcernFloorRule {
    /// "the latest rating is green but the Serious Concerns process raised 2026-03-03 is open, so the directory shows red".
    static func ratingUnderstates(_ rating: Rating, concern: Concern, title: String, shown: String) -> Diagnostic {
        .warning(
            id, at: rating.overall.location,
            "the latest rating is \(rating.overall.value) but the \(title) process raised \(concern.raised.value) is open, "
                + "so the directory shows \(shown)",
            fix: "record a rating that reflects the open process (basis: concern)")
    }

    /// "this open Serious Concerns process sets the provider's light to red, but no rating records it".
    static func noRating(_ concern: Concern, title: String, shown: String) -> Diagnostic {
        .warning(
            id, at: concern.process.location, "this open \(title) process sets the provider's light to \(shown), but no rating records it",
            fix: "record a rating (basis: concern, concern: \(concern.id))")
    }
}
