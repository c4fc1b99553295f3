import Foundation
import QIDomain
import QIReport
import QISite
import QITestSupport
import Testing

@testable import QIPipeline

/// The build's link check (QI-F12), driven in-process through `Pipeline.build`: every internal link and asset
/// reference of the new site resolves to one of its files, or nothing is published.
@Suite struct LinkCheckTests {
    static let theme = FixtureTree.defaultTheme.path

    static func build(_ tree: FixtureTree, theme: String = LinkCheckTests.theme, base: String? = nil) -> (BuildOutcome, URL) {
        let output = TemporaryFolder.make("qid-site")
        var timings = PhaseTimings()
        let request = BuildRequest(
            content: tree.path, output: output.path, asOf: Day(iso: "2026-06-01") ?? Day(daysSinceEpoch: 0), baseURL: base,
            themeFolder: theme)
        return (Pipeline.build(request, timings: &timings), output)
    }

    static func page(_ body: String) -> String {
        "---\ntitle: About\n---\n\nThe directory.\n\n\(body)\n"
    }

    @Test func theMinimalSiteHasNoBrokenLinkAndIsPublished() throws {
        let tree = try FixtureTree.minimal().writing(
            "pages/about.md", Self.page("See [the dashboard](/dashboard/) and [Acorn House](../../providers/acorn-house/)."))
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let (outcome, output) = Self.build(tree)
        defer { try? FileManager.default.removeItem(at: output) }
        guard case .success(let written) = outcome.result else {
            Issue.record("the build failed: \(outcome.result)")
            return
        }
        #expect(written.pages > 5)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("pages/about/index.html").path))
    }

    @Test func aBrokenLinkInAPagesMarkdownIsAnErrorAtItsLineAndNothingIsPublished() throws {
        let tree = try FixtureTree.minimal().writing("pages/about.md", Self.page("Read [the old guide](/guides/old/) first."))
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let (outcome, output) = Self.build(tree)
        defer { try? FileManager.default.removeItem(at: output) }
        guard case .failure(.brokenLinks(let links)) = outcome.result else {
            Issue.record("expected broken links, got \(outcome.result)")
            return
        }
        #expect(
            links.map { DiagnosticPrinter.text($0.diagnostic) } == [
                "\(tree.path)/pages/about.md:7:22: error: the link '/guides/old/' goes to no page or file of the site (on pages/about/index.html); "
                    + "link to a page the site has, such as a provider's page or another free page, or remove the link [QI-F12]"
            ])
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing was published")
    }

    @Test func aBrokenLinkWrittenByTheThemeNamesTheTemplateLine() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let theme = TemporaryFolder.make("qid-theme")
        defer { try? FileManager.default.removeItem(at: theme) }
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.theme), to: theme)
        let notFound = theme.appendingPathComponent("templates/404.mustache")
        let text = try String(contentsOf: notFound, encoding: .utf8)
        try (text + "<a href=\"{{site.base}}help/contact-us/\">Help</a>\n").write(to: notFound, atomically: true, encoding: .utf8)
        let (outcome, output) = Self.build(tree, theme: theme.path)
        defer { try? FileManager.default.removeItem(at: output) }
        guard case .failure(.brokenLinks(let links)) = outcome.result else {
            Issue.record("expected broken links, got \(outcome.result)")
            return
        }
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(links.count == 1)
        #expect(links.first?.diagnostic.location == SourceLocation(file: notFound.path, line: line, column: 23))
        #expect(
            links.first?.diagnostic.message
                == "the theme's '404' template links to '/help/contact-us/', which is no file of the site (first on 404.html)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func linksResolveAgainstTheBaseAndThePage() {
        let check = LinkCheck(baseURL: "/qi/", pages: [])
        #expect(check.resolve("/qi/providers/a/", from: "index.html") == "providers/a/index.html")
        #expect(check.resolve("/qi/", from: "pages/x/index.html") == "index.html")
        #expect(check.resolve("/qi/assets/qid.css?v=1", from: "index.html") == "assets/qid.css")
        #expect(check.resolve("../y/", from: "pages/x/index.html") == "pages/y/index.html")
        #expect(check.resolve("#top", from: "index.html") == nil)
        #expect(check.resolve("/elsewhere/", from: "index.html") == nil)
        #expect(check.resolve("https://www.cqc.org.uk/location/1-1", from: "index.html") == nil)
        #expect(check.resolve("mailto:qi@example.org", from: "index.html") == nil)
        #expect(check.resolve("//evil.example/", from: "index.html") == nil)
        let absolute = LinkCheck(baseURL: "https://example.org/qi/", pages: [])
        #expect(absolute.resolve("https://example.org/qi/dashboard/", from: "index.html") == "dashboard/index.html")
        #expect(absolute.resolve("/qi/dashboard/", from: "index.html") == "dashboard/index.html")
    }

    @Test func attributesAreReadFromTheHTML() {
        let html = Array(
            "<a href=\"/a/?x=1&amp;y=2\">A</a><img src=\"/b.png\" alt=\"x\"><form action=\"/\" data-qid-index=\"/i.json\">".utf8)
        #expect(LinkCheck.attributeValues(in: html) == ["/a/?x=1&y=2", "/b.png", "/", "/i.json"])
    }

    @Test func theChangeFeedsLinksAreCheckedAndABrokenOneIsReportedAtTheFeed() {
        let check = LinkCheck(baseURL: "https://example.org/qi/", pages: [])
        let feed = OutputFile(
            path: "changes.atom",
            text: "<feed><link rel=\"self\" href=\"https://example.org/qi/changes.atom\"/><entry>"
                + "<link rel=\"alternate\" href=\"https://example.org/qi/providers/acorn-house/\"/>"
                + "<link rel=\"alternate\" href=\"https://example.org/qi/providers/no-such-provider/\"/></entry></feed>")
        let references = check.references(inGenerated: [feed])
        let files: Set<String> = ["changes.atom", "providers/acorn-house/index.html"]
        let theme = LinkCheck.ThemeText(directory: "built-in", templates: [:])
        let broken = check.broken(references, in: files, theme: theme)
        #expect(broken.count == 1)
        #expect(broken.first?.diagnostic.location == SourceLocation(file: "changes.atom", line: 1, column: 1))
        #expect(broken.first?.diagnostic.message.contains("'https://example.org/qi/providers/no-such-provider/'") == true)
        // With every page there, nothing is broken.
        #expect(check.broken(references, in: files.union(["providers/no-such-provider/index.html"]), theme: theme).isEmpty)
        // Other files qid writes (the CSV) are not read for links.
        #expect(check.references(inGenerated: [OutputFile(path: "providers.csv", text: "href=\"/x/\"")]).first.isEmpty)
    }
}
