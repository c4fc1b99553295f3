import Foundation
import QITestSupport
import Testing

/// The exact output of `qid check` on Tests/Fixtures/broken, pinned in Snapshots/.
///
/// Run from Tests/Fixtures with the relative path `broken`, so the paths in the output do not depend on where the repository is.
@Suite struct SnapshotTests {
    private func check(_ extra: [String]) throws -> QID.Output {
        try QID.run(["check", "broken", "--as-of", "2026-06-01"] + extra, in: FixtureTree.fixturesFolder)
    }

    @Test func textOutputOfTheBrokenTree() throws {
        let output = try check([])
        #expect(output.status == 1)
        assertSnapshot(name: "check-broken.txt", actual: output.stdout)
    }

    @Test func jsonOutputOfTheBrokenTree() throws {
        let output = try check(["--format", "json"])
        #expect(output.status == 1)
        assertSnapshot(name: "check-broken.json", actual: output.stdout)
    }

    @Test func shortDiffShowsOnlyTheChangedLines() {
        let diff = shortDiff(pinned: "a\nb\nc\nd\n", actual: "a\nB\nc\nd\n")
        #expect(diff == "@@ line 2 @@\n- b\n+ B")
        let added = shortDiff(pinned: "a\n", actual: "a\nb\n")
        #expect(added == "@@ line 2 @@\n+ b")
    }
}
