import QIDomain
import QITestSupport
import Testing

/// Fixtures for the CQC cross-check's tests (QI-Q1..Q4): the minimal tree (Acorn House, green since its review on
/// 2026-03-14) with a CQC location registered and a cqc.yaml as `qid import cqc` writes it.
protocol CQCFixtures {}

extension CQCFixtures {
    static var cqcFile: String { "providers/acorn-house/cqc.yaml" }

    /// cqc.yaml with one line changed from a Good, registered, current record.
    static func cqc(
        overall: String = "{rating: good, date: 2026-01-20}", safe: String = "{rating: good, date: 2026-01-20}",
        status: String = "registered", dormant: String = "false", latestReport: String = "2026-01-20",
        dataDate: String = "2026-05-20"
    ) -> String {
        """
        location: 1-1850346011
        registration_status: \(status)
        registered: 2019-03-01
        dormant: \(dormant)
        overall: \(overall)
        safe: \(safe)
        effective: {rating: good, date: 2026-01-20}
        caring: {rating: good, date: 2026-01-20}
        responsive: {rating: good, date: 2026-01-20}
        well_led: {rating: good, date: 2026-01-20, inherited: true}
        last_inspection: 2025-12-10
        latest_report: \(latestReport)
        data_date: \(dataDate)

        """
    }

    static func tree(_ cqc: String) throws -> FixtureTree {
        try FixtureTree.minimal()
            .editing(
                "providers/acorn-house/provider.yaml", replacing: "status: active",
                with: "status: active\nregistration: {cqc_location: 1-1850346011}"
            )
            .writing(cqcFile, cqc)
    }
}
