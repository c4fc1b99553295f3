import QIDomain
import QITestSupport
import Testing

/// QI-R1, `CriticalStandardRule` (Rules/Overall/R1-CriticalStandardRule.swift): what triggers it and what does not.
@Suite struct CriticalStandardRuleTests: OverallFixtures {
    @Test func aRecordBuiltByTheHelperChecksClean() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14"))
        #expect(try tree.check().isEmpty)
    }

    @Test func r1ACriticalStandardRedWithAnAmberOverallIsAnError() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["health-safety": "red"]))
        let diagnostics = try tree.check().with(rule: "QI-R1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R1"])
        #expect(diagnostics.first?.message == "overall is amber but critical standard 6 'health-safety' is red")
        #expect(diagnostics.first?.fix == "the overall must be red")
        // R1 is the first broken rule: R2/R3 are not reported as well.
        #expect(try tree.check().filter { $0.rule.rawValue.hasPrefix("QI-R") }.count == 1)
    }

    @Test func r1ACriticalStandardRedWithAGreenOverallIsReportedAsR1() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "green", standards: ["safeguarding": "red"]))
        #expect(try tree.summaries(of: "QI-R1") == ["\(Self.overall) error QI-R1"])
        #expect(try tree.summaries(of: "QI-R3").isEmpty)
    }

    @Test func r1ACriticalStandardRedWithARedOverallIsFine() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "red", standards: ["health-safety": "red"]))
        let diagnostics = try tree.check()
        #expect(diagnostics.with(rule: "QI-R1").isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func r1ANonCriticalStandardRedDoesNotForceRed() throws {
        let tree = try FixtureTree.minimal(
            replacingRatingWith: Records.rating(
                "2026-03-14", overall: "amber", standards: ["staffing": "red"]))
        #expect(try tree.check().isEmpty)
    }
}
