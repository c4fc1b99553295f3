import QIDomain
import QITestSupport
import Testing

/// Evaluation/LightHistory.swift: each provider's light over time, worked out once and then sampled (the dashboard's
/// trend at 24 month ends, the recent changes, the feed) instead of evaluating the records again at every date.
@Suite struct LightHistoryTests {
    static func day(_ text: String) throws -> Day { try #require(Day(iso: text)) }

    @Test func sampledAtAnyDateTheHistoryAgreesWithEvaluatingTheRecordsOnThatDate() throws {
        let tree = try FixtureTree.example()
        defer { tree.remove() }
        let (content, policy) = try tree.loaded(asOf: "2026-11-23")
        let evaluator = LightEvaluator(policy: policy)
        let asOf = try Self.day("2026-11-23")
        var sampled = 0
        var changed = 0
        for provider in content.providers {
            let history = evaluator.history(of: provider)
            // Every month end of four years, and each day a change took effect and the day before it.
            var days = asOf.monthEnds(count: 48) + [asOf]
            for change in history.changes { days += [change.day, change.day.adding(days: -1)] }
            for day in days {
                #expect(
                    history.light(on: day) == evaluator.light(of: provider, on: day).light,
                    "\(provider.id) on \(day): the history and the evaluation disagree")
                sampled += 1
            }
            if history.changes.count > 1 { changed += 1 }
        }
        // The example content has providers whose light changed more than once: the samples are not all one light.
        #expect(changed >= 5)
        #expect(sampled > 1_500)
    }

    @Test func aProcessRaisedThenClosedOverARatingGivesTwoChanges() throws {
        let tree = try FixtureTree.minimal().writing(
            "providers/acorn-house/concerns/2026-03-03-medication.yaml",
            Records.concern(
                raised: "2026-03-03", status: "closed", meetings: [("2026-03-05", "provider")],
                extra: "closed: {date: 2026-04-01, by: dana-frost, outcome: resolved}\n"))
        defer { tree.remove() }
        let (content, policy) = try tree.loaded()
        let provider = try #require(content.providers.first)
        let history = LightEvaluator(policy: policy).history(of: provider)
        // Red from the day the process was raised (the green rating of 14 March does not lift it), green once it closed.
        #expect(
            history.changes == [
                LightHistory.Change(day: try Self.day("2026-03-03"), from: nil, to: "red"),
                LightHistory.Change(day: try Self.day("2026-04-01"), from: "red", to: "green"),
            ])
        #expect(history.light(on: try Self.day("2026-03-02")) == nil)
        #expect(history.light(on: try Self.day("2026-03-31")) == "red")
        #expect(history.light(on: try Self.day("2026-04-01")) == "green")
        #expect(history.changes(after: try Self.day("2026-03-03"), through: try Self.day("2026-12-31")).map(\.to) == ["green"])
    }

    @Test func aRatingThatKeepsTheLightIsNoChange() throws {
        let tree = try FixtureTree.minimal().writing(Records.ratingPath("2026-05-01"), Records.rating("2026-05-01"))
        defer { tree.remove() }
        let (content, policy) = try tree.loaded()
        let history = LightEvaluator(policy: policy).history(of: try #require(content.providers.first))
        #expect(history.changes == [LightHistory.Change(day: try Self.day("2026-03-14"), from: nil, to: "green")])
    }

    @Test func theMonthEndsAreTheLastOnOrBeforeTheDateOldestFirst() throws {
        let ends = try Self.day("2026-11-23").monthEnds(count: 24)
        #expect(ends.count == 24)
        #expect(ends.first == (try Self.day("2024-11-30")))
        #expect(ends.last == (try Self.day("2026-10-31")))
        #expect(ends.contains(try Self.day("2026-02-28")))
        #expect(ends.contains(try Self.day("2025-02-28")))
        // On a month end, that day is the last.
        #expect(try Self.day("2026-10-31").monthEnds(count: 2) == [try Self.day("2026-09-30"), try Self.day("2026-10-31")])
        // Leap years.
        #expect(try Self.day("2024-03-15").monthEnds(count: 1) == [try Self.day("2024-02-29")])
        #expect(try Self.day("2026-01-01").monthEnds(count: 0).isEmpty)
    }
}
