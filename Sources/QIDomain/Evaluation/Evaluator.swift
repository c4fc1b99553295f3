/// The evaluate step: policy + records + as-of date → each provider's state and every rule's diagnostics.
public struct Evaluation: Sendable {
    /// In provider-id order.
    public var states: [ProviderState]
    /// Unsorted; printers sort.
    public var diagnostics: [Diagnostic]
}

public enum Evaluator {
    public static func evaluate(_ content: DirectoryContent, policy: Policy, asOf: Day, rules: [any QualityRule] = QualityRules.all) -> Evaluation {
        let lights = LightEvaluator(policy: policy)
        var states: [String: ProviderState] = [:]
        for provider in content.providers {
            states[provider.id] = lights.state(of: provider, on: asOf)
        }
        var diagnostics: [Diagnostic] = []
        var context = EvaluationContext(content: content, policy: policy, asOf: asOf, states: states)
        for rule in rules {
            rule.check(context, into: &diagnostics)
        }
        states = DueItems.attach(to: states, context: context)
        context = EvaluationContext(content: content, policy: policy, asOf: asOf, states: states)
        return Evaluation(states: content.providers.compactMap { context.states[$0.id] }, diagnostics: diagnostics)
    }
}
