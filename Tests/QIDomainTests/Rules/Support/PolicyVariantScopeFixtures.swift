import QIDomain
import QITestSupport
import Testing

/// Fixtures for policy rules limited to some service areas (QI-A5) or switched off (QI-V4).
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol PolicyVariantScopeFixtures: PolicyVariantFixtures {}

extension PolicyVariantScopeFixtures {
    static func escalating(areas: String) throws -> FixtureTree {
        try FixtureTree.minimal()
            .withPolicy(replacing: [
                (
                    "escalations: []",
                    "escalations:\n  - {lights: [amber], roles: [commissioner], title: Joint review, service_areas: [\(areas)]}"
                )
            ])
            .writing(Self.rating, Self.amber)
    }

    static var newService: (String, String) { ("commissioned_since: 2019-04-01", "commissioned_since: 2026-02-01") }
}
