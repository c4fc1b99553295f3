import QIDomain
import QILoader
import QIReport

/// load → evaluate, shared by `check` and `build`: the same code path, so they never disagree.
struct DirectoryCheck {
    var content: DirectoryContent?
    var states: [ProviderState]
    var diagnostics: [Diagnostic]
    var filesRead: Int

    static func run(root: String, asOf: Day, timings: inout PhaseTimings) -> DirectoryCheck {
        let loaded = timings.measure(.load) { ContentLoader().load(root: root) }
        guard let content = loaded.content else {
            return DirectoryCheck(content: nil, states: [], diagnostics: loaded.diagnostics, filesRead: loaded.filesRead)
        }
        let policy = BuiltInPolicies.named(content.settings.policy.value) ?? .oxfordshire
        let evaluation = timings.measure(.evaluate) { Evaluator.evaluate(content, policy: policy, asOf: asOf) }
        return DirectoryCheck(
            content: content, states: evaluation.states, diagnostics: loaded.diagnostics + evaluation.diagnostics,
            filesRead: loaded.filesRead)
    }
}
