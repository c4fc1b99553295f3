import QIDomain
import QITestSupport
import Testing

/// Fixtures for the review rules' tests (QI-V1, QI-V3, QI-V4): contracts, actions and commissioning dates.
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol ReviewFixtures {}

extension ReviewFixtures {
    static var providerFile: String { "providers/acorn-house/provider.yaml" }

    static var ratingFile: String { "providers/acorn-house/ratings/2026-03-14.yaml" }

    static func withContract(_ contract: String, basis: String) throws -> FixtureTree {
        try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", basis: basis))
            .editing(
                Self.providerFile, replacing: "contract: {tier: silver, annual_value: 100000, criticality: low}",
                with: "contract: \(contract)")
    }

    static func withAction(due: String, ratingDate: String = "2026-03-14") -> String {
        let action = "actions:\n  - {id: A1, action: Recruit night staff., owner: provider, due: \(due), status: open}\n"
        return Records.rating(ratingDate, overall: "amber", standards: ["staffing": "amber"], extra: action)
    }

    static func commissioned(_ since: String) throws -> FixtureTree {
        try FixtureTree.minimal()
            .editing(Self.providerFile, replacing: "commissioned_since: 2019-04-01", with: "commissioned_since: \(since)")
    }
}
