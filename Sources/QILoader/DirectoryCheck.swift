import QIDomain

/// load → evaluate, shared by `qid check`, `qid build` and the tests: one code path, so they never disagree.
public struct DirectoryCheck: Sendable {
    public var content: DirectoryContent?
    /// The policy the content was checked against; nil when it could not be resolved (the diagnostics say why).
    public var policy: Policy?
    public var states: [ProviderState]
    public var diagnostics: [Diagnostic]
    public var filesRead: Int

    public static func run(root: String, asOf: Day) -> DirectoryCheck {
        evaluate(ContentLoader().load(root: root), asOf: asOf)
    }

    /// The evaluate half, for callers that time the load and the evaluation apart (`--timings`).
    public static func evaluate(_ loaded: LoadResult, asOf: Day) -> DirectoryCheck {
        guard let content = loaded.content, let policy = loaded.policy else {
            return DirectoryCheck(content: loaded.content, policy: nil, states: [], diagnostics: loaded.diagnostics, filesRead: loaded.filesRead)
        }
        let evaluation = Evaluator.evaluate(content, policy: policy, asOf: asOf)
        return DirectoryCheck(
            content: content, policy: policy, states: evaluation.states, diagnostics: loaded.diagnostics + evaluation.diagnostics,
            filesRead: loaded.filesRead)
    }
}
