/// QI-R2: an overall light the policy limits (amber, say) needs every critical standard within the lights it
/// allows (the policy's `overall_rules` entries with `rule: QI-R2`).
///
/// Its messages are `OverallRules.criticalOutside` and `standardExcluded`, shared with QI-R3.
public struct LimitedOverallRule: QualityRule {
    public static let id: RuleID = "QI-R2"
    public static let summary = "An overall light the policy limits needs every critical standard within the lights it allows."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        OverallRules.check(Self.id, context, into: &diagnostics)
    }
}
