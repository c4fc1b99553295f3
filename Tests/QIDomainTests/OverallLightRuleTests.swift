import QIDomain
import QITestSupport
import Testing

/// QI-R1..R4 (Rules/OverallLightRule.swift): the overall light agrees with the critical standards.
@Suite struct OverallLightRuleTests {
    static let overall = "providers/acorn-house/ratings/2026-03-14.yaml:15:10"

    @Test func aRecordBuiltByTheHelperChecksClean() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14"))
        #expect(try tree.check().isEmpty)
    }

    // MARK: QI-R1

    @Test func r1ACriticalStandardRedWithAnAmberOverallIsAnError() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", standards: ["health-safety": "red"]))
        let diagnostics = try tree.check().with(rule: "QI-R1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R1"])
        #expect(diagnostics.first?.message == "overall is amber but critical standard 6 'health-safety' is red")
        #expect(diagnostics.first?.fix == "the overall must be red")
        // R1 is the first broken rule: R2/R3 are not reported as well.
        #expect(try tree.check().filter { $0.rule.rawValue.hasPrefix("QI-R") }.count == 1)
    }

    @Test func r1ACriticalStandardRedWithAGreenOverallIsReportedAsR1() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "green", standards: ["safeguarding": "red"]))
        #expect(try tree.summaries(of: "QI-R1") == ["\(Self.overall) error QI-R1"])
        #expect(try tree.summaries(of: "QI-R3").isEmpty)
    }

    @Test func r1ACriticalStandardRedWithARedOverallIsFine() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "red", standards: ["health-safety": "red"]))
        let diagnostics = try tree.check()
        #expect(diagnostics.with(rule: "QI-R1").isEmpty)
        #expect(diagnostics.isEmpty)
    }

    @Test func r1ANonCriticalStandardRedDoesNotForceRed() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", standards: ["staffing": "red"]))
        #expect(try tree.check().isEmpty)
    }

    // MARK: QI-R2

    @Test func r2AnAmberOverallWithACriticalStandardNotAssessedIsAnError() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", standards: ["care-planning": "not-assessed", "staffing": "amber"]))
        let diagnostics = try tree.check().with(rule: "QI-R2")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R2"])
        #expect(diagnostics.first?.message == "overall is amber but critical standard 5 'care-planning' is not-assessed")
    }

    @Test func r2AnAmberOverallWithCriticalStandardsGreenOrAmberIsFine() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", standards: ["care-planning": "amber", "partnership": "not-assessed"]))
        #expect(try tree.check().isEmpty)
    }

    // MARK: QI-R3

    @Test func r3AGreenOverallWithACriticalStandardAmberIsAnError() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "green", standards: ["personalisation": "amber"]))
        let diagnostics = try tree.check().with(rule: "QI-R3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R3"])
        #expect(diagnostics.first?.message == "overall is green but critical standard 4 'personalisation' is amber")
    }

    @Test func r3AGreenOverallWithANonCriticalStandardRedIsAnError() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "green", standards: ["involvement": "red"]))
        let diagnostics = try tree.check().with(rule: "QI-R3")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) error QI-R3"])
        #expect(diagnostics.first?.message == "overall is green but standard 9 'involvement' is red")
    }

    @Test func r3AGreenOverallWithANonCriticalStandardAmberIsFine() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "green", standards: ["involvement": "amber", "partnership": "not-assessed"]))
        #expect(try tree.check().isEmpty)
    }

    // MARK: QI-R4

    @Test func r4AnOverallStricterThanTheStandardsWithoutASummaryIsAWarning() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", summary: nil))
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) warning QI-R4"])
        #expect(diagnostics.first?.message == "overall is amber although the standards would allow green; this is officer judgement but the rating has no summary")
    }

    @Test func r4ARedOverallOverAmberStandardsNamesTheLeastAllowedLight() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "red", standards: ["safeguarding": "amber"], summary: nil))
        let diagnostics = try tree.check().with(rule: "QI-R4")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.overall) warning QI-R4"])
        #expect(diagnostics.first?.message.contains("would allow amber") == true)
    }

    @Test func r4AnOverallStricterThanTheStandardsWithASummaryIsFine() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", summary: "Amber, as the registered manager has left and is not replaced."))
        #expect(try tree.check().isEmpty)
    }

    @Test func r4AnOverallThatIsAsLightAsAllowedNeedsNoSummary() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", standards: ["safeguarding": "amber"], summary: nil))
        #expect(try tree.check().isEmpty)
    }
}
