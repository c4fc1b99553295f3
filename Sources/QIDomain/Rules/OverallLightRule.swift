/// QI-R1, QI-R2, QI-R3: the overall light must agree with the critical standards, as the policy's overall
/// rules say. The first broken rule of a rating is reported (one fix at a time).
public struct OverallLightRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-R1", "QI-R2", "QI-R3"] }
    public var summary: String { "The overall light agrees with the critical standards." }

    public func summary(of id: RuleID) -> String {
        switch id.rawValue {
        case "QI-R1": return "A critical standard at the light the policy names forces the overall light to at least the light it names."
        case "QI-R2": return "An overall light the policy limits needs every critical standard within the lights it allows."
        case "QI-R3": return "The best overall light needs every critical standard at the lights it allows and no standard at the lights it excludes."
        default: return summary
        }
    }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for rating in provider.ratings {
                if let broken = Self.firstBroken(rating, overall: rating.overall.value, policy: context.policy) {
                    diagnostics.append(.error(broken.rule, at: rating.overall.location, broken.message, fix: broken.fix))
                }
            }
        }
    }

    /// The first overall rule that `overall` would break for this rating's standards.
    static func firstBroken(_ rating: Rating, overall: String, policy: Policy) -> (rule: RuleID, message: String, fix: String)? {
        guard let overallRank = policy.rank(of: overall) else { return nil }
        let word = policy.light(overall)?.word.lowercased() ?? overall
        let critical = policy.standards.filter(\.critical).compactMap { standard in
            rating.light(of: standard.key).map { (standard, $0.value) }
        }
        for rule in policy.overallRules {
            switch rule {
            case .criticalForcesOverall(let id, let standardLight, let atLeast):
                guard let atLeastRank = policy.rank(of: atLeast), overallRank < atLeastRank,
                    let (standard, light) = critical.first(where: { $0.1 == standardLight })
                else { continue }
                return (id, "overall is \(word) but critical standard \(standard.number) '\(standard.key)' is \(light)",
                    "the overall must be \(atLeast)")
            case .overallRequires(let id, let required, let criticalIn, let noStandardIn):
                guard required == overall else { continue }
                if !criticalIn.isEmpty, let (standard, light) = critical.first(where: { !criticalIn.contains($0.1) }) {
                    return (id, "overall is \(word) but critical standard \(standard.number) '\(standard.key)' is \(light)",
                        "an overall \(word) needs every critical standard \(criticalIn.joined(separator: " or ")); make the overall stricter or correct the standard")
                }
                for standardRating in rating.standards where noStandardIn.contains(standardRating.light.value) {
                    let number = policy.standard(standardRating.standard.value)?.number ?? 0
                    return (id, "overall is \(word) but standard \(number) '\(standardRating.standard.value)' is \(standardRating.light.value)",
                        "an overall \(word) needs no standard \(noStandardIn.joined(separator: " or ")); make the overall stricter")
                }
            }
        }
        return nil
    }
}

/// QI-R4: the overall may be worse than the standards require (officer judgement), never better; when it is
/// worse, the public summary should say why.
public struct OverallJudgementRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-R4"] }
    public var summary: String { "An overall stricter than the standards require is officer judgement: the summary must say why." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for rating in provider.ratings {
                guard let rank = policy.rank(of: rating.overall.value),
                    OverallLightRule.firstBroken(rating, overall: rating.overall.value, policy: policy) == nil,
                    let least = policy.lights.first(where: { OverallLightRule.firstBroken(rating, overall: $0.key, policy: policy) == nil }),
                    let leastRank = policy.rank(of: least.key), leastRank < rank,
                    (rating.summary ?? "").allSatisfy(\.isWhitespace)
                else { continue }
                diagnostics.append(.warning(
                    "QI-R4", at: rating.overall.location,
                    "overall is \(rating.overall.value) although the standards would allow \(least.key); this is officer judgement but the rating has no summary",
                    fix: "add a public summary that says why the overall is stricter than the standards"))
            }
        }
    }
}
