import QIDomain
import QITestSupport
import Testing

/// QI-C5, `ChairRule` (Rules/Concerns/C5-ChairRule.swift): what triggers it and what does not.
@Suite struct ChairRuleTests: ConcernFixtures {
    @Test func c5AStandardsOfCareProcessChairedByACommissionerIsAnError() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"], chair: "cam-reed")
        try tree.writing("officers.yaml", try tree.read("officers.yaml") + Self.commissioner)
        let diagnostics = try tree.check().with(rule: "QI-C5")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):5:8 error QI-C5"])
        #expect(diagnostics.first?.message == "Cam Reed (cam-reed) cannot chair a Standards of Care process: their roles are commissioner")
        #expect(try tree.summaries(of: "QI-F9").isEmpty)
    }

    @Test func c5AStandardsOfCareProcessChairedByTheQITeamIsFine() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints"], chair: "amira-khan")
        #expect(try tree.summaries(of: "QI-C5").isEmpty)
    }

    @Test func c5ASeriousConcernsProcessChairedByAQIOfficerIsAnError() throws {
        let tree = try Self.tree(chair: "amira-khan")
        let diagnostics = try tree.check().with(rule: "QI-C5")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):5:8 error QI-C5"])
        #expect(diagnostics.first?.message == "Amira Khan (amira-khan) cannot chair a Serious Concerns process: their roles are qi-officer")
    }

    @Test func c5ASeriousConcernsProcessChairedByTheLADOIsFine() throws {
        #expect(try Self.tree(chair: "lena-moss").summaries(of: "QI-C5").isEmpty)
    }

    @Test func c5AProcessWithoutAChairIsAnErrorOnItsProcess() throws {
        let tree = try Self.tree(chair: nil)
        #expect(try tree.summaries(of: "QI-C5") == ["\(Self.concernFile):4:10 error QI-C5"])
        #expect(try tree.messages(of: "QI-C5") == ["a Serious Concerns process needs a chair"])
    }

    @Test func c5ANotRequiredProcessNeedsNoChair() throws {
        let tree = try Self.tree(process: "not-required", triggers: [], chair: nil, meetings: [])
        #expect(try tree.check().isEmpty)
    }
}
