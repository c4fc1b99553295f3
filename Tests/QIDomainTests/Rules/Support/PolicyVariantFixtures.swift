import QIDomain
import QITestSupport
import Testing

/// Fixtures for rules only some policies switch on: QI-A5's escalations, QI-V3's shorter cadence at a light.
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol PolicyVariantFixtures {}

extension PolicyVariantFixtures {
    static var rating: String { Records.ratingPath("2026-03-14") }

    static var amber: String { Records.rating("2026-03-14", overall: "amber", standards: ["safeguarding": "amber"]) }

    /// Oxfordshire with amber and red escalated to a commissioner (as Derby escalates to its lead commissioner).
    static func escalating() throws -> FixtureTree {
        try FixtureTree.minimal()
            .withPolicy(replacing: [
                ("escalations: []", "escalations:\n  - {lights: [amber, red], roles: [commissioner], title: Contract review}")
            ])
            .writing(
                "officers.yaml",
                try FixtureTree.minimal().read("officers.yaml") + "- id: cai-wong\n  name: Cai Wong\n  roles: [commissioner]\n")
    }

    /// Amber providers reviewed every month, as Herefordshire reviews levels 2 and 3 monthly.
    static func monthlyAtAmber() throws -> FixtureTree {
        try FixtureTree.minimal()
            .withPolicy(replacing: [("  every_months: 12\n", "  every_months: 12\n  by_light: {amber: 1}\n")])
            .writing(Self.rating, Self.amber)
    }
}
