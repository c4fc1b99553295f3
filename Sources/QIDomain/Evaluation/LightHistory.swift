/// A provider's light over time: each day its light changed, worked out once from its records.
///
/// A light can change only on a day a rating takes effect (its date, or a lift's last approval), a concern process
/// is raised or a process closes; between such days every input of `LightEvaluator.read` is the same. So the
/// history reads the records once at each of those days and keeps the days the light differed from the day before:
/// the light on any date is then the last change on or before it (a binary search), the same as evaluating the
/// records on that date, without evaluating them again. The dashboard's trend samples it at 24 month ends.
public struct LightHistory: Sendable {
    /// One change of light: from (nil: not yet rated) to (nil: no longer rated, as when a lone process closes).
    public struct Change: Sendable, Equatable {
        public var day: Day
        public var from: String?
        public var to: String?

        public init(day: Day, from: String?, to: String?) {
            self.day = day
            self.from = from
            self.to = to
        }
    }

    public let providerID: String
    /// Oldest first; no two neighbours share a light, and the first is never from nil to nil.
    public let changes: [Change]

    /// The light key on `day`: the last change on or before it (nil: not yet rated).
    public func light(on day: Day) -> String? {
        var low = 0
        var high = changes.count
        while low < high {
            let middle = (low + high) / 2
            if changes[middle].day <= day { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : changes[low - 1].to
    }

    /// The changes that took effect after `start` and on or before `end`, oldest first.
    public func changes(after start: Day, through end: Day) -> [Change] {
        changes.filter { $0.day > start && $0.day <= end }
    }
}

extension LightEvaluator {
    /// The provider's light history: one reading of its records per day a rating or process could change the light.
    public func history(of provider: Provider) -> LightHistory {
        let timeline = Timeline(provider, policy: policy)
        var days = Set(timeline.effective.compactMap { $0 })
        for concern in provider.concerns {
            days.insert(concern.raised.value)
            if let closed = concern.closed?.date?.value { days.insert(closed) }
        }
        var changes: [LightHistory.Change] = []
        var current: String?
        for day in days.sorted() {
            let light = read(timeline, on: day).light
            guard light != current else { continue }
            changes.append(LightHistory.Change(day: day, from: current, to: light))
            current = light
        }
        return LightHistory(providerID: provider.id, changes: changes)
    }
}

extension Day {
    /// The last day of this day's month.
    public var endOfMonth: Day {
        let (year, month, _) = components
        return Day(year: year, month: month, day: Day.daysIn(month: month, year: year)) ?? self
    }

    /// The `count` month ends up to this day, oldest first: the last is this day when it ends its month, else the
    /// end of the month before.
    public func monthEnds(count: Int) -> [Day] {
        let latest = self == endOfMonth ? self : adding(days: -components.day).endOfMonth
        return (0..<max(0, count)).reversed().map { latest.adding(months: -$0).endOfMonth }
    }
}
