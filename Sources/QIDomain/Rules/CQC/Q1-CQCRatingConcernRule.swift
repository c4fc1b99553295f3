/// QI-Q1: CQC rates the location at a rating the policy names (Inadequate, Requires improvement) while the
/// council's light is the least severe: the regulator's report may be a trigger for a concern process.
public struct CQCRatingConcernRule: QualityRule {
    public static let id: RuleID = "QI-Q1"
    public static let summary =
        "CQC's overall rating at one the policy names (Inadequate, Requires improvement) while the council's light is the least severe "
        + "is a warning that names the trigger to consider."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers where provider.status.value != .closed {
            guard let cqc = provider.cqc, let overall = cqc.overall, policy.cqc.concernRatings.contains(overall.rating.value),
                let state = context.states[provider.id], state.hasLight, policy.rank(of: state.light.key) == 0
            else { continue }
            let questions = cqc.keyQuestions.filter { policy.cqc.concernRatings.contains($0.rating.rating.value) }
            diagnostics.append(Self.ratedBelowLight(overall, questions: questions, light: state.light.word, policy: policy))
        }
    }
}

// MARK: Messages

extension CQCRatingConcernRule {
    /// "CQC rated it Inadequate on 12 March 2026 (Safe: Inadequate); the council light is Green: consider a
    /// Standards of Care process (trigger inspection-compliance-issues)".
    static func ratedBelowLight(_ overall: CQCRating, questions: [CQCKeyQuestionRating], light: String, policy: Policy) -> Diagnostic {
        let on = overall.date.map { " on \($0.longDescription)" } ?? ""
        let which = questions.map { "\($0.question.title): \($0.rating.rating.value.word)" }.joined(separator: ", ")
        let detail = which.isEmpty ? "" : " (\(which))"
        var consider = "consider a concern process"
        if let code = policy.cqc.trigger, let trigger = policy.trigger(code) {
            let lightest = policy.processes.first { trigger.allows.contains($0.key) }
            consider = "consider a\(Self.article(lightest?.title)) \(lightest?.title ?? "concern") process (trigger \(code))"
        }
        return .warning(
            id, at: overall.rating.location,
            "CQC rated it \(overall.rating.value.word)\(on)\(detail); the council light is \(light): \(consider)",
            fix: "read CQC's report; raise a concern process or record a review that says why the light stands")
    }

    /// "n" before a vowel ("an Organisational …"), else "".
    private static func article(_ word: String?) -> String {
        guard let first = word?.first else { return "" }
        return "AEIOUaeiou".contains(first) ? "n" : ""
    }
}
