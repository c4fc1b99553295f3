import QIDomain
import QILoader
import QITestSupport
import Testing

/// The importer's load (`ProviderReading.providerFileOnly`: provider.yaml only) against a whole load: the same
/// providers but for their ratings, concerns and CQC facts, and, with `cqcDiagnostics`, the same errors in the files
/// the import reads (directory.yaml, officers.yaml, provider.yaml, cqc.yaml).
@Suite struct ProviderReadingTests {
    static var importersLoader: ContentLoader {
        var loader = ContentLoader()
        loader.providerReading = .providerFileOnly
        return loader
    }

    /// The errors `qid import cqc` stops on, sorted.
    static func importErrors(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.filter { diagnostic in
            diagnostic.severity == .error
                && ["directory.yaml", "officers.yaml", "provider.yaml", "cqc.yaml"].contains { diagnostic.location.file.hasSuffix($0) }
        }.sortedForOutput()
    }

    /// A provider as the importer's load would give it: no ratings, concerns or CQC facts.
    static func withoutRecords(_ provider: Provider) -> String {
        var provider = provider
        provider.ratings = []
        provider.concerns = []
        provider.cqc = nil
        return String(describing: provider)
    }

    @Test func onRealCQCRecordsItGivesTheSameProvidersWithoutTheirRatings() throws {
        let tree = try FixtureTree.named("cqc-real")
        defer { tree.remove() }
        let whole = try #require(ContentLoader().load(root: tree.path).content).providers
        let narrow = try #require(Self.importersLoader.load(root: tree.path).content).providers
        #expect(whole.count > 300)
        #expect(whole.contains { !$0.ratings.isEmpty }, "the fixture has ratings, so leaving them out is tested")
        #expect(narrow.allSatisfy { $0.ratings.isEmpty && $0.concerns.isEmpty && $0.cqc == nil })
        #expect(narrow.map(String.init(describing:)) == whole.map(Self.withoutRecords))
    }

    @Test func withCQCFilesCheckedItStopsOnTheSameErrorsAsAWholeLoad() throws {
        let tree = try FixtureTree.named("cqc-real")
        defer { tree.remove() }
        let cqc = "location: 1-1145266322\nregistration_status: registered\ndormant: false\ndata_date: 2026-05-01\n"
        try tree.writing("providers/abbey-hey-care-home/cqc.yaml", cqc)
            .writing("providers/54-taylor-street/cqc.yaml", cqc)  // another location's facts
            .writing("providers/10-spennithorne-road/cqc.yaml", "location: [unclosed\n")
            .editing("providers/abbey-hey-care-home/provider.yaml", replacing: "status: active", with: "status: activ")
            .writing("providers/54-taylor-street/ratings/2026-02-01.yaml", "date: 2026-02-31\n")
        let whole = ContentLoader().load(root: tree.path)
        let narrow = Self.importersLoader.load(root: tree.path)
        let providers = try #require(narrow.content).providers.map { ($0.id, $0.registration.cqcLocation) }
        let cqcErrors = Self.importersLoader.cqcDiagnostics(root: tree.path, providers: providers)
        let expected = Self.importErrors(whole.diagnostics)
        #expect(expected.contains { $0.location.file.hasSuffix("54-taylor-street/cqc.yaml") })
        #expect(expected.contains { $0.location.file.hasSuffix("10-spennithorne-road/cqc.yaml") })
        #expect(expected.contains { $0.location.file.hasSuffix("abbey-hey-care-home/provider.yaml") })
        #expect(Self.importErrors(narrow.diagnostics + cqcErrors) == expected)
        #expect(cqcErrors.allSatisfy { $0.location.file.hasSuffix("/cqc.yaml") })
        // The bad rating is a whole load's error, never read by the importer's load (it never stopped an import).
        #expect(whole.diagnostics.contains { $0.location.file.hasSuffix("ratings/2026-02-01.yaml") })
        #expect(!narrow.diagnostics.contains { $0.location.file.hasSuffix("ratings/2026-02-01.yaml") })
    }

    @Test func aCQCFileOfTheRegisteredLocationHasNoDiagnosticsAndAMissingOneNone() throws {
        let tree = try FixtureTree.named("cqc-real")
        defer { tree.remove() }
        try tree.writing(
            "providers/abbey-hey-care-home/cqc.yaml",
            "location: 1-1145266322\nregistration_status: registered\ndormant: false\ndata_date: 2026-05-01\n")
        let checked = Self.importersLoader.cqcDiagnostics(
            root: tree.path, providers: [("abbey-hey-care-home", "1-1145266322"), ("54-taylor-street", "1-1234567890")])
        #expect(checked.isEmpty, "\(checked.summaries(relativeTo: tree.path))")
        let mismatched = Self.importersLoader.cqcDiagnostics(root: tree.path, providers: [("abbey-hey-care-home", "1-999")])
        #expect(mismatched.map(\.message).contains { $0.contains("cqc.yaml is for CQC location 1-1145266322") })
    }
}
