import QIDomain
import QITestSupport
import Testing

/// QI-F9, `UnknownReferenceRule` (Rules/Format/F9-UnknownReferenceRule.swift): what triggers it and what does not.
@Suite struct UnknownReferenceRuleTests: ReferenceFixtures {
    @Test func f9AnUnknownOfficerIsAnErrorWithTheNearestOfficer() throws {
        let tree = try FixtureTree.minimal().editing(Self.providerFile, replacing: "officer: amira-khan", with: "officer: amira-kahn")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.providerFile):9:10 error QI-F9"])
        #expect(diagnostics.first?.message == "unknown officer 'amira-kahn' (did you mean 'amira-khan'?)")
        #expect(diagnostics.first?.fix.hasSuffix("or add them to officers.yaml") == true)
    }

    @Test func f9AnUnknownOfficerOnARatingIsAnError() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", officer: "zoe-quinn"))
        #expect(try tree.summaries(of: "QI-F9") == ["\(Self.ratingFile):3:10 error QI-F9"])
        #expect(try tree.messages(of: "QI-F9") == ["unknown officer 'zoe-quinn'"])
    }

    @Test func f9KnownOfficersAreFine() throws {
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", officer: "ben-ortiz"))
        #expect(try tree.check().isEmpty)
    }

    @Test func f9AnUnknownStandardIsAnErrorWithDidYouMean() throws {
        let tree = try FixtureTree.minimal().editing(Self.ratingFile, replacing: "  safeguarding: green", with: "  safegarding: green")
        let diagnostics = try tree.check()
        #expect(diagnostics.with(rule: "QI-F9").summaries(relativeTo: tree.path) == ["\(Self.ratingFile):11:3 error QI-F9"])
        #expect(diagnostics.with(rule: "QI-F9").first?.message == "unknown standard 'safegarding' (did you mean 'safeguarding'?)")
        // …and the standard it meant is missing.
        #expect(diagnostics.with(rule: "QI-F4").map(\.message) == ["standard 7 'safeguarding' (Safeguarding) is not rated"])
    }

    @Test func f9AnUnknownLightIsAnError() throws {
        let tree = try FixtureTree.minimal().editing(Self.ratingFile, replacing: "  staffing: green", with: "  staffing: gren")
        #expect(try tree.summaries(of: "QI-F9") == ["\(Self.ratingFile):6:13 error QI-F9"])
        #expect(try tree.messages(of: "QI-F9") == ["unknown light 'gren' (did you mean 'green'?)"])
    }

    @Test func f9AnUnknownLocalityIsAnError() throws {
        let tree = try FixtureTree.minimal().editing(Self.providerFile, replacing: "locality: Cherwell", with: "locality: Oxfrod")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.providerFile):5:11 error QI-F9"])
        #expect(diagnostics.first?.message == "unknown locality 'Oxfrod' (did you mean 'Oxford'?)")
        #expect(diagnostics.first?.fix.hasPrefix("use one of: Cherwell, Oxford") == true)
        #expect(diagnostics.first?.fix.hasSuffix("add it to localities in directory.yaml") == true)
    }

    @Test func f9ALocalityListedInDirectoryYAMLIsFine() throws {
        let tree = try FixtureTree.minimal().editing(Self.providerFile, replacing: "locality: Cherwell", with: "locality: Oxford")
        #expect(try tree.check().isEmpty)
    }

    @Test func f9AnUnknownTriggerIsAnError() throws {
        let tree = try FixtureTree.minimal().writing(
            Records.concernPath("2026-03-03"),
            Records.concern(
                raised: "2026-03-03", triggers: ["medication-errors-harmm"], meetings: [("2026-03-05", "provider")]))
        #expect(try tree.summaries(of: "QI-F9") == ["providers/acorn-house/concerns/2026-03-03-medication.yaml:3:12 error QI-F9"])
        #expect(try tree.messages(of: "QI-F9") == ["unknown trigger 'medication-errors-harmm' (did you mean 'medication-errors-harm'?)"])
    }

    @Test func f9AKnownTriggerIsFine() throws {
        let tree = try FixtureTree.minimal().writing(
            Records.concernPath("2026-03-03"),
            Records.concern(
                raised: "2026-03-03", triggers: ["medication-errors-harm"], meetings: [("2026-03-05", "provider")]))
        #expect(try tree.summaries(of: "QI-F9").isEmpty)
    }

    @Test func f9AnUnknownConcernOnARatingIsAnError() throws {
        let tree = try Self.concernRating(naming: "2026-03-03-medicaton")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):17:10 error QI-F9"])
        #expect(diagnostics.first?.message == "unknown concern '2026-03-03-medicaton' (did you mean '2026-03-03-medication'?)")
    }

    @Test func f9AConcernOfThisProviderIsFine() throws {
        #expect(try Self.concernRating(naming: "2026-03-03-medication").check().isEmpty)
    }

    @Test func f9AnUnknownActionOwnerIsAnError() throws {
        let action = "actions:\n  - {id: A1, action: Recruit., owner: provder, due: 2026-05-01, status: done, done: 2026-04-30}\n"
        let tree = try FixtureTree.minimal(replacingRatingWith: Records.rating("2026-03-14", extra: action))
        #expect(try tree.summaries(of: "QI-F9") == ["\(Self.ratingFile):18:39 error QI-F9"])
        #expect(try tree.messages(of: "QI-F9") == ["unknown action owner 'provder' (did you mean 'provider'?)"])
    }
}
