import Foundation
import Mustache

/// A theme folder: `templates/*.mustache` and `assets/*` (copied to the site's `assets/`).
public struct Theme: Sendable {
    /// Templates every build needs; a theme missing one is refused at start-up with its name.
    public static let requiredTemplates = [
        "layout", "home", "list", "provider", "dashboard", "page", "404", "provider-table", "provider-row", "light-tag", "pagination",
    ]

    public let directory: String
    /// swift-mustache's parse of the templates, the reference engine: made only when it is chosen, since parsing
    /// them took 162 million instructions, more than half of loading a theme, in every build.
    private(set) var library: MustacheLibrary?
    /// The page templates compiled for their view models: the engine every build uses.
    let plans: [String: TemplatePlan]
    /// Which engine renders: the compiled plans, or swift-mustache (tests compare the two byte for byte).
    var engine = TemplateEngine.compiled {
        didSet {
            if engine == .reference, library == nil { library = Self.referenceLibrary(templateSources) }
        }
    }
    /// Template name → its Mustache text, as loaded (for `qid theme export` and the link check's messages).
    public let templateSources: [String: String]
    /// Asset file name → bytes, sorted by name.
    let assets: [(name: String, bytes: [UInt8])]
    /// A short, stable fingerprint of the assets, for cache-busting query strings (worked out once: every page
    /// links the assets with it).
    let assetsVersion: String

    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Loads and parses every template of a theme folder; a missing folder, a missing template or a parse error is
    /// an error that names the file (swift-mustache would otherwise render a missing template as nothing).
    public static func load(directory: String) throws -> Theme {
        let templatesFolder = directory + "/templates"
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: templatesFolder) else {
            throw LoadError(description: "no theme at '\(directory)': expected \(templatesFolder)/*.mustache")
        }
        var templates: [(name: String, text: String)] = []
        for name in names.sorted() where name.hasSuffix(".mustache") {
            let path = "\(templatesFolder)/\(name)"
            guard let text = manager.contents(atPath: path).map({ String(decoding: $0, as: UTF8.self) }) else {
                throw LoadError(description: "\(path): could not be read")
            }
            templates.append((String(name.dropLast(".mustache".count)), text))
        }
        var assets: [(name: String, bytes: [UInt8])] = []
        let assetsFolder = directory + "/assets"
        for name in ((try? manager.contentsOfDirectory(atPath: assetsFolder)) ?? []).sorted() where !name.hasPrefix(".") {
            if let data = manager.contents(atPath: "\(assetsFolder)/\(name)") {
                assets.append((name, Array(data)))
            }
        }
        return try load(templates: templates, assets: assets, directory: directory)
    }

    /// The default theme, compiled into qid (`Sources/QISite/DefaultTheme`): a copied qid needs no theme folder.
    public static func builtIn() throws -> Theme {
        try load(templates: BuiltInTheme.templates, assets: BuiltInTheme.assets, directory: BuiltInTheme.label)
    }

    /// Parses and compiles `templates` (name → Mustache text); `directory` names the theme in messages.
    static func load(templates: [(name: String, text: String)], assets: [(name: String, bytes: [UInt8])], directory: String) throws -> Theme
    {
        let templatesFolder = directory + "/templates"
        var parsed: [String: [TemplateSyntax]] = [:]
        var sources: [String: String] = [:]
        _ = FastHTMLContentType.registered
        for (templateName, text) in templates {
            let path = "\(templatesFolder)/\(templateName).mustache"
            sources[templateName] = text
            let source = referenceSource(text)
            do {
                parsed[templateName] = try TemplateParser.parse(source)
            } catch let error as TemplateSyntaxError {
                throw LoadError(description: "\(path):\(error.line): the template does not parse: \(error.message)")
            }
        }
        let missing = requiredTemplates.filter { parsed[$0] == nil }
        guard missing.isEmpty else {
            throw LoadError(
                description: "the theme at '\(directory)' lacks \(missing.map { "templates/\($0).mustache" }.joined(separator: ", "))")
        }
        let plans = try compilePlans(parsed, templatesFolder: templatesFolder)
        return Theme(
            directory: directory, library: nil, plans: plans, templateSources: sources, assets: assets,
            assetsVersion: fingerprint(assets))
    }

    /// Writes the theme's templates and assets into `folder` (`templates/NAME.mustache`, `assets/NAME`): the starting
    /// point for a council's own theme.
    ///
    /// Refuses a folder that already holds files.
    public func export(to folder: String) throws {
        let manager = FileManager.default
        if let existing = try? manager.contentsOfDirectory(atPath: folder), !existing.isEmpty {
            throw LoadError(description: "'\(folder)' already holds files: give an empty or new folder")
        }
        try manager.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: folder + "/assets", withIntermediateDirectories: true)
        for (name, text) in templateSources.sorted(by: { $0.key < $1.key }) {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/templates/\(name).mustache"))
        }
        for asset in assets {
            try Data(asset.bytes).write(to: URL(fileURLWithPath: "\(folder)/assets/\(asset.name)"))
        }
    }

    /// Renders `context` with a page template (one of `Theme.planRoots`, compiled for the context's type).
    func render(_ context: some TemplateObject, template: String) -> String {
        switch engine {
        case .compiled:
            guard let plan = plans[template] else { preconditionFailure("no compiled plan for the template '\(template)'") }
            return plan.render(context)
        case .reference:
            return library?.render(context, withTemplate: template) ?? ""
        }
    }

    /// A template's text as both engines parse it: every template (partials too: swift-mustache resets the content type
    /// for each) escapes with the fast HTML escape, set on the first line so that lines keep their numbers.
    static func referenceSource(_ text: String) -> String {
        "{{% CONTENT_TYPE: \(FastHTMLContentType.name)}}" + text
    }

    /// swift-mustache's library of the templates; a template it cannot parse is left out (the compiled plans parsed
    /// them all at load, and the tests that choose this engine compare every page).
    static func referenceLibrary(_ sources: [String: String]) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            try? library.register(referenceSource(text), named: name)
        }
        return library
    }

    /// FNV-1a over the assets' names and bytes, in hexadecimal, first ten digits.
    static func fingerprint(_ assets: [(name: String, bytes: [UInt8])]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for asset in assets {
            for byte in Array(asset.name.utf8) + asset.bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return String(String(hash, radix: 16).prefix(10))
    }
}
