/// QI-Q4: cqc.yaml's data is older than the policy allows (default 35 days): import CQC's latest data.
public struct CQCDataAgeRule: QualityRule {
    public static let id: RuleID = "QI-Q4"
    public static let summary = "CQC's data in cqc.yaml is no older than the policy's limit (default 35 days)."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let limit = context.policy.cqc.dataMaxAgeDays
        for provider in context.content.providers where provider.status.value != .closed {
            guard let cqc = provider.cqc else { continue }
            let age = cqc.dataDate.value.days(until: context.asOf)
            if age > limit {
                diagnostics.append(Self.stale(cqc.dataDate, age: age, limit: limit))
            }
        }
    }
}

// MARK: Messages

extension CQCDataAgeRule {
    /// "CQC data last imported 3 October 2026, 51 days ago (the policy allows 35)".
    static func stale(_ date: Located<Day>, age: Int, limit: Int) -> Diagnostic {
        .warning(
            id, at: date.location, "CQC data last imported \(date.value.longDescription), \(age) days ago (the policy allows \(limit))",
            fix: "download CQC's latest data and run qid import cqc again")
    }
}
