import QIDomain
import QIMarkdown

/// The render step: records + evaluation → view models → templates → files in memory, sorted by path.
/// Deterministic: the same content, theme, options and as-of date give the same bytes.
public struct SiteBuilder: Sendable {
    let content: DirectoryContent
    let policy: Policy
    let states: [String: ProviderState]
    let theme: Theme
    let options: SiteOptions
    let markdown = MarkdownRenderer()

    public init(content: DirectoryContent, policy: Policy, states: [ProviderState], theme: Theme, options: SiteOptions) {
        self.content = content
        self.policy = policy
        var byID: [String: ProviderState] = [:]
        for state in states { byID[state.providerID] = state }
        self.states = byID
        self.theme = theme
        self.options = options
    }

    public func build() -> [OutputFile] {
        let listings = Listings(builder: self)
        var files: [OutputFile] = []
        files.append(page("index.html", template: "home", listings.homePage()))
        for list in listings.filterPages() {
            files.append(page(list.path, template: "list", list.page))
        }
        for provider in content.providers {
            let view = ProviderPageBuilder(builder: self, provider: provider).page()
            files.append(page("providers/\(provider.id)/index.html", template: "provider", view))
        }
        files.append(page("dashboard/index.html", template: "dashboard", listings.dashboard()))
        for free in content.pages {
            let view = FreePage(site: chrome(title: free.title.value, section: .page(free.slug)), bodyHTML: markdown.html(free.body))
            files.append(page("pages/\(free.slug)/index.html", template: "page", view))
        }
        files.append(page("404.html", template: "404", NotFoundPage(site: chrome(title: "Page not found", section: .none))))
        files.append(OutputFile(path: "search-index.json", text: SearchIndex(builder: self).json(rows: listings.rows)))
        for asset in theme.assets {
            files.append(OutputFile(path: "assets/\(asset.name)", bytes: asset.bytes))
        }
        let htmlPaths = files.map(\.path).filter { $0.hasSuffix(".html") && $0 != "404.html" }
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(paths: htmlPaths, base: options.baseURL)))
        return files.sorted { $0.path < $1.path }
    }

    private func page(_ path: String, template: String, _ context: Any) -> OutputFile {
        OutputFile(path: path, text: theme.render(context, template: template))
    }

    // MARK: Shared pieces

    /// Where a page sits in the navigation. The home page is the Providers item itself (`aria-current="page"`);
    /// list and provider pages sit inside it (`aria-current="true"`, as GOV.UK's service navigation does).
    enum Section: Equatable {
        case home, providers, dashboard, page(String), none
    }

    func chrome(title: String, section: Section) -> SiteChrome {
        let base = options.baseURL
        let providersCurrent = section == .home ? "page" : section == .providers ? "true" : ""
        var nav = [NavLink(href: base, label: "Providers", current: providersCurrent)]
        nav.append(NavLink(href: base + "dashboard/", label: "Dashboard", current: section == .dashboard ? "page" : ""))
        for free in content.pages {
            nav.append(NavLink(href: base + "pages/\(free.slug)/", label: free.title.value, current: section == .page(free.slug) ? "page" : ""))
        }
        return SiteChrome(
            title: content.settings.title, organisation: content.settings.organisation, base: base,
            isInternal: options.isInternal,
            editionBanner: options.isInternal ? "Internal edition: for council officers only. Do not share or publish." : "",
            asOf: options.asOf.longDescription, asOfISO: options.asOf.description, contact: content.settings.contact,
            contactHref: content.settings.contact.flatMap { $0.contains("@") && !$0.contains(" ") ? "mailto:\($0)" : nil },
            nav: nav, pageTitle: title, lightsTitle: policy.lightsTitle, lightsNoun: policy.lightsTitle.lowercased(),
            standardsTitle: policy.standardsTitle, standardTitle: policy.standardTitle, team: policy.team, assetsVersion: theme.assetsVersion)
    }

    func tag(_ level: LightLevel) -> LightTag {
        LightTag(key: level.key, word: level.word, label: level.label, labelIfDifferent: level.label == level.word ? nil : level.label, cssClass: level.cssClass)
    }

    func tag(light key: String) -> LightTag {
        if let level = policy.light(key) { return tag(level) }
        if key == policy.notAssessed.key {
            return LightTag(key: key, word: policy.notAssessed.title, label: policy.notAssessed.title, labelIfDifferent: nil, cssClass: "qi-light--none")
        }
        return tag(policy.notYetRated)
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

/// `sitemap.xml` for every page but the 404.
enum Sitemap {
    static func xml(paths: [String], base: String) -> String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
        for path in paths.sorted() {
            let address = path == "index.html" ? "" : String(path.dropLast("index.html".count))
            lines.append("  <url><loc>\(escape(base + address))</loc></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }
}
