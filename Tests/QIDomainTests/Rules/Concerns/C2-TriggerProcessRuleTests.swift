import QIDomain
import QITestSupport
import Testing

/// QI-C2, `TriggerProcessRule` (Rules/Concerns/C2-TriggerProcessRule.swift): what triggers it and what does not.
@Suite struct TriggerProcessRuleTests: ConcernFixtures {
    @Test func c2AProcessLighterThanItsTriggerAllowsIsAWarningOnTheTrigger() throws {
        let tree = try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints", "serious-crime"])
        let diagnostics = try tree.check().with(rule: "QI-C2")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.concernFile):3:33 warning QI-C2"])
        #expect(diagnostics.first?.message == "trigger 'serious-crime' leads to Serious Concerns, but the process is Standards of Care")
    }

    @Test func c2AProcessTheTriggerAllowsIsFine() throws {
        #expect(
            try Self.tree(process: "serious-concerns", triggers: ["multiple-complaints", "serious-crime"]).summaries(of: "QI-C2").isEmpty)
        #expect(try Self.tree(process: "standards-of-care", triggers: ["multiple-complaints", "fraud"]).summaries(of: "QI-C2").isEmpty)
    }

    @Test func c2NotRequiredIsLighterThanAnyTrigger() throws {
        let tree = try Self.tree(process: "not-required", triggers: ["fraud"], chair: nil, meetings: [])
        #expect(try tree.summaries(of: "QI-C2") == ["\(Self.concernFile):3:12 warning QI-C2"])
        #expect(
            try tree.messages(of: "QI-C2") == [
                "trigger 'fraud' leads to Standards of Care or Serious Concerns, but the process is Not required"
            ])
    }
}
