import QIDomain
import QIMarkdown

/// The render step: records + evaluation → view models → templates → files.
///
/// `qid build` asks for the planned pages and renders them in batches on every core (`SiteWriter`), then the search
/// index and support files. Deterministic: the same content, theme, options and as-of date give the same bytes.
public struct SiteRenderer: Sendable {
    let content: DirectoryContent
    let policy: Policy
    let states: [String: ProviderState]
    public let theme: Theme
    let options: SiteOptions
    let markdown = MarkdownRenderer()
    /// Each light's tag as HTML (`templates/light-tag`), by key: a page shows a dozen tags or more, of a few kinds,
    /// so each kind is rendered once.
    private let tagHTML: [String: String]

    public init(content: DirectoryContent, policy: Policy, states: [ProviderState], theme: Theme, options: SiteOptions) {
        self.content = content
        self.policy = policy
        var byID: [String: ProviderState] = [:]
        for state in states { byID[state.providerID] = state }
        self.states = byID
        self.theme = theme
        self.options = options
        var tagHTML: [String: String] = [:]
        let notAssessed = LightLevel(
            key: policy.notAssessed.key, word: policy.notAssessed.title, label: policy.notAssessed.title,
            cssClass: LightLevel.neutralCSSClass,
            guidance: "")
        for level in policy.lights + [policy.notYetRated, notAssessed] {
            tagHTML[level.key] = theme.render(Self.tag(level, html: ""), template: "light-tag")
        }
        self.tagHTML = tagHTML
    }

    /// The lists' rows, worked out once for the pages and the search index.
    public func listings() -> PreparedListings {
        PreparedListings(listings: Listings(renderer: self), changes: LightChanges(providers: content.providers, policy: policy))
    }

    /// The lists' rows after some providers changed: every other provider's row is kept as `previous` made it (a row
    /// shows only its own provider's record and state), and only the lists that show a changed provider are patched.
    public func listings(reusing previous: PreparedListings, changed: Set<String>) -> PreparedListings {
        if let updated = Listings(renderer: self, updating: previous.listings, changed: changed) {
            // The histories are worked out again whole: the dashboard's counts and changes read every provider's.
            return PreparedListings(listings: updated, changes: LightChanges(providers: content.providers, policy: policy))
        }
        return listings()
    }

    /// Every HTML page of the site, not yet rendered: its path and how to render it (on any core).
    public func plannedPages(_ prepared: PreparedListings) -> [PlannedPage] {
        plannedPages(prepared.listings, changes: prepared.changes)
    }

    func plannedPages(_ listings: Listings, changes: LightChanges) -> [PlannedPage] {
        var pages: [PlannedPage] = []
        for (path, view) in listings.homePages() {
            pages.append(PlannedPage(path: path, template: "home") { page(path, template: "home", view()) })
        }
        for (path, view) in listings.filterPages() {
            pages.append(PlannedPage(path: path, template: "list") { page(path, template: "list", view()) })
        }
        // One copy of the renderer for every provider page to point at: each closure capturing `self` and its
        // provider by value held 1.8 KB, 46 MB at 25,000 providers.
        let shared = SharedRenderer(self)
        for index in content.providers.indices {
            let path = "providers/\(content.providers[index].id)/index.html"
            pages.append(
                PlannedPage(path: path, template: "provider") {
                    let renderer = shared.renderer
                    return renderer.page(
                        path, template: "provider",
                        ProviderPageBuilder(renderer: renderer, provider: renderer.content.providers[index]).page())
                })
        }
        pages.append(
            PlannedPage(path: "dashboard/index.html", template: "dashboard") {
                page("dashboard/index.html", template: "dashboard", Dashboard(renderer: self, listings: listings, changes: changes).page())
            })
        for free in content.pages {
            let path = "pages/\(free.slug)/index.html"
            pages.append(
                PlannedPage(path: path, template: "page", source: free.file) {
                    page(
                        path, template: "page",
                        FreePage(site: chrome(title: free.title.value, section: .page(free.slug)), bodyHTML: markdown.html(free.body)))
                })
        }
        let notFound = NotFoundPage(
            site: chrome(title: "Page not found", section: .none),
            contactLead: "If you still cannot find what you need, contact \(policy.team):")
        pages.append(PlannedPage(path: "404.html", template: "404") { page("404.html", template: "404", notFound) })
        return pages
    }

    /// Where the site is served from: every internal link starts with it.
    public var baseURL: String { options.baseURL }

    /// The theme's folder (or the built-in theme's name), for messages that name a template.
    public var themeDirectory: String { theme.directory }

    /// The theme's templates' text by name, for messages that point into a template.
    public var themeTemplates: [String: String] { theme.templateSources }

    /// `search-index.json`.
    public func searchIndex(_ prepared: PreparedListings) -> OutputFile {
        searchIndex(prepared.listings)
    }

    func searchIndex(_ listings: Listings) -> OutputFile {
        OutputFile(path: "search-index.json", text: SearchIndex(renderer: self).json(rows: listings.rows))
    }

    /// The open data (`providers.csv`, `providers.json`), `changes.atom` when the base URL is a full address, and in
    /// the internal edition `work-list.csv`.
    public func dataFiles(_ prepared: PreparedListings) -> [OutputFile] {
        var files = [OpenData.csv(self), OpenData.json(self)]
        if let feed = ChangeFeed.feed(self, changes: prepared.changes) { files.append(feed) }
        if options.isInternal {
            files.append(OpenData.workList(Dashboard(renderer: self, listings: prepared.listings, changes: prepared.changes)))
        }
        return files
    }

    /// What `qid build` tells the user about the files it did not write (no feed without a full base URL).
    public var notes: [String] {
        ChangeFeed.skippedNote(options).map { [$0] } ?? []
    }

    /// The theme's assets and `sitemap.xml` (listing `htmlPaths` but the 404 page).
    public func supportFiles(htmlPaths: [String]) -> [OutputFile] {
        var files = theme.assets.map { OutputFile(path: "assets/\($0.name)", bytes: $0.bytes) }
        files.append(
            OutputFile(path: "sitemap.xml", text: Sitemap.xml(paths: htmlPaths.filter { $0 != "404.html" }, base: options.baseURL)))
        return files
    }

    private func page(_ path: String, template: String, _ context: some TemplateObject) -> OutputFile {
        OutputFile(path: path, text: theme.render(context, template: template))
    }

    // MARK: Shared pieces

    /// Where a page sits in the navigation.
    ///
    /// The home page is the Providers item itself (`aria-current="page"`); list and provider pages sit inside it
    /// (`aria-current="true"`, as GOV.UK's service navigation does).
    enum Section: Equatable {
        case home, providers, dashboard, page(String), none
    }

    /// What every page shares.
    ///
    /// `<title>` says "TITLE – SITE TITLE", or `documentTitle` when given (the home page's is the site's title), after
    /// "Internal: " in the internal edition.
    func chrome(title: String, section: Section, documentTitle: String? = nil) -> SiteChrome {
        let base = options.baseURL
        let providersCurrent = section == .home ? "page" : section == .providers ? "true" : ""
        var nav = [NavLink(href: base, label: "Providers", current: providersCurrent)]
        nav.append(NavLink(href: base + "dashboard/", label: "Dashboard", current: section == .dashboard ? "page" : ""))
        for free in content.pages {
            nav.append(
                NavLink(href: base + "pages/\(free.slug)/", label: free.title.value, current: section == .page(free.slug) ? "page" : ""))
        }
        return SiteChrome(
            title: content.settings.title, organisation: content.settings.organisation, base: base,
            isInternal: options.isInternal,
            editionBanner: options.isInternal ? "Internal edition: for council officers only. Do not share or publish." : "",
            asOf: options.asOf.longDescription, asOfISO: options.asOf.description, contact: content.settings.contact,
            contactHref: content.settings.contact.flatMap { SafeLink.email($0) == nil ? "mailto:\($0)" : nil },
            nav: nav, pageTitle: title, lightsTitle: policy.lightsTitle, lightsNoun: policy.lightsTitle.lowercased(),
            standardsTitle: policy.standardsTitle, standardTitle: policy.standardTitle, team: policy.team,
            contactLead: "Contact \(policy.team):",
            documentTitle: (options.isInternal ? "Internal: " : "") + (documentTitle ?? "\(title) – \(content.settings.title)"),
            assetsVersion: theme.assetsVersion)
    }

    func tag(_ level: LightLevel) -> LightTag {
        Self.tag(level, html: tagHTML[level.key] ?? "")
    }

    private static func tag(_ level: LightLevel, html: String) -> LightTag {
        LightTag(
            key: level.key, word: level.word, label: level.label, labelIfDifferent: level.label == level.word ? nil : level.label,
            cssClass: level.cssClass, html: html)
    }

    func tag(light key: String) -> LightTag {
        if let level = policy.light(key) { return tag(level) }
        if key == policy.notAssessed.key {
            return LightTag(
                key: key, word: policy.notAssessed.title, label: policy.notAssessed.title, labelIfDifferent: nil,
                cssClass: LightLevel.neutralCSSClass,
                html: tagHTML[key] ?? "")
        }
        return tag(policy.notYetRated)
    }

    /// How far ahead the work list looks, in days.
    var dueWithinDays: Int {
        options.dueWithinDays ?? policy.dueWithinDays
    }

    func providerHref(_ id: String) -> String {
        options.baseURL + "providers/\(id)/"
    }

    func html(_ markdownText: String?) -> String? {
        guard let markdownText, !markdownText.allSatisfy(\.isWhitespace) else { return nil }
        return markdown.html(markdownText)
    }

    func officerName(_ id: String?) -> String {
        guard let id else { return "None assigned" }
        return content.officers.first { $0.id.value == id }?.name ?? id
    }

    func state(of provider: Provider) -> ProviderState? {
        states[provider.id]
    }
}

/// The lists' rows, prepared once and shared by every page and the search index.
public struct PreparedListings: Sendable {
    let listings: Listings
    /// Every provider's light history, for the dashboard and the change feed.
    let changes: LightChanges
}

/// One page of the site before rendering: `render` builds its view model and fills its template.
public struct PlannedPage: Sendable {
    public let path: String
    /// The theme template that renders it (`provider`, `page` …), for messages about what it links to.
    public let template: String
    /// The content file its words come from, when one does (a free page's Markdown).
    public let source: String?
    public let render: @Sendable () -> OutputFile

    init(path: String, template: String, source: String? = nil, render: @escaping @Sendable () -> OutputFile) {
        self.path = path
        self.template = template
        self.source = source
        self.render = render
    }
}

/// A renderer that many planned pages share by reference.
private final class SharedRenderer: Sendable {
    let renderer: SiteRenderer

    init(_ renderer: SiteRenderer) {
        self.renderer = renderer
    }
}

/// `sitemap.xml` for every page but the 404.
enum Sitemap {
    static func xml(paths: [String], base: String) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
        for path in paths.sorted() {
            let address = path == "index.html" ? "" : String(path.dropLast("index.html".count))
            lines.append("  <url><loc>\(MarkupText.escaped(base + address))</loc></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

}
