import Testing

@testable import QISite

/// Loading a theme: a template that does not parse is an error naming it and its line; swift-mustache, the
/// reference engine, is made only when a test chooses it.
@Suite struct ThemeLoadTests {
    private func templates(replacing name: String, with text: String) -> [(name: String, text: String)] {
        BuiltInTheme.templates.map { $0.name == name ? (name, text) : $0 }
    }

    @Test func anUnclosedSectionIsAnErrorNamingTheTemplateAndLine() {
        let broken = templates(replacing: "home", with: "<h1>{{title}}</h1>\n{{#providers}}\n<p>{{name}}</p>\n")
        do {
            _ = try Theme.load(templates: broken, assets: [], directory: "council-theme")
            Issue.record("a broken template loaded")
        } catch {
            let message = String(describing: error)
            #expect(message.hasPrefix("council-theme/templates/home.mustache:"), "\(message)")
            #expect(message.contains("does not parse"))
        }
    }

    @Test func aMissingTemplateIsNamed() {
        let missing = BuiltInTheme.templates.filter { $0.name != "pagination" }
        let error = #expect(throws: Theme.LoadError.self) { try Theme.load(templates: missing, assets: [], directory: "council-theme") }
        #expect(error?.description == "the theme at 'council-theme' lacks templates/pagination.mustache")
    }

    @Test func theReferenceEngineIsMadeOnlyWhenChosen() throws {
        var theme = try Theme.builtIn()
        #expect(theme.library == nil)
        theme.engine = .reference
        #expect(theme.library?.getTemplate(named: "layout") != nil)
    }
}
