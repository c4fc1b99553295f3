import QIDomain
import QITestSupport
import Testing

@Suite struct MinimalTreeTests {
    @Test func minimalTreeChecksClean() throws {
        let tree = try FixtureTree.minimal()
        #expect(try tree.check().isEmpty)
        let state = try tree.state(of: "acorn-house")
        #expect(state.light.key == "green")
        #expect(state.explanation == "Green because the on-site review on 14 March 2026 rated it green.")
        #expect(state.since == Day(iso: "2026-03-14"))
    }
}
