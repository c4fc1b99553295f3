import QIDomain
import QITestSupport
import Testing

/// QI-C1, `ConcernFloorRule` (Rules/Concerns/C1-ConcernFloorRule.swift): what triggers it and what does not.
@Suite struct ConcernFloorRuleTests: ConcernFixtures {
    @Test func c1AnOpenSeriousConcernsProcessOverAGreenRatingIsAWarningOnTheRating() throws {
        let tree = try Self.tree()
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingOverall) warning QI-C1"])
        #expect(
            diagnostics.first?.message
                == "the latest rating is green but the Serious Concerns process raised 2026-03-03 is open, so the directory shows red")
    }

    @Test func c1AnOpenStandardsOfCareProcessOverAGreenRatingShowsAmber() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"])
        let diagnostics = try tree.check().with(rule: "QI-C1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingOverall) warning QI-C1"])
        #expect(diagnostics.first?.message.hasSuffix("so the directory shows amber") == true)
    }

    @Test func c1AClosedProcessNoLongerRaisesTheLight() throws {
        let tree = try Self.tree(status: "closed", extra: Self.closedByChair)
        #expect(try tree.check().isEmpty)
    }

    @Test func c1AStandardsOfCareProcessOverAnAmberRatingIsFine() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"])
            .writing(Records.ratingPath("2026-03-14"), Records.rating("2026-03-14", overall: "amber", standards: ["safeguarding": "amber"]))
        #expect(try tree.summaries(of: "QI-C1").isEmpty)
    }

    @Test func c1AnOpenProcessWithNoRatingAtAllIsAWarningOnTheProcess() throws {
        let tree = try Self.tree().removing(Records.ratingPath("2026-03-14"))
        let diagnostics = try tree.check().with(rule: "QI-C1")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):4:10 warning QI-C1"])
        #expect(
            diagnostics.first?.message == "this open Serious Concerns process sets the provider's light to red, but no rating records it")
    }
}
