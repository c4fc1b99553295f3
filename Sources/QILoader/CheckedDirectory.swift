import QIDomain

/// load → evaluate, shared by `qid check`, `qid build` and the tests: one code path, so they never disagree.
public struct CheckedDirectory: Sendable {
    public var content: DirectoryContent?
    /// The policy the content was checked against; nil when it could not be resolved (the diagnostics say why).
    public var policy: Policy?
    public var states: [ProviderState]
    public var diagnostics: [Diagnostic]
    public var filesRead: Int

    public static func run(root: String, asOf: Day, dueWithinDays: Int? = nil) -> CheckedDirectory {
        evaluate(ContentLoader().load(root: root), asOf: asOf, dueWithinDays: dueWithinDays)
    }

    /// The evaluate half, for callers that time the load and the evaluation apart (`--timings`).
    ///
    /// `dueWithinDays`: how far ahead the work list looks (nil: the policy's).
    public static func evaluate(_ loaded: LoadResult, asOf: Day, dueWithinDays: Int? = nil) -> CheckedDirectory {
        guard let content = loaded.content, let policy = loaded.policy else {
            return CheckedDirectory(
                content: loaded.content, policy: nil, states: [], diagnostics: loaded.diagnostics, filesRead: loaded.filesRead)
        }
        let evaluation = Evaluator.evaluate(content, policy: policy, asOf: asOf, dueWithinDays: dueWithinDays)
        let diagnostics = loaded.diagnostics + evaluation.diagnostics
        let errors = diagnostics.errorCounts(in: content.providers)
        var states = evaluation.states
        for index in states.indices {
            states[index].errorCount = errors[states[index].providerID] ?? 0
        }
        return CheckedDirectory(content: content, policy: policy, states: states, diagnostics: diagnostics, filesRead: loaded.filesRead)
    }
}
