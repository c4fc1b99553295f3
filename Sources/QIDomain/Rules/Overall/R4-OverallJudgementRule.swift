/// QI-R4: the overall may be worse than the standards require (officer judgement), never better; when it is
/// worse, the public summary should say why.
public struct OverallJudgementRule: QualityRule {
    public static let id: RuleID = "QI-R4"
    public static let summary = "An overall stricter than the standards require is officer judgement: the summary must say why."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        let index = context.index
        let providers = context.content.providers
        // Providers and ratings are read in place by position: a loop over the providers would copy each one.
        for position in providers.indices {
            for ratingIndex in providers[position].ratings.indices {
                // The summary first: a rating that says why needs nothing more worked out.
                guard (providers[position].ratings[ratingIndex].summary ?? "").allSatisfy(\.isWhitespace) else { continue }
                let rating = providers[position].ratings[ratingIndex]
                guard let rank = index.rank(of: rating.overall.value) else { continue }
                let standards = context.ratedStandards[position][ratingIndex]
                guard !OverallRules.breaksAny(rating, overall: rating.overall.value, policy, index, standards),
                    let least = policy.lights.first(where: { !OverallRules.breaksAny(rating, overall: $0.key, policy, index, standards) }),
                    let leastRank = index.rank(of: least.key), leastRank < rank
                else { continue }
                diagnostics.append(
                    Self.stricterWithoutSummary(at: rating.overall.location, overall: rating.overall.value, allowed: least.key))
            }
        }
    }
}

// MARK: Messages

extension OverallJudgementRule {
    /// "overall is red although the standards would allow amber; … the rating has no summary".
    static func stricterWithoutSummary(at location: SourceLocation, overall: String, allowed: String) -> Diagnostic {
        .warning(
            id, at: location,
            "overall is \(overall) although the standards would allow \(allowed); this is officer judgement but the rating has no summary",
            fix: "add a public summary that says why the overall is stricter than the standards")
    }
}
