import QIDomain
import QITestSupport
import Testing

/// Fixtures for the overall light rules' tests (QI-R1..R4).
///
/// The rule suites that use them conform, and name them as `Self.`.
protocol OverallFixtures {}

extension OverallFixtures {
    static var overall: String { "providers/acorn-house/ratings/2026-03-14.yaml:15:10" }
}
