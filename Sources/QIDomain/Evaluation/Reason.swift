/// The reason sentence for a provider's light, which always agrees with its since date: when the run of the
/// light began before what holds it now (processes that follow each other without a gap, two ratings at the same
/// light), the sentence names the run's start; when a process that held the light up has closed, it says so.
struct Reason {
    let timeline: LightEvaluator.Timeline
    let evaluator: LightEvaluator

    var policy: Policy { evaluator.policy }

    func sentence(level: LightLevel, reading: LightEvaluator.Reading, open: [Concern], since: Day?, asOf: Day) -> String {
        let word = level.word
        let main: String
        var tail = ""
        let causeDay: Day
        var named: Concern?
        if let concern = reading.floorConcern {
            main = openClause(concern)
            causeDay = concern.raised.value
            named = concern
            if let rating = reading.rating, let ratingLevel = policy.light(rating.overall.value) {
                tail = " (the latest rating, on \(rating.date.value.longDescription), was \(ratingLevel.word.lowercased()))"
            } else {
                tail = "; no rating has been recorded yet"
            }
        } else if let rating = reading.rating {
            let effective = effectiveDay(of: rating) ?? rating.date.value
            var clause = "the \(rating.basis.value.words) on \(rating.date.value.longDescription) rated it \(word.lowercased())"
            if effective > rating.date.value {
                clause += " (a lift that took effect on \(effective.longDescription), with its last approval)"
            }
            main = clause
            causeDay = effective
            // An open process that calls for the same light is part of the reason too.
            if let concern = open.first(where: { policy.process($0.process.value)?.floor == level.key }) {
                tail = "; " + openClause(concern)
                named = concern
            }
        } else {
            return "Not yet rated: no rating has been recorded for this provider."
        }
        if let since, since < causeDay, let earlier = earlierCause(on: since, current: reading, named: named, asOf: asOf) {
            return "\(word) since \(since.longDescription): \(main), after \(earlier)\(tail)."
        }
        if let since, since > causeDay, let closed = closedOn(since) {
            let title = processTitle(closed)
            tail += "; the \(title) process raised on \(closed.raised.value.longDescription) closed on \(since.longDescription)"
        }
        return "\(word) because \(main)\(tail)."
    }

    /// "a Serious Concerns process has been open since 3 March 2026".
    private func openClause(_ concern: Concern) -> String {
        let title = processTitle(concern)
        return "\(Grammar.article(title)) \(title) process has been open since \(concern.raised.value.longDescription)"
    }

    private func processTitle(_ concern: Concern) -> String {
        policy.process(concern.process.value)?.title ?? concern.process.value
    }

    private func effectiveDay(of rating: Rating) -> Day? {
        guard let index = timeline.provider.ratings.firstIndex(where: { $0.file == rating.file }) else { return nil }
        return timeline.effective[index]
    }

    /// What set the light on the first day of its run, when that is not already named in the sentence.
    private func earlierCause(on day: Day, current: LightEvaluator.Reading, named: Concern?, asOf: Day) -> String? {
        let then = evaluator.read(timeline, on: day)
        if let concern = then.floorConcern {
            guard concern.id != named?.id else { return nil }
            let still = concern.isOpen(on: asOf)
            if let now = current.floorConcern, now.process.value == concern.process.value, !still {
                return "another that ran from \(concern.raised.value.longDescription)"
            }
            let title = processTitle(concern)
            let span = still ? "that has been open since" : "that ran from"
            return "\(Grammar.article(title)) \(title) process \(span) \(concern.raised.value.longDescription)"
        }
        guard let rating = then.rating, let level = policy.light(rating.overall.value) else { return nil }
        let also = current.floorConcern == nil ? "also " : ""
        var clause = "the \(rating.basis.value.words) on \(rating.date.value.longDescription) \(also)rated it \(level.word.lowercased())"
        if let effective = effectiveDay(of: rating), effective > rating.date.value {
            clause += " (a lift that took effect on \(effective.longDescription))"
        }
        return clause
    }

    /// The process that held the light up until it closed on `day`, if that is why the light changed then.
    private func closedOn(_ day: Day) -> Concern? {
        let before = evaluator.read(timeline, on: day.adding(days: -1))
        guard let concern = before.floorConcern, concern.closed?.date?.value == day else { return nil }
        return concern
    }
}
