import QIDomain

/// A checked content folder: the records, the policy, each provider's state and every diagnostic, as the load
/// and evaluate steps leave them (`Pipeline.check`), for `qid check`, `qid build` and the tests alike.
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
        var evaluation = Evaluator.evaluate(content, policy: policy, asOf: asOf, dueWithinDays: dueWithinDays)
        let diagnostics = loaded.diagnostics + evaluation.diagnostics
        let errors = diagnostics.errorCounts(in: content.providers)
        for index in evaluation.states.indices {
            evaluation.states[index].errorCount = errors[evaluation.states[index].providerID] ?? 0
        }
        return CheckedDirectory(
            content: content, policy: policy, states: evaluation.states, diagnostics: diagnostics, filesRead: loaded.filesRead)
    }
}
