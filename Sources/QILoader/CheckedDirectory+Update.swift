import QIDomain

extension CheckedDirectory {
    /// The check after some provider folders were read again (`ContentLoader.reloadProviders`), without reading or
    /// evaluating the others: what a preview server does when an officer saves one provider's file.
    ///
    /// Every quality rule and the work list look at one provider at a time (its own records, the policy, the
    /// officers), so a provider's share of the diagnostics is what evaluating it alone adds to evaluating no provider.
    /// The changed providers' old share is taken out (everything in their folders, and what their old records made
    /// the rules say elsewhere), their new share put in, and only their states replaced. The result is the one a full
    /// check would give (a test compares them). Nil when there is nothing to update (no content or no policy): check
    /// everything again.
    public func updating(_ reloads: [ProviderReload], asOf: Day, dueWithinDays: Int? = nil) -> CheckedDirectory? {
        guard var content, let policy else { return nil }
        let ids = Set(reloads.map(\.id))
        let folders = reloads.map(\.folder)
        func inChangedFolder(_ diagnostic: Diagnostic) -> Bool {
            folders.contains { diagnostic.location.file.isInFolder($0) }
        }
        func evaluate(_ providers: [Provider]) -> Evaluation {
            var alone = content
            alone.providers = providers
            return Evaluator.evaluate(alone, policy: policy, asOf: asOf, dueWithinDays: dueWithinDays)
        }
        let baseline = evaluate([]).diagnostics
        let old = content.providers.filter { ids.contains($0.id) }
        var stale = DiagnosticCounts(evaluate(old).diagnostics.filter { !inChangedFolder($0) })
        stale.remove(baseline)
        var diagnostics = self.diagnostics.filter { !inChangedFolder($0) && !stale.take($0) }

        let fresh = reloads.compactMap(\.provider)
        let evaluation = evaluate(fresh)
        var added = DiagnosticCounts(evaluation.diagnostics)
        added.remove(baseline)
        let share = reloads.flatMap(\.diagnostics) + evaluation.diagnostics.filter { added.take($0) }
        diagnostics += share

        content.providers = (content.providers.filter { !ids.contains($0.id) } + fresh).sorted { $0.id < $1.id }
        let errors = share.errorCounts(in: fresh)
        var byID: [String: ProviderState] = [:]
        for state in states where !ids.contains(state.providerID) { byID[state.providerID] = state }
        for var state in evaluation.states {
            state.errorCount = errors[state.providerID] ?? 0
            byID[state.providerID] = state
        }
        return CheckedDirectory(
            content: content, policy: policy, states: content.providers.compactMap { byID[$0.id] }, diagnostics: diagnostics,
            filesRead: filesRead)
    }
}

/// A multiset of diagnostics: how many of each are still to be taken.
struct DiagnosticCounts {
    private var counts: [Diagnostic: Int] = [:]

    init(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { counts[diagnostic, default: 0] += 1 }
    }

    /// Takes one of each of `diagnostics` out, where there is one.
    mutating func remove(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { _ = take(diagnostic) }
    }

    /// Whether one `diagnostic` was left to take (and takes it).
    mutating func take(_ diagnostic: Diagnostic) -> Bool {
        guard let count = counts[diagnostic], count > 0 else { return false }
        counts[diagnostic] = count - 1
        return true
    }
}
