import Foundation
import QITestSupport
import Testing

@testable import QISite

/// A key a view model lacks is an error when the theme is loaded, with the template's file, line and key (where
/// swift-mustache renders it as nothing); the parser follows swift-mustache's whitespace rules.
@Suite struct TemplateCompilerTests {
    static let defaultTheme = FixtureTree.defaultTheme

    /// A copy of the default theme with `edit` applied to `template`'s text.
    static func theme(editing template: String, adding extra: [String: String] = [:], _ edit: (String) -> String) throws -> URL {
        let folder = TemporaryFolder.make("qid-theme")
        try FileManager.default.copyItem(at: defaultTheme, to: folder)
        for (name, text) in extra {
            try text.write(to: folder.appendingPathComponent("templates/\(name).mustache"), atomically: true, encoding: .utf8)
        }
        let file = folder.appendingPathComponent("templates/\(template).mustache")
        try edit(String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        return folder
    }

    static func loadError(_ folder: URL) -> String? {
        do {
            _ = try Theme.load(directory: folder.path)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func theDefaultThemeCompiles() throws {
        let theme = try Theme.load(directory: Self.defaultTheme.path)
        #expect(Set(theme.plans.keys) == Set(Theme.planRoots.map(\.template)))
    }

    @Test func aMisspeltKeyIsAnErrorAtItsFileAndLine() throws {
        let folder = try Self.theme(editing: "provider") { $0.replacingOccurrences(of: "{{explanation}}", with: "{{explanaton}}") }
        let message = try #require(Self.loadError(folder))
        let expected = "/templates/provider.mustache:29: {{explanaton}}: no key 'explanaton' in ProviderPage"
        #expect(message.contains(expected), "\(message)")
        #expect(message.contains("did you mean 'explanation'?"), "\(message)")
    }

    @Test func aMisspeltKeyInAPartialIsFoundThroughThePageThatIncludesIt() throws {
        let folder = try Self.theme(editing: "pagination") {
            $0.replacingOccurrences(of: "pagination.nextHref", with: "pagination.nextHerf")
        }
        let message = try #require(Self.loadError(folder))
        let expected = "/templates/pagination.mustache:18: {{pagination.nextHerf}}: no key 'nextHerf' in Pagination"
        #expect(message.contains(expected), "\(message)")
        // Included by the home page and the list pages: reported once.
        #expect(message.components(separatedBy: "pagination.mustache:18:").count == 2, "\(message)")
    }

    @Test func aKeyOfAnotherViewModelIsAnError() throws {
        let folder = try Self.theme(editing: "provider-row") { $0.replacingOccurrences(of: "{{services}}", with: "{{guidance}}") }
        let message = try #require(Self.loadError(folder))
        #expect(message.contains("/templates/provider-row.mustache:4: {{guidance}}: no key 'guidance' in ProviderRow"), "\(message)")
    }

    @Test func aListPrintedAsTextIsAnError() throws {
        let folder = try Self.theme(editing: "home") {
            $0.replacingOccurrences(of: "<p class=\"qi-body-l\">{{intro}}", with: "<p>{{rows}}")
        }
        let message = try #require(Self.loadError(folder))
        #expect(message.contains("/templates/home.mustache:4: {{rows}} is a list of ProviderRow, not text"), "\(message)")
    }

    /// Standalone tags, indented partials and blocks, comments and set delimiters: rendered as swift-mustache does.
    @Test(arguments: [
        "{{#site.isInternal}}\n  yes\n{{/site.isInternal}}\n  {{^site.isInternal}} no {{/site.isInternal}}\n",
        "<div>\n  {{> snippet}}\n</div>\n  {{> snippet}}\n<p>{{site.title}}</p>\n",
        "{{<layout}}\n  {{$main}}\n    <p>{{bodyHTML}}</p>\n    {{{bodyHTML}}}\n  {{/main}}\n{{/layout}}\n",
        "{{! a comment }}\n  {{=<% %>=}}\n<%site.title%> {{site.title}}\n"
            + "<%={{ }}=%>{{#site.nav}}\n  - {{label}}{{^empty(current)}}*{{/empty(current)}}\n{{/site.nav}}",
    ])
    func tricksOfWhitespaceRenderAsSwiftMustacheRendersThem(_ page: String) throws {
        let snippet = "<ul>\n{{#site.nav}}\n  <li>{{label}}</li>\n{{/site.nav}}\n</ul>\n"
        let folder = try Self.theme(editing: "page", adding: ["snippet": snippet]) { _ in page }
        var theme = try Theme.load(directory: folder.path)
        var context = FreePage(site: TemplateKeysTests.chrome, bodyHTML: "<b>A & B</b>\nline")
        context.site.nav.append(NavLink(href: "/x/", label: "X <y>", current: ""))
        let compiled = theme.render(context, template: "page")
        theme.engine = .reference
        #expect(compiled == theme.render(context, template: "page"))
    }
}
