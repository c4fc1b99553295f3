import QIDomain
import QILoader
import QITestSupport
import Testing

/// Tests/Fixtures/cqc-real: real CQC care-home records (names, addresses, phone numbers, CQC location ids) check clean.
@Suite struct RealCQCFixtureTests {
    @Test func realCQCRecordsCheckWithNoErrors() throws {
        let tree = try FixtureTree.named("cqc-real")
        defer { tree.remove() }
        let diagnostics = try tree.check(asOf: "2026-06-01")
        #expect(diagnostics.summaries(relativeTo: tree.path) == [])
    }

    @Test func someOfItsCQCIdsEndInTenDigitsThatPassTheModulus11Check() throws {
        // Without the typed registration field and the '1-' exception, these would each be a QI-P1 error.
        let result = ContentLoader().load(root: FixtureTree.fixturesFolder.appendingPathComponent("cqc-real").path)
        let ids = try #require(result.content).providers.compactMap(\.registration.cqcLocation)
        #expect(ids.count >= 70)
        let lookAlikes = ids.filter { id in
            let digits = id.dropFirst(2).compactMap(\.wholeNumberValue)
            return NHSNumber.isValid(digits)
        }
        #expect(lookAlikes.count >= 3, "CQC ids ending in ten digits that pass the check: \(lookAlikes)")
        #expect(lookAlikes.contains("1-1770257802"))
    }
}
