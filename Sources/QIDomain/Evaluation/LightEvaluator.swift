/// Works out each provider's light on a date: the stricter of its latest rating and the floors of the
/// concern processes open then (QI-C1), why, and since when.
public struct LightEvaluator: Sendable {
    public let policy: Policy

    public init(policy: Policy) {
        self.policy = policy
    }

    /// The light key on `day` (nil: not yet rated), the latest rating and the concern that sets the floor.
    public func light(of provider: Provider, on day: Day) -> (light: String?, rating: Rating?, floorConcern: Concern?) {
        let rating = latestRating(of: provider, on: day)
        let ratingLight = rating.flatMap { policy.severity(of: $0.overall.value) != nil ? $0.overall.value : nil }
        var floor: (light: String, concern: Concern)?
        for concern in provider.concerns where concern.isOpen(on: day) {
            guard let light = policy.process(concern.process.value)?.floor, let rank = policy.severity(of: light) else { continue }
            if let current = floor, let currentRank = policy.severity(of: current.light), currentRank >= rank { continue }
            floor = (light, concern)
        }
        guard let floor else { return (ratingLight, rating, nil) }
        if let ratingLight, let ratingRank = policy.severity(of: ratingLight), let floorRank = policy.severity(of: floor.light), ratingRank >= floorRank {
            return (ratingLight, rating, nil)
        }
        return (floor.light, rating, floor.concern)
    }

    public func latestRating(of provider: Provider, on day: Day) -> Rating? {
        provider.ratings.last { $0.date.value <= day }
    }

    /// The full state on `asOf`, without due items (the dashboard rules add those).
    public func state(of provider: Provider, on asOf: Day) -> ProviderState {
        let (light, rating, floorConcern) = self.light(of: provider, on: asOf)
        let level = light.flatMap(policy.light) ?? policy.notYetRated
        let open = provider.concerns.filter { $0.isOpen(on: asOf) }
        return ProviderState(
            providerID: provider.id, light: level, hasLight: light != nil, latestRating: rating,
            floorConcern: floorConcern,
            explanation: explanation(level: level, rating: rating, floorConcern: floorConcern, open: open),
            since: since(provider, light: light, asOf: asOf), openConcerns: open, dueItems: [])
    }

    private func explanation(level: LightLevel, rating: Rating?, floorConcern: Concern?, open: [Concern]) -> String {
        if let concern = floorConcern {
            let title = policy.process(concern.process.value)?.title ?? concern.process.value
            let since = "\(level.word) because \(article(title)) \(title) process has been open since \(concern.raised.value.longDescription)"
            guard let rating, let ratingLevel = policy.light(rating.overall.value) else {
                return since + "; no rating has been recorded yet."
            }
            return since + " (the latest rating, on \(rating.date.value.longDescription), was \(ratingLevel.word.lowercased()))."
        }
        guard let rating else {
            return "Not yet rated: no rating has been recorded for this provider."
        }
        let because = "\(level.word) because the \(rating.basis.value.words) on \(rating.date.value.longDescription) rated it \(level.word.lowercased())"
        // An open process that calls for the same light is part of the reason too.
        guard let concern = open.first(where: { policy.process($0.process.value)?.floor == level.key }) else {
            return because + "."
        }
        let title = policy.process(concern.process.value)?.title ?? concern.process.value
        return because + "; \(article(title)) \(title) process has been open since \(concern.raised.value.longDescription)."
    }

    private func article(_ word: String) -> String {
        Grammar.article(word)
    }

    /// The first day of the unbroken run of `light` that reaches `asOf`.
    private func since(_ provider: Provider, light: String?, asOf: Day) -> Day? {
        var changes: [Day] = provider.ratings.map(\.date.value)
        for concern in provider.concerns {
            changes.append(concern.raised.value)
            if let closed = concern.closed?.date?.value { changes.append(closed) }
        }
        let days = Set(changes.filter { $0 <= asOf }).sorted()
        var since: Day?
        for day in days.reversed() {
            guard self.light(of: provider, on: day).light == light else { break }
            since = day
        }
        return light == nil ? nil : since
    }
}
