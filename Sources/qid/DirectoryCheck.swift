import QIDomain
import QILoader

/// load → evaluate, shared by `check` and (next) `build`: the same code path, so they never disagree.
struct DirectoryCheck {
    var content: DirectoryContent?
    var states: [ProviderState]
    var diagnostics: [Diagnostic]
    var filesRead: Int

    static func run(root: String, asOf: Day) -> DirectoryCheck {
        let loaded = ContentLoader().load(root: root)
        guard let content = loaded.content else {
            return DirectoryCheck(content: nil, states: [], diagnostics: loaded.diagnostics, filesRead: loaded.filesRead)
        }
        let policy = BuiltInPolicies.named(content.settings.policy.value) ?? .oxfordshire
        let evaluation = Evaluator.evaluate(content, policy: policy, asOf: asOf)
        return DirectoryCheck(
            content: content, states: evaluation.states, diagnostics: loaded.diagnostics + evaluation.diagnostics,
            filesRead: loaded.filesRead)
    }
}
