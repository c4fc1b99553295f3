/// What QI-R1, QI-R2 and QI-R3 share: the policy's `overall_rules` in order, of which the first a rating breaks is
/// reported (one fix at a time), under the id the policy gives that entry.
enum OverallRules {
    /// How a rating breaks one of the policy's overall rules.
    enum Broken {
        /// A critical standard at `light` forces the overall to at least `atLeast` (the policy's QI-R1 entries).
        case forced(rule: RuleID, word: String, standard: PolicyStandard, light: String, atLeast: String)
        /// An overall `word` needs every critical standard in `allowed` (QI-R2, QI-R3 entries).
        case criticalOutside(rule: RuleID, word: String, standard: PolicyStandard, light: String, allowed: [String])
        /// An overall `word` needs no standard at any of `excluded` (QI-R2, QI-R3 entries).
        case standardExcluded(rule: RuleID, word: String, number: Int, key: String, light: String, excluded: [String])

        /// The id the policy's entry carries.
        var rule: RuleID {
            switch self {
            case .forced(let rule, _, _, _, _), .criticalOutside(let rule, _, _, _, _), .standardExcluded(let rule, _, _, _, _, _):
                return rule
            }
        }

        /// The diagnostic at the rating's overall light.
        func diagnostic(at location: SourceLocation) -> Diagnostic {
            switch self {
            case .forced(_, let word, let standard, let light, let atLeast):
                return CriticalStandardRule.forcesOverall(at: location, word: word, standard: standard, light: light, atLeast: atLeast)
            case .criticalOutside(let rule, let word, let standard, let light, let allowed):
                return OverallRules.criticalOutside(rule, at: location, word: word, standard: standard, light: light, allowed: allowed)
            case .standardExcluded(let rule, let word, let number, let key, let light, let excluded):
                return OverallRules.standardExcluded(
                    rule, at: location, word: word, number: number, key: key, light: light, excluded: excluded)
            }
        }
    }

    /// Reports every rating whose first broken overall rule carries `id`.
    static func check(_ id: RuleID, _ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let index = context.index
        let providers = context.content.providers
        // Providers and ratings are read in place by position: a loop over the providers would copy each one.
        for position in providers.indices {
            let readings = context.ratedStandards[position]
            for ratingIndex in readings.indices {
                let standards = readings[ratingIndex]
                // Most ratings break no rule: the masks say so without the rating's strings.
                if let standards, !breaksAny(overall: providers[position].ratings[ratingIndex].overall.value, index, standards) { continue }
                let rating = providers[position].ratings[ratingIndex]
                guard let broken = firstBroken(rating, overall: rating.overall.value, context.policy, index, standards), broken.rule == id
                else { continue }
                diagnostics.append(broken.diagnostic(at: rating.overall.location))
            }
        }
    }

    /// The first overall rule that `overall` would break for this rating's standards.
    ///
    /// `standards` is the rating's standards as `RatedStandards.read` reads them (nil: the policy is too large for
    /// masks, and every rule is read from the policy's strings).
    static func firstBroken(_ rating: Rating, overall: String, _ policy: Policy, _ index: PolicyIndex, _ standards: RatedStandards?)
        -> Broken?
    {
        guard let overallRank = index.rank(of: overall) else { return nil }
        guard let standards else {
            for rule in policy.overallRules {
                if let broken = broken(rule, rating, overall: overall, overallRank: overallRank, policy) { return broken }
            }
            return nil
        }
        for compiled in index.overallRules where compiled.isBroken(by: standards, overallRank: overallRank) {
            if let broken = broken(compiled.rule, rating, overall: overall, overallRank: overallRank, policy) { return broken }
        }
        return nil
    }

    /// Whether `overall` would break any of the policy's overall rules for this rating's standards (`firstBroken`
    /// is not nil), without building the message.
    static func breaksAny(_ rating: Rating, overall: String, _ policy: Policy, _ index: PolicyIndex, _ standards: RatedStandards?) -> Bool {
        guard let standards else { return firstBroken(rating, overall: overall, policy, index, nil) != nil }
        return breaksAny(overall: overall, index, standards)
    }

    /// `breaksAny` read from the masks alone.
    static func breaksAny(overall: String, _ index: PolicyIndex, _ standards: RatedStandards) -> Bool {
        guard let overallRank = index.rank(of: overall) else { return false }
        return index.overallRules.contains { $0.isBroken(by: standards, overallRank: overallRank) }
    }

    /// How `overall` breaks one overall rule for this rating's standards, or nil when it keeps it.
    private static func broken(_ rule: OverallRule, _ rating: Rating, overall: String, overallRank: Int, _ policy: Policy) -> Broken? {
        func word() -> String { policy.light(overall)?.word.lowercased() ?? overall }
        func critical() -> [(PolicyStandard, String)] {
            policy.standards.filter(\.critical).compactMap { standard in rating.light(of: standard.key).map { (standard, $0.value) } }
        }
        switch rule {
        case .criticalForcesOverall(let id, let standardLight, let atLeast):
            guard let atLeastRank = policy.rank(of: atLeast), overallRank < atLeastRank,
                let (standard, light) = critical().first(where: { $0.1 == standardLight })
            else { return nil }
            return .forced(rule: id, word: word(), standard: standard, light: light, atLeast: atLeast)
        case .overallRequires(let id, let required, let criticalIn, let noStandardIn):
            guard required == overall else { return nil }
            if !criticalIn.isEmpty, let (standard, light) = critical().first(where: { !criticalIn.contains($0.1) }) {
                return .criticalOutside(rule: id, word: word(), standard: standard, light: light, allowed: criticalIn)
            }
            for standardRating in rating.standards where noStandardIn.contains(standardRating.light.value) {
                let number = policy.standard(standardRating.standard.value)?.number ?? 0
                return .standardExcluded(
                    rule: id, word: word(), number: number, key: standardRating.standard.value, light: standardRating.light.value,
                    excluded: noStandardIn)
            }
            return nil
        }
    }
}

extension CompiledOverallRule {
    /// Whether a rating with these standards breaks this rule at an overall of `overallRank`: exactly when
    /// `OverallRules.broken` reports it.
    func isBroken(by lights: RatedStandards, overallRank: Int) -> Bool {
        switch rule {
        case .criticalForcesOverall:
            guard let atLeastRank, overallRank < atLeastRank else { return false }
            return lights.critical & forcingLight != 0
        case .overallRequires:
            guard requiredRank == overallRank else { return false }
            return (!criticalInIsEmpty && lights.critical & ~criticalIn != 0) || lights.all & noStandardIn != 0
        }
    }
}

// MARK: Messages shared by QI-R2 and QI-R3 (the policy's entry decides which)

extension OverallRules {
    /// "overall is green but critical standard 6 'health-safety' is amber".
    static func criticalOutside(
        _ rule: RuleID, at location: SourceLocation, word: String, standard: PolicyStandard, light: String, allowed: [String]
    ) -> Diagnostic {
        .error(
            rule, at: location, "overall is \(word) but critical standard \(standard.number) '\(standard.key)' is \(light)",
            fix: "an overall \(word) needs every critical standard \(allowed.joined(separator: " or ")); "
                + "make the overall stricter or correct the standard")
    }

    /// "overall is green but standard 9 'involvement' is red".
    static func standardExcluded(
        _ rule: RuleID, at location: SourceLocation, word: String, number: Int, key: String, light: String, excluded: [String]
    ) -> Diagnostic {
        .error(
            rule, at: location, "overall is \(word) but standard \(number) '\(key)' is \(light)",
            fix: "an overall \(word) needs no standard \(excluded.joined(separator: " or ")); make the overall stricter")
    }
}
