/// Works out each provider's light on a date: the stricter of its latest rating in effect and the floors of the concern
/// processes open then (QI-C1), why, and since when.
///
/// A rating that lifts the light (QI-A2, QI-A3) is in effect from its last needed approval; until then the earlier
/// rating holds.
public struct LightEvaluator: Sendable {
    /// The policy and its index, held by reference: an evaluator is copied into every provider's reason, and a
    /// copy of the policy itself would retain each of its lists.
    private let held: Held

    public var policy: Policy { held.policy }

    var index: PolicyIndex { held.index }

    public init(policy: Policy) {
        held = Held(policy: policy, index: PolicyIndex(policy))
    }

    private final class Held: Sendable {
        let policy: Policy
        let index: PolicyIndex

        init(policy: Policy, index: PolicyIndex) {
            self.policy = policy
            self.index = index
        }
    }

    /// What decides a provider's light on one day.
    struct Reading {
        /// The light key (nil: not yet rated).
        var light: String?
        /// The latest rating in effect.
        var rating: Rating?
        /// The open concern whose floor is stricter than the rating.
        var floorConcern: Concern?
    }

    /// A provider's ratings with the day each takes effect, worked out once per provider.
    struct Timeline {
        let provider: Provider
        let lifts: [Int: Lift]
        /// By rating index: the day it takes effect (nil: a lift whose approval is not recorded).
        let effective: [Day?]

        init(_ provider: Provider, policy: borrowing Policy) {
            self.provider = provider
            let lifts = Lifts.lifts(of: provider, policy: policy)
            self.lifts = lifts
            self.effective = provider.ratings.indices.map { index in
                lifts[index].map(\.takesEffect) ?? provider.ratings[index].date.value
            }
        }

        /// The index of the latest-dated rating in effect on `day`.
        func ratingIndex(on day: Day) -> Int? {
            effective.lastIndex { $0.map { $0 <= day } ?? false }
        }
    }

    /// The light key on `day` (nil: not yet rated), the rating in effect and the concern that sets the floor.
    public func light(of provider: Provider, on day: Day) -> (light: String?, rating: Rating?, floorConcern: Concern?) {
        let reading = read(Timeline(provider, policy: policy), on: day)
        return (reading.light, reading.rating, reading.floorConcern)
    }

    func read(_ timeline: Timeline, on day: Day) -> Reading {
        let rating = timeline.ratingIndex(on: day).map { timeline.provider.ratings[$0] }
        let ratingLight = rating.flatMap { policy.rank(of: $0.overall.value) != nil ? $0.overall.value : nil }
        var floor: (light: String, concern: Concern)?
        for concern in timeline.provider.concerns where concern.isOpen(on: day) {
            guard let light = policy.process(concern.process.value)?.floor, let rank = policy.rank(of: light) else { continue }
            if let current = floor, let currentRank = policy.rank(of: current.light), currentRank >= rank { continue }
            floor = (light, concern)
        }
        guard let floor else { return Reading(light: ratingLight, rating: rating, floorConcern: nil) }
        if let ratingLight, let ratingRank = policy.rank(of: ratingLight), let floorRank = policy.rank(of: floor.light),
            ratingRank >= floorRank
        {
            return Reading(light: ratingLight, rating: rating, floorConcern: nil)
        }
        return Reading(light: floor.light, rating: rating, floorConcern: floor.concern)
    }

    /// The latest rating in effect on `day` (a lift awaiting an approval is not).
    public func latestRating(of provider: Provider, on day: Day) -> Rating? {
        let timeline = Timeline(provider, policy: policy)
        return timeline.ratingIndex(on: day).map { provider.ratings[$0] }
    }

    /// The full state on `asOf`, without due items (the dashboard rules add those).
    public func state(of provider: Provider, on asOf: Day) -> ProviderState {
        let timeline = Timeline(provider, policy: policy)
        let reading = read(timeline, on: asOf)
        let level = reading.light.flatMap(policy.light) ?? policy.notYetRated
        let open = provider.concerns.filter { $0.isOpen(on: asOf) }
        let since = self.since(timeline, light: reading.light, asOf: asOf)
        let latestReview = provider.ratings.last { $0.date.value <= asOf }
        let pending = pendingLift(timeline, asOf: asOf)
        let review = ReviewStatus.of(provider, latestReview: latestReview, light: reading.light, policy: policy, asOf: asOf)
        let reason = Reason(timeline: timeline, evaluator: self)
        return ProviderState(
            providerID: provider.id, light: level, hasLight: reading.light != nil, latestRating: reading.rating,
            floorConcern: reading.floorConcern,
            explanation: reason.sentence(level: level, reading: reading, open: open, since: since, asOf: asOf),
            since: since, openConcerns: open, dueItems: [], latestReview: latestReview, review: review,
            reviewNotice: review.notice(policy.notices), pendingLift: pending,
            pendingLiftNotice: pending.map { pendingNotice($0, asOf: asOf) },
            guidance: guidance(provider, level: level), status: provider.status.value)
    }

    /// The latest lift dated on or before `asOf` that is not yet in effect (it awaits an approval).
    private func pendingLift(_ timeline: Timeline, asOf: Day) -> Lift? {
        let inEffect = timeline.ratingIndex(on: asOf) ?? -1
        let ratings = timeline.provider.ratings
        guard let index = ratings.indices.last(where: { $0 > inEffect && ratings[$0].date.value <= asOf }) else { return nil }
        return timeline.lifts[index]
    }

    /// "A lift to Green was recorded on 2 February 2026 and awaits the approval of the Safeguarding Operations Manager.".
    private func pendingNotice(_ lift: Lift, asOf: Day) -> String {
        let word = policy.light(lift.rating.overall.value)?.word ?? lift.rating.overall.value
        let roles = Lifts.roleWords(lift.awaited(on: asOf), policy: policy)
        return "A lift to \(word) was recorded on \(lift.rating.date.value.longDescription) and awaits the approval of \(roles)."
    }

    /// The placement guidance: the suspension's or closure's words from the policy, else the light's.
    private func guidance(_ provider: Provider, level: LightLevel) -> String {
        switch provider.status.value {
        case .active: return level.guidance
        case .suspended: return policy.notices.suspended
        case .closed: return policy.notices.closed
        }
    }

    /// The first day of the unbroken run of `light` that reaches `asOf`.
    func since(_ timeline: Timeline, light: String?, asOf: Day) -> Day? {
        guard light != nil else { return nil }
        var changes: [Day] = timeline.effective.compactMap { $0 }
        for concern in timeline.provider.concerns {
            changes.append(concern.raised.value)
            if let closed = concern.closed?.date?.value { changes.append(closed) }
        }
        changes.sort()
        var since: Day?
        // Latest first, each day once (equal days are side by side once sorted).
        for day in changes.reversed() where day <= asOf && day != since {
            guard read(timeline, on: day).light == light else { break }
            since = day
        }
        return since
    }
}
