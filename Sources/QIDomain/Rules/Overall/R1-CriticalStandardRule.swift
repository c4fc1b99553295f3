/// QI-R1: a critical standard at the light the policy names forces the overall light to at least the light it
/// names (the policy's `overall_rules` entries with `critical_standard_at`).
public struct CriticalStandardRule: QualityRule {
    public static let id: RuleID = "QI-R1"
    public static let summary = "A critical standard at the light the policy names forces the overall light to at least the light it names."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        OverallRules.check(Self.id, context, into: &diagnostics)
    }
}

// MARK: Messages

extension CriticalStandardRule {
    /// "overall is amber but critical standard 6 'health-safety' is red; the overall must be red".
    static func forcesOverall(
        at location: SourceLocation, word: String, standard: PolicyStandard, light: String, atLeast: String
    ) -> Diagnostic {
        .error(
            id, at: location, "overall is \(word) but critical standard \(standard.number) '\(standard.key)' is \(light)",
            fix: "the overall must be \(atLeast)")
    }
}
