import QIDomain
import QILoader
import QITestSupport
import Testing

/// Fixtures for the approval rules' tests (QI-A1..A4): a lift between two ratings and the approvals it records.
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol ApprovalFixtures {}

extension ApprovalFixtures {
    static var providerFile: String { "providers/acorn-house/provider.yaml" }

    static var laterOverall: String { "providers/acorn-house/ratings/2026-03-14.yaml:15:10" }

    static func approvals(_ lines: [String]) -> String {
        lines.isEmpty ? "" : "approvals:\n" + lines.map { "  - \($0)\n" }.joined()
    }

    /// A rating of `earlier` on 10 January 2026, then one of `later` on 14 March 2026 with these approvals.
    static func lift(
        from earlier: String, to later: String, approvals: [String] = [], serviceArea: String = "age-well"
    ) throws -> FixtureTree {
        let standards: [String: String] = ["amber": ["safeguarding": "amber"], "red": ["safeguarding": "red"]][later] ?? [:]
        let earlierStandards: [String: String] = ["amber": ["safeguarding": "amber"], "red": ["safeguarding": "red"]][earlier] ?? [:]
        return try FixtureTree.minimal()
            .writing(Records.ratingPath("2026-01-10"), Records.rating("2026-01-10", overall: earlier, standards: earlierStandards))
            .writing(
                Records.ratingPath("2026-03-14"),
                Records.rating(
                    "2026-03-14", overall: later, standards: standards, extra: Self.approvals(approvals))
            )
            .editing(Self.providerFile, replacing: "service_areas: [age-well]", with: "service_areas: [\(serviceArea)]")
    }

    static var qiLead: String { "{officer: carys-jones, role: qi-lead, date: 2026-03-14}" }

    static var opsManager: String { "{officer: dana-frost, role: safeguarding-ops-manager, date: 2026-03-16}" }

    static var headOfChildren: String { "{officer: eli-novak, role: head-of-safeguarding-children, date: 2026-03-16}" }

    static var qiManager: String { "{officer: ben-ortiz, role: qi-manager, date: 2026-03-14}" }
}
