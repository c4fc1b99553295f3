/// QI-R3: the best overall light needs every critical standard at the lights it allows and no standard at the
/// lights it excludes (the policy's `overall_rules` entries with `rule: QI-R3`).
///
/// Its messages are `OverallRules.criticalOutside` and `standardExcluded`, shared with QI-R2.
public struct BestOverallRule: QualityRule {
    public static let id: RuleID = "QI-R3"
    public static let summary =
        "The best overall light needs every critical standard at the lights it allows and no standard at the lights it excludes."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        OverallRules.check(Self.id, context, into: &diagnostics)
    }
}
