import QIDomain
import QITestSupport
import Testing

/// Fixtures for the action rules' tests (QI-C6, QI-V2): a rating with one action.
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol ActionFixtures {}

extension ActionFixtures {
    static var ratingFile: String { "providers/acorn-house/ratings/2026-03-14.yaml" }

    /// An `actions:` list with one action.
    ///
    /// Written after the rating's line 16 it takes lines 17–24: 17 `actions:`, 18 `- id:` (the action's mapping at
    /// column 5), 22 `due:` (value at column 10), 23 `status:` (value at column 13), 24 `done:` (value at column 11).
    /// Absent values leave a comment line.
    static func actions(due: String? = "2026-05-01", status: String = "open", done: String? = nil) -> String {
        [
            "actions:",
            "  - id: A1",
            "    standard: staffing",
            "    action: Recruit two night carers and evidence rota cover for four weeks.",
            "    owner: provider",
            due.map { "    due: \($0)" } ?? "    # no due date",
            "    status: \(status)",
            done.map { "    done: \($0)" } ?? "    # no done date",
        ].joined(separator: "\n") + "\n"
    }

    static func tree(_ actions: String, outcome: String? = nil) throws -> FixtureTree {
        let extra = actions + (outcome.map { "outcome: \($0)\n" } ?? "")
        return try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["staffing": "amber"], extra: extra))
    }
}
