import Foundation
import QIDomain
import QITestSupport
import Testing

@Suite struct RuleCatalogueTests {
    @Test func readmeRuleTableIsTheGeneratedCatalogue() throws {
        let readme = try String(contentsOf: FixtureTree.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- rules:begin -->\n"))
        let end = try #require(readme.range(of: "\n<!-- rules:end -->"))
        #expect(String(readme[begin.upperBound..<end.lowerBound]) == RuleCatalogue.markdownTable)
    }

    @Test func everyDomainRuleIdIsCatalogued() {
        let ids = Set(RuleCatalogue.declarations.map(\.id.rawValue))
        let expected =
            [
                "R1", "R2", "R3", "R4", "C1", "C2", "C3", "C4", "C5", "C6", "A1", "A2", "A3", "A4", "A5", "V1", "V2", "V3", "V4", "P1",
                "Q1", "Q2", "Q3", "Q4",
            ]
            .map { "QI-\($0)" } + (1...13).map { "QI-F\($0)" }
        #expect(ids == Set(expected))
    }

    @Test func eachRuleIdIsDeclaredByExactlyOneType() {
        let ids = RuleCatalogue.declarations.map(\.id)
        #expect(ids.count == Set(ids).count)
        #expect(QualityRules.all.count + FormatRules.all.count == ids.count)
    }

    @Test func theLoadersRuleIDsAreTheFormatRulesDeclarations() {
        let loaderIDs: [RuleID] = [
            .yamlSyntax, .wrongType, .unknownKey, .missingKey, .duplicate, .badID, .badValue, .fileNameMismatch, .unknownReference,
            .unsafeInput, .layout, .brokenLink, .coveredLocality, .personalData,
        ]
        #expect(loaderIDs == FormatRules.all.map(\.id))
    }
}
