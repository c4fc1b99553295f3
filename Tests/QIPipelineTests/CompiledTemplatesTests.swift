import Foundation
import QIDomain
import QIReport
import QITestSupport
import Testing

@testable import QIPipeline
@testable import QISite

/// The compiled templates against swift-mustache, the reference: every page of `content/`, of the three
/// `examples/` and of a generated 300-provider tree, in both editions, must come out byte for byte the same.
@Suite struct CompiledTemplatesTests {
    static let root = FixtureTree.packageRoot
    static let asOf = Day(iso: "2026-11-23") ?? Day(daysSinceEpoch: 0)

    /// Renders every planned page of `folder` with both engines and records the first pages that differ.
    static func expectSamePages(_ folder: String) throws {
        var timings = PhaseTimings()
        let checked = Pipeline.check(root: folder, asOf: asOf, timings: &timings)
        let content = try #require(checked.content, "\(folder) does not load")
        let policy = try #require(checked.policy, "\(folder) has no policy")
        try #require(checked.diagnostics.errorCount == 0, "\(folder) has errors")
        var theme = try Theme.load(directory: FixtureTree.defaultTheme.path)
        for edition in [SiteOptions.Edition.public, .internal] {
            let options = SiteOptions(edition: edition, baseURL: content.settings.baseURL, asOf: asOf)
            var rendered: [[OutputFile]] = []
            for engine in [TemplateEngine.compiled, .reference] {
                theme.engine = engine
                let renderer = SiteRenderer(content: content, policy: policy, states: checked.states, theme: theme, options: options)
                rendered.append(renderer.plannedPages(renderer.listings()).map { $0.render() })
            }
            #expect(rendered[0].count == rendered[1].count)
            #expect(rendered[0].count > 5, "\(folder): too few pages to compare")
            let differing = zip(rendered[0], rendered[1]).filter { $0.path != $1.path || $0.bytes != $1.bytes }
            #expect(differing.isEmpty, "\(folder), \(edition): \(differing.count) pages differ, first \(differing.prefix(3).map(\.0.path))")
        }
    }

    @Test func theExampleContentRendersAsSwiftMustacheRendersIt() throws {
        try Self.expectSamePages(Self.root.appendingPathComponent("content").path)
    }

    @Test(arguments: ["derby", "herefordshire", "staffordshire"])
    func eachExampleRendersAsSwiftMustacheRendersIt(_ example: String) throws {
        try Self.expectSamePages(Self.root.appendingPathComponent("examples/\(example)").path)
    }

    @Test func aGenerated300ProviderTreeRendersAsSwiftMustacheRendersIt() throws {
        let folder = try GeneratedContent.tree(providers: 300, arguments: ["--seed", "1", "--as-of", "2026-11-23"])
        try Self.expectSamePages(folder.path)
    }
}
