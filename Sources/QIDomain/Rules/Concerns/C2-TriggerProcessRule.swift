/// QI-C2: each trigger leads to the processes the policy allows; a lighter process is a warning.
public struct TriggerProcessRule: QualityRule {
    public static let id: RuleID = "QI-C2"
    public static let summary = "The process is not lighter than its triggers allow (the policy's trigger table)."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for concern in provider.concerns {
                guard let processRank = policy.processSeverity(concern.process.value) else { continue }
                for code in concern.triggers {
                    guard let trigger = policy.trigger(code.value),
                        let lightest = trigger.allows.compactMap({ policy.processSeverity($0) }).min(), processRank < lightest
                    else { continue }
                    let allowed = trigger.allows.map { policy.process($0)?.title ?? $0 }.joined(separator: " or ")
                    let process = policy.process(concern.process.value)?.title ?? concern.process.value
                    diagnostics.append(Self.lighterThanTrigger(code, allowed: allowed, process: process))
                }
            }
        }
    }
}

// MARK: Messages

extension TriggerProcessRule {
    /// "trigger 'medication-errors-harm' leads to Serious Concerns, but the process is Standards of Care".
    static func lighterThanTrigger(_ code: Located<String>, allowed: String, process: String) -> Diagnostic {
        .warning(
            id, at: code.location, "trigger '\(code.value)' leads to \(allowed), but the process is \(process)",
            fix: "use a process the trigger allows, or record why in the concern's internal notes")
    }
}
