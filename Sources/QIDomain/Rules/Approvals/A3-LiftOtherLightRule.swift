/// QI-A3: lifting another light needs the approvals the policy names (its `lifting` entries with
/// `rule: QI-A3`); the lift takes effect on the last of them.
///
/// Its messages are `LiftApprovals.missing` and `awaited`, shared with QI-A2.
public struct LiftOtherLightRule: QualityRule {
    public static let id: RuleID = "QI-A3"
    public static let summary = "Lifting another light needs the approvals the policy names; the lift takes effect on the last of them."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        LiftApprovals.check(Self.id, context, into: &diagnostics)
    }
}
