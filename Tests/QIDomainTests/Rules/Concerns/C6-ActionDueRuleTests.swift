import QIDomain
import QITestSupport
import Testing

/// QI-C6, `ActionDueRule` (Rules/Concerns/C6-ActionDueRule.swift): what triggers it and what does not.
@Suite struct ActionDueRuleTests: ActionFixtures {
    @Test func c6AnOpenActionPastItsDueDateIsAWarningOnTheDate() throws {
        let tree = try Self.tree(Self.actions(due: "2026-05-01"))
        let diagnostics = try tree.check(asOf: "2026-06-01")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):22:10 warning QI-C6"])
        #expect(diagnostics.first?.message == "action A1 was due on 2026-05-01 and is still open (31 days overdue)")
    }

    @Test func c6OneDayOverdueIsSingular() throws {
        let tree = try Self.tree(Self.actions(due: "2026-05-01"))
        #expect(try tree.check(asOf: "2026-05-02").first?.message == "action A1 was due on 2026-05-01 and is still open (1 day overdue)")
    }

    @Test func c6AnOpenActionOnItsDueDateIsNotOverdue() throws {
        let tree = try Self.tree(Self.actions(due: "2026-05-01"))
        #expect(try tree.check(asOf: "2026-05-01").isEmpty)
    }

    @Test func c6ADoneOrDroppedActionPastItsDueDateIsNotOverdue() throws {
        #expect(try Self.tree(Self.actions(status: "done", done: "2026-04-20")).check().isEmpty)
        #expect(try Self.tree(Self.actions(status: "dropped")).check().isEmpty)
    }

    @Test func c6AnOverdueActionOfAClosedProviderIsNotReported() throws {
        let tree = try Self.tree(Self.actions(due: "2026-05-01"))
            .editing("providers/acorn-house/provider.yaml", replacing: "status: active", with: "status: closed")
        #expect(try tree.summaries(of: "QI-C6").isEmpty)
    }

    @Test func c6AnOverdueActionOfAConcernIsAWarningToo() throws {
        let concernActions =
            "actions:\n  - {id: C1, action: Audit the medication records., owner: dana-frost, due: 2026-04-01, status: open}\n"
        let tree = try FixtureTree.minimal().writing(
            Records.concernPath("2026-03-03"),
            Records.concern(
                raised: "2026-03-03", meetings: [("2026-03-05", "provider")], extra: concernActions))
        #expect(try tree.summaries(of: "QI-C6") == ["providers/acorn-house/concerns/2026-03-03-medication.yaml:10:77 warning QI-C6"])
        #expect(try tree.messages(of: "QI-C6") == ["action C1 was due on 2026-04-01 and is still open (61 days overdue)"])
    }

    @Test func c6ADoneActionWithoutADoneDateIsAnError() throws {
        let tree = try Self.tree(Self.actions(status: "done", done: nil))
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):23:13 error QI-C6"])
        #expect(diagnostics.first?.message == "action A1 is done but does not say when")
    }

    @Test func c6AnOpenActionWithADoneDateIsAnError() throws {
        let tree = try Self.tree(Self.actions(due: "2026-06-10", status: "open", done: "2026-04-20"))
        let diagnostics = try tree.check().with(rule: "QI-C6")
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):24:11 error QI-C6"])
        #expect(diagnostics.first?.message == "action A1 has a 'done' date but its status is open")
    }

    @Test func c6AnActionWithoutADueDateIsAnErrorFromTheLoader() throws {
        let tree = try Self.tree(Self.actions(due: nil))
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):18:5 error QI-C6"])
        #expect(diagnostics.first?.message == "an action has no 'due' date; every action needs a SMART target date")
        #expect(try Self.tree(Self.actions(due: "2026-06-14")).check().isEmpty)
    }
}
