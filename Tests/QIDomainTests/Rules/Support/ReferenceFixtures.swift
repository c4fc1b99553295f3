import QIDomain
import QITestSupport
import Testing

/// Fixtures for the reference rules' tests (QI-F9, QI-F4).
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol ReferenceFixtures {}

extension ReferenceFixtures {
    static var providerFile: String { "providers/acorn-house/provider.yaml" }

    static var ratingFile: String { "providers/acorn-house/ratings/2026-03-14.yaml" }

    /// A concern rating on 14 March 2026 naming `concern`, next to the concern file 2026-03-03-medication.yaml.
    static func concernRating(naming concern: String) throws -> FixtureTree {
        try FixtureTree.minimal()
            .writing(
                Records.concernPath("2026-03-03"),
                Records.concern(
                    raised: "2026-03-03", status: "closed", meetings: [("2026-03-05", "provider")],
                    extra: "closed: {date: 2026-03-14, by: dana-frost, outcome: resolved}\n")
            )
            .writing(Records.ratingPath("2026-03-14"), Records.rating("2026-03-14", basis: "concern", extra: "concern: \(concern)\n"))
    }
}
