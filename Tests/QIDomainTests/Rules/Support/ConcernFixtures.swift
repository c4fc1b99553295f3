import QIDomain
import QITestSupport
import Testing

/// Fixtures for the concern rules' tests (QI-C1..C5): a concern raised on 3 March 2026 over the minimal tree.
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol ConcernFixtures {}

extension ConcernFixtures {
    static var concernFile: String { "providers/acorn-house/concerns/2026-03-03-medication.yaml" }

    static var ratingOverall: String { "providers/acorn-house/ratings/2026-03-14.yaml:15:10" }

    /// The minimal tree (green rating 2026-03-14) with one concern raised on 3 March 2026.
    static func tree(
        process: String = "serious-concerns", triggers: [String] = ["medication-errors-harm"],
        chair: String? = "dana-frost", status: String = "open",
        meetings: [(date: String, kind: String)] = [("2026-03-05", "provider")], extra: String = ""
    ) throws -> FixtureTree {
        try FixtureTree.minimal().writing(
            Records.concernPath("2026-03-03"),
            Records.concern(
                raised: "2026-03-03", process: process, triggers: triggers, chair: chair, status: status,
                meetings: meetings, extra: extra))
    }

    static var closedByChair: String { "closed: {date: 2026-04-01, by: dana-frost, outcome: resolved}\n" }

    static var commissioner: String { "- id: cam-reed\n  name: Cam Reed\n  roles: [commissioner]\n  teams: [age-well]\n" }
}
