import QIDomain
import QITestSupport
import Testing

/// QI-C6 and QI-V2 (Rules/ActionRules.swift): actions have due dates, done actions say when, open actions
/// past their date are overdue; a Requires Improvement outcome has an action plan.
@Suite struct ActionRuleTests {
    static let ratingFile = "providers/acorn-house/ratings/2026-03-14.yaml"

    /// An `actions:` list with one action. Written after the rating's line 16 it takes lines 17–24:
    /// 17 `actions:`, 18 `- id:` (the action's mapping at column 5), 22 `due:` (value at column 10),
    /// 23 `status:` (value at column 13), 24 `done:` (value at column 11). Absent values leave a comment line.
    static func actions(due: String? = "2026-05-01", status: String = "open", done: String? = nil) -> String {
        [
            "actions:",
            "  - id: A1",
            "    standard: staffing",
            "    action: Recruit two night carers and evidence rota cover for four weeks.",
            "    owner: provider",
            due.map { "    due: \($0)" } ?? "    # no due date",
            "    status: \(status)",
            done.map { "    done: \($0)" } ?? "    # no done date",
        ].joined(separator: "\n") + "\n"
    }

    static func tree(_ actions: String, outcome: String? = nil) throws -> FixtureTree {
        let extra = actions + (outcome.map { "outcome: \($0)\n" } ?? "")
        return try FixtureTree.minimal(replacingRatingWith: Records.rating(
            "2026-03-14", overall: "amber", standards: ["staffing": "amber"], extra: extra))
    }

    // MARK: QI-C6

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
        let concernActions = "actions:\n  - {id: C1, action: Audit the medication records., owner: dana-frost, due: 2026-04-01, status: open}\n"
        let tree = try FixtureTree.minimal().writing(Records.concernPath("2026-03-03"), Records.concern(
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

    // MARK: QI-V2

    @Test func v2ARequiresImprovementOutcomeWithoutActionsIsAnError() throws {
        let tree = try Self.tree("", outcome: "requires-improvement")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.ratingFile):17:10 error QI-V2"])
        #expect(diagnostics.first?.message == "an outcome of Requires Improvement needs an action plan, but the rating has no actions")
    }

    @Test func v2AnInadequateOutcomeWithoutActionsIsAnError() throws {
        let tree = try Self.tree("", outcome: "inadequate")
        #expect(try tree.summaries(of: "QI-V2") == ["\(Self.ratingFile):17:10 error QI-V2"])
    }

    @Test func v2ARequiresImprovementOutcomeWithAnActionPlanIsFine() throws {
        let tree = try Self.tree(Self.actions(due: "2026-06-14"), outcome: "requires-improvement")
        #expect(try tree.check().isEmpty)
    }

    @Test func v2AGoodOutcomeNeedsNoActionPlan() throws {
        #expect(try Self.tree("", outcome: "good").check().isEmpty)
    }
}
