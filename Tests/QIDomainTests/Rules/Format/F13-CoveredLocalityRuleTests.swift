import QIDomain
import QITestSupport
import Testing

/// QI-F13, `CoveredLocalityRule` (Rules/Format/F13-CoveredLocalityRule.swift): what triggers it and what does not.
@Suite struct CoveredLocalityRuleTests: ReferenceFixtures {
    /// The minimal tree's provider, delivering home care from Cherwell and covering `covers`.
    static func homeCare(covering covers: String) throws -> FixtureTree {
        try FixtureTree.minimal()
            .editing(Self.providerFile, replacing: "services: [care-home-nursing]", with: "services: [home-care]")
            .editing(Self.providerFile, replacing: "locality: Cherwell", with: "locality: Cherwell\ncovers: \(covers)")
    }

    @Test func f13ACoveredLocalityNotInDirectoryYAMLIsAnErrorWithTheNearest() throws {
        let tree = try Self.homeCare(covering: "[Oxford, Oxfrod]")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.providerFile):6:18 error QI-F13"])
        #expect(diagnostics.first?.message == "covers 'Oxfrod', which is not a locality of directory.yaml (did you mean 'Oxford'?)")
        #expect(diagnostics.first?.fix.hasPrefix("use one of: Cherwell, Oxford;") == true)
    }

    @Test func f13ALocalityCoveredTwiceIsAnError() throws {
        let tree = try Self.homeCare(covering: "[Oxford, Oxford]")
        #expect(try tree.summaries(of: "QI-F13") == ["\(Self.providerFile):6:18 error QI-F13"])
        #expect(try tree.messages(of: "QI-F13") == ["covers 'Oxford' twice (first at line 6)"])
    }

    @Test func f13CoveringItsOwnLocalityIsAWarning() throws {
        let tree = try Self.homeCare(covering: "[Cherwell]")
        #expect(try tree.summaries(of: "QI-F13") == ["\(Self.providerFile):6:10 warning QI-F13"])
    }

    @Test func f13LocalitiesOfDirectoryYAMLAreFine() throws {
        let tree = try Self.homeCare(covering: "[Oxford]")
        #expect(try tree.check().isEmpty)
    }

    @Test func f13AProviderWithoutCoversIsFine() throws {
        #expect(try FixtureTree.minimal().summaries(of: "QI-F13").isEmpty)
    }

    @Test func aProviderServesItsOwnLocalityAndTheOnesItCovers() throws {
        let location = SourceLocation(file: "provider.yaml", line: 1, column: 1)
        let provider = Provider(
            id: "a", file: "provider.yaml", name: Located("A", at: location), services: [], serviceAreas: [],
            locality: Located("Cherwell", at: location), status: Located(.active, at: location),
            covers: [Located("Oxford", at: location)])
        #expect(provider.serves(locality: "Cherwell"))
        #expect(provider.serves(locality: "Oxford"))
        #expect(!provider.serves(locality: "West Oxfordshire"))
    }
}
