import QIDomain
import QITestSupport
import Testing

/// QI-V3, `ReviewCadenceRule` (Rules/Reviews/V3-ReviewCadenceRule.swift): what triggers it and what does not.
@Suite struct ReviewCadenceRuleTests: PolicyVariantFixtures, ReviewFixtures {
    @Test func v3AProviderWhoseLatestRatingIsOlderThanTwelveMonthsIsOverdue() throws {
        let tree = try FixtureTree.minimal()
        let diagnostics = try tree.check(asOf: "2027-03-15")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):1:7 warning QI-V3"])
        #expect(
            diagnostics.first?.message
                == "review overdue: the latest rating is from 2026-03-14, more than 12 months ago (due by 2027-03-14)")
    }

    @Test func v3ARatingExactlyTwelveMonthsOldIsNotOverdue() throws {
        #expect(try FixtureTree.minimal().check(asOf: "2027-03-14").isEmpty)
    }

    @Test func v3AProviderNeverRatedIsOverdueTwelveMonthsAfterCommissioning() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: nil)
        #expect(try tree.summaries(of: "QI-V3") == ["\(Self.providerFile):11:21 warning QI-V3"])
        #expect(try tree.messages(of: "QI-V3") == ["review overdue: commissioned since 2019-04-01 and never rated (due by 2020-04-01)"])
        let recent = try FixtureTree.minimal(replacingRatingWith: nil)
            .editing(Self.providerFile, replacing: "commissioned_since: 2019-04-01", with: "commissioned_since: 2025-06-01")
        #expect(try recent.summaries(of: "QI-V3").isEmpty)
    }

    @Test func v3AnActionDueMoreThanThreeMonthsAfterTheRatingIsAWarningOnItsDue() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Self.withAction(due: "2026-06-15"))
        let diagnostics = try tree.check()
        // "  - {id: A1, action: Recruit night staff., owner: provider, due: " puts the date at column 66.
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):18:66 warning QI-V3"])
        #expect(diagnostics.first?.message == "action A1 is due 2026-06-15, more than 3 months after the rating (by 2026-06-14)")
    }

    @Test func v3AnActionDueExactlyThreeMonthsAfterTheRatingIsFine() throws {
        #expect(try FixtureTree.minimal(replacingRatingWith: Self.withAction(due: "2026-06-14")).check().isEmpty)
    }

    @Test func v3TheThreeMonthWindowEndsOnTheLastDayOfAShorterMonth() throws {
        // 30 November 2026 + 3 months = 28 February 2027.
        func tree(due: String) throws -> FixtureTree {
            try FixtureTree.minimal().writing(Records.ratingPath("2026-11-30"), Self.withAction(due: due, ratingDate: "2026-11-30"))
        }
        #expect(try tree(due: "2027-02-28").summaries(of: "QI-V3", asOf: "2026-12-01").isEmpty)
        #expect(
            try tree(due: "2027-03-01").messages(of: "QI-V3", asOf: "2026-12-01") == [
                "action A1 is due 2027-03-01, more than 3 months after the rating (by 2027-02-28)"
            ])
    }

    @Test func v3ARatingDatedAfterTheAsOfDateIsAWarningOnItsDate() throws {
        let tree = try FixtureTree.minimal().writing(Records.ratingPath("2026-01-10"), Records.rating("2026-01-10"))
        let diagnostics = try tree.check(asOf: "2026-03-13")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):1:7 warning QI-V3"])
        #expect(diagnostics.first?.message == "the rating is dated 2026-03-14, after the as-of date 2026-03-13, and is not counted yet")
        #expect(try tree.check(asOf: "2026-03-14").isEmpty)
    }

    @Test func v3AnAmberProviderNotReviewedWithinTheMonthIsOverdue() throws {
        let tree = try Self.monthlyAtAmber()
        let found = try tree.check(asOf: "2026-04-15").with(rule: "QI-V3")
        #expect(found.summaries(relativeTo: tree.path) == ["\(Self.rating):1:7 warning QI-V3"], "\(found.map(\.message))")
        #expect(
            found.first?.message.contains("more than a month ago (due by 2026-04-14) (Amber is reviewed every month)") == true,
            "\(found.map(\.message))")
    }

    @Test func v3AnAmberProviderReviewedWithinTheMonthIsFine() throws {
        #expect(try Self.monthlyAtAmber().check(asOf: "2026-04-14").with(rule: "QI-V3").isEmpty)
    }

    @Test func v3AGreenProviderKeepsTheYearlyCadence() throws {
        let tree = try FixtureTree.minimal().withPolicy(replacing: [
            ("  every_months: 12\n", "  every_months: 12\n  by_light: {amber: 1}\n")
        ])
        #expect(try tree.check(asOf: "2026-11-01").with(rule: "QI-V3").isEmpty)
    }
}
