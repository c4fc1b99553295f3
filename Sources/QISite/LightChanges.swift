import QIDomain
import QIParallel

/// Every provider's light history, worked out once (on every core) for the dashboard's trend and changes and for
/// `changes.atom`.
///
/// At 25,000 providers the trend's 24 month ends cost 24 binary searches a provider, not 24 evaluations.
struct LightChanges: Sendable {
    /// One change of one provider's light.
    struct Entry: Sendable {
        var provider: Provider
        var change: LightHistory.Change
    }

    /// In the content's provider order.
    let histories: [LightHistory]
    let providers: [Provider]
    let policy: Policy

    init(providers: [Provider], policy: Policy) {
        let evaluator = LightEvaluator(policy: policy)
        self.histories = Parallel.map(providers) { evaluator.history(of: $0) }
        self.providers = providers
        self.policy = policy
    }

    /// How many providers stood at each light on each of `days`: light key (the policy's not-yet-rated key for none)
    /// → count.
    func counts(on days: [Day]) -> [[String: Int]] {
        days.map { day in
            var counts: [String: Int] = [:]
            for history in histories {
                counts[history.light(on: day) ?? policy.notYetRated.key, default: 0] += 1
            }
            return counts
        }
    }

    /// The changes that took effect in the `days` days up to and including `asOf`: newest first, then by provider
    /// name and id.
    func recent(days: Int, asOf: Day) -> [Entry] {
        let start = asOf.adding(days: -days)
        var entries: [Entry] = []
        for (provider, history) in zip(providers, histories) {
            for change in history.changes(after: start, through: asOf) {
                entries.append(Entry(provider: provider, change: change))
            }
        }
        return entries.sorted { lhs, rhs in
            if lhs.change.day != rhs.change.day { return lhs.change.day > rhs.change.day }
            return (lhs.provider.name.value.lowercased(), lhs.provider.id) < (rhs.provider.name.value.lowercased(), rhs.provider.id)
        }
    }
}
