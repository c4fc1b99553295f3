import QIDomain
import QILoader
import QITestSupport
import Testing

/// Comparing two evaluated states of a directory (`qid diff`'s logic): what counts as a change and what does not.
@Suite struct DirectoryDiffTests {
    static let asOf = "2026-06-15"
    static let day = Day(iso: asOf) ?? Day(daysSinceEpoch: 0)

    /// A tree evaluated as `qid check` does, with diagnostic files relative to the tree.
    static func evaluated(_ tree: FixtureTree) throws -> EvaluatedDirectory {
        let checked = CheckedDirectory.run(root: tree.path, asOf: day)
        let diagnostics = checked.diagnostics.map { diagnostic in
            var copy = diagnostic
            copy.location.file = String(diagnostic.location.file.dropFirst(tree.path.count + 1))
            return copy
        }
        return EvaluatedDirectory(providers: checked.content?.providers ?? [], states: checked.states, diagnostics: diagnostics)
    }

    static func compare(_ base: FixtureTree, _ head: FixtureTree) throws -> DirectoryDiff {
        DirectoryDiff.compare(base: try evaluated(base), head: try evaluated(head), asOf: day, labels: (base: "base", head: "head"))
    }

    /// The minimal tree rated amber on 14 March 2026 with one action on staffing, due `due`.
    static func amberWithAction(status: String, due: String = "2026-06-30") throws -> FixtureTree {
        let action = """
            actions:
              - id: A1
                standard: staffing
                action: Recruit two night carers.
                owner: provider
                due: \(due)
                status: \(status)\(status == "done" ? "\n    done: 2026-06-10" : "")

            """
        return try FixtureTree.minimal(
            replacingRatingWith: Records.rating("2026-03-14", overall: "amber", standards: ["staffing": "amber"], extra: action))
    }

    @Test func theSameContentTwiceIsNoChange() throws {
        let diff = try Self.compare(FixtureTree.minimal(), FixtureTree.minimal())
        #expect(diff.isEmpty)
    }

    @Test func anActionDoneLeavesTheLightAndTakesItOffTheWorkList() throws {
        let diff = try Self.compare(Self.amberWithAction(status: "open"), Self.amberWithAction(status: "done"))
        let change = try #require(diff.changed.first)
        #expect(diff.changed.count == 1)
        #expect(change.fields == [.due])
        #expect(change.headline == "Acorn House: Amber, unchanged")
        #expect(change.dueAdded.isEmpty)
        #expect(change.dueRemoved.map(\.kind) == [.actionFallingDue])
        #expect(change.dueRemoved.first?.words == "Action A1, due 30 June 2026: Recruit two night carers (due 30 June 2026, falling due)")
        #expect(diff.introduced.isEmpty && diff.fixed.isEmpty)
    }

    @Test func aLightChangeNamesTheNewReason() throws {
        let head = try FixtureTree.minimal().editing(Records.ratingPath("2026-03-14"), replacing: "overall: green", with: "overall: amber")
        let diff = try Self.compare(FixtureTree.minimal(), head)
        let change = try #require(diff.changed.first)
        #expect(change.fields.first == .light)
        #expect(change.fields.contains(.guidance))
        #expect(!change.fields.contains(.since))
        #expect(change.headline == "Acorn House: Green → Amber (the on-site review on 14 March 2026 rated it amber)")
    }

    @Test func diagnosticsMatchByRuleFileAndMessageNotPosition() throws {
        func diagnostic(_ line: Int, _ message: String = "unknown key 'colour'") -> Diagnostic {
            .error("QI-F3", at: SourceLocation(file: "providers/a/provider.yaml", line: line, column: 1), message, fix: "remove it")
        }
        let base = EvaluatedDirectory(providers: [], states: [], diagnostics: [diagnostic(3), diagnostic(9), diagnostic(4, "other")])
        let head = EvaluatedDirectory(providers: [], states: [], diagnostics: [diagnostic(5), diagnostic(7, "new")])
        let diff = DirectoryDiff.compare(base: base, head: head, asOf: Self.day, labels: (base: "a", head: "b"))
        // One of the two 'colour' errors stayed (it moved from line 3 to 5); the later one was fixed.
        #expect(diff.fixed.map(\.location.line) == [4, 9])
        #expect(diff.introduced.map(\.location.line) == [7])
        #expect(diff.introduced.first?.message == "new")
    }

    @Test func providersAreListedByNameThenID() throws {
        var tree = try FixtureTree.minimal()
        for (id, name) in [("zeta", "apple Court"), ("beta", "Birch House"), ("alpha", "Birch House")] {
            tree = try tree.writing(
                "providers/\(id)/provider.yaml",
                try tree.read(Records.provider + "/provider.yaml").replacingOccurrences(of: "Acorn House", with: name))
        }
        let diff = try Self.compare(FixtureTree.minimal(), tree)
        #expect(diff.added.map(\.id) == ["zeta", "alpha", "beta"])
        #expect(diff.removed.isEmpty && diff.changed.isEmpty)
    }
}
