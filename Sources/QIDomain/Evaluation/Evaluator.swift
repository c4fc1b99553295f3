import QIParallel

/// The evaluate step: policy + records + as-of date → each provider's state and every rule's diagnostics.
public struct Evaluation: Sendable {
    /// In provider-id order.
    public var states: [ProviderState]
    /// Unsorted; printers sort.
    public var diagnostics: [Diagnostic]
}

public enum Evaluator {
    /// `dueWithinDays`: how far ahead the work list looks (nil: the policy's `due_within_days`).
    public static func evaluate(
        _ content: DirectoryContent, policy: Policy, asOf: Day, dueWithinDays: Int? = nil, rules: [any RuleCheck] = QualityRules.checks
    ) -> Evaluation {
        // Providers' lights, then the rules, each spread over every core; results are joined in provider and
        // rule order, so the output is the same as one core's.
        let lights = LightEvaluator(policy: policy)
        var states: [String: ProviderState] = [:]
        for (provider, state) in zip(content.providers, Parallel.map(content.providers) { lights.state(of: $0, on: asOf) }) {
            states[provider.id] = state
        }
        var context = EvaluationContext(content: content, policy: policy, asOf: asOf, states: states, dueWithinDays: dueWithinDays)
        let checked = context
        let diagnostics = Parallel.map(Array(rules.indices)) { index in
            var found: [Diagnostic] = []
            rules[index].check(checked, into: &found)
            return found
        }.flatMap { $0 }
        states = DueItems.attach(to: states, context: context)
        context = EvaluationContext(content: content, policy: policy, asOf: asOf, states: states, dueWithinDays: dueWithinDays)
        return Evaluation(states: content.providers.compactMap { context.states[$0.id] }, diagnostics: diagnostics)
    }
}
