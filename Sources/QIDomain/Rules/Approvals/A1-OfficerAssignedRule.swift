/// QI-A1: every light above the least severe has an assigned officer (on the latest rating or on the provider).
public struct OfficerAssignedRule: QualityRule {
    public static let id: RuleID = "QI-A1"
    public static let summary = "Every light above the least severe has an assigned officer (an error where the policy requires one)."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers where Self.lacksOfficer(provider, context) {
            let light = context.states[provider.id]?.light.word.lowercased() ?? ""
            let severity: Diagnostic.Severity = context.policy.officerAssignment == .required ? .error : .warning
            diagnostics.append(Self.noOfficer(severity, at: provider.name.location, light: light))
        }
    }

    /// An open provider at a light above the least severe with nobody to follow it up.
    static func lacksOfficer(_ provider: Provider, _ context: EvaluationContext) -> Bool {
        guard provider.status.value != .closed, let state = context.states[provider.id], state.hasLight,
            let rank = context.policy.rank(of: state.light.key), rank > 0
        else { return false }
        return context.owningOfficer(of: provider) == nil
    }
}

// MARK: Messages

extension OfficerAssignedRule {
    /// "the provider is amber but no officer is assigned" (an error or a warning, as the policy says).
    static func noOfficer(_ severity: Diagnostic.Severity, at location: SourceLocation, light: String) -> Diagnostic {
        Diagnostic(
            severity, id, at: location, "the provider is \(light) but no officer is assigned",
            fix: "add 'officer: OFFICER' to provider.yaml or to the latest rating")
    }
}
