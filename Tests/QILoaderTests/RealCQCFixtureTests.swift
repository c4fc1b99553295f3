import QIDomain
import QILoader
import QITestSupport
import Testing

/// Tests/Fixtures/cqc-real: 366 real CQC social care locations in Oldham, Plymouth, Torbay and Trafford (names,
/// addresses, phone numbers, CQC location and provider ids, UPRNs) check clean.
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
        #expect(ids.count >= 360)
        let lookAlikes = ids.filter { id in
            let digits = id.dropFirst(2).compactMap(\.wholeNumberValue)
            return NHSNumber.isValid(digits)
        }
        #expect(lookAlikes.count >= 3, "CQC ids ending in ten digits that pass the check: \(lookAlikes)")
        #expect(lookAlikes.contains("1-1770257802"))
        #expect(lookAlikes.contains("1-1850346011"), "the id quoted in issue 10, a home care agency in Oldham")
    }

    @Test func itHoldsRealProviderIdsAndUPRNsAndHomeCare() throws {
        let result = ContentLoader().load(root: FixtureTree.fixturesFolder.appendingPathComponent("cqc-real").path)
        let providers = try #require(result.content).providers
        let uprns = providers.compactMap(\.registration.uprn)
        #expect(uprns.count >= 250)
        #expect(providers.compactMap(\.registration.cqcProvider).count >= 250)
        #expect(providers.filter { $0.services.map(\.value).contains("home-care") }.count >= 50)
        #expect(Set(providers.compactMap { $0.locality?.value }) == ["Oldham", "Plymouth", "Torbay", "Trafford"])
    }
}
