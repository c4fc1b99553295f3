/// The two ways a theme can fill its templates.
enum TemplateEngine: Sendable {
    /// Plans compiled at theme load (`TemplateCompiler`): what every build uses.
    case compiled
    /// swift-mustache, reading the view models through `MustacheParent`: the reference the plans are tested against.
    case reference
}

extension Theme {
    /// Each template qid renders on its own, and the view model it is rendered with; the other templates
    /// (`layout`, `provider-table`, `pagination`) are partials, checked against the contexts that include them.
    static var planRoots: [(template: String, root: any TemplateObject.Type)] {
        [
            ("home", HomePage.self), ("list", ListPage.self), ("provider", ProviderPage.self), ("dashboard", DashboardPage.self),
            ("page", FreePage.self), ("404", NotFoundPage.self), ("provider-row", ProviderRow.self), ("light-tag", LightTag.self),
        ]
    }

    /// Compiles every root template; a key a view model lacks, anywhere, is an error naming the file, line and key.
    static func compilePlans(_ parsed: [String: [TemplateSyntax]], templatesFolder: String) throws -> [String: TemplatePlan] {
        var compiler = TemplateCompiler(templates: parsed) { "\(templatesFolder)/\($0).mustache" }
        var plans: [String: TemplatePlan] = [:]
        for (template, root) in planRoots {
            plans[template] = compiler.compile(template, root: root)
        }
        // A partial included from several pages reports the same problem once; sorted by file and line.
        var seen = Set<String>()
        let problems = compiler.problems
            .sorted { ($0.path, $0.line, $0.message) < ($1.path, $1.line, $1.message) }
            .map { "\($0.path):\($0.line): \($0.message)" }
            .filter { seen.insert($0).inserted }
        guard problems.isEmpty else {
            throw LoadError(description: problems.joined(separator: "\n"))
        }
        return plans
    }
}
