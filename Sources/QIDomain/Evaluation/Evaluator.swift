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
        var states = Parallel.map(content.providers) { lights.state(of: $0, on: asOf) }
        let diagnostics: [Diagnostic]
        let dueItems: [[DueItem]]
        do {
            var byID: [String: ProviderState] = [:]
            byID.reserveCapacity(states.count)
            for state in states { byID[state.providerID] = state }
            let context = EvaluationContext(
                content: content, policy: policy, asOf: asOf, states: byID, dueWithinDays: dueWithinDays)
            diagnostics = Parallel.map(Array(rules.indices)) { index in
                var found: [Diagnostic] = []
                rules[index].check(context, into: &found)
                return found
            }.flatMap { $0 }
            dueItems = DueItems.items(for: content.providers, context: context)
        }
        // The due items go into the one array of states, in place (no second copy of every state).
        for index in states.indices { states[index].dueItems = dueItems[index] }
        return Evaluation(states: states, diagnostics: diagnostics)
    }
}
