import Foundation
import QIDomain
import QILoader
import QIReport
import QISite

/// The site held in memory for `qid serve`: the checked content, its renderer and every file's path, each page
/// rendered the first time it is asked for and kept until a change touches it.
///
/// Made by the same steps as `Pipeline.build` (load, evaluate, then `Pipeline.renderer`), without writing files, the
/// link check or the output scan. `updating(providers:)` re-reads and re-evaluates only the changed providers and
/// drops only the pages that show them: their own page, the lists, the dashboard, the search index and the sitemap.
public struct PreviewSite: Sendable {
    public let request: BuildRequest
    public let check: CheckedDirectory
    /// Why there is no site (errors in the content, a theme that does not load); nil when there is one.
    public let failure: BuildFailure?
    let theme: Theme?
    let renderer: SiteRenderer?
    let listings: PreparedListings?
    let pages: [String: PlannedPage]
    let rendered: RenderedFiles

    /// Loads, checks and plans the whole site (nothing is rendered yet).
    public static func build(_ request: BuildRequest) -> PreviewSite {
        var timings = PhaseTimings()
        let checked = Pipeline.check(root: request.content, asOf: request.asOf, dueWithinDays: request.dueWithinDays, timings: &timings)
        return PreviewSite(request: request, check: checked, theme: nil, previous: nil)
    }

    /// The site after the files of `ids` (provider folders under `providers/`) changed.
    ///
    /// Only those folders are read again and only those providers evaluated; pages that do not show them keep their
    /// rendered bytes. Falls back to a whole build when the content had no policy or `providers/` cannot be read.
    public func updating(providers ids: Set<String>) -> PreviewSite {
        let sorted = ids.sorted()
        guard let reloads = ContentLoader().reloadProviders(root: request.content, ids: sorted),
            let checked = check.updating(reloads, asOf: request.asOf, dueWithinDays: request.dueWithinDays)
        else { return Self.build(request) }
        return PreviewSite(request: request, check: checked, theme: theme, previous: (self, ids))
    }

    private init(request: BuildRequest, check: CheckedDirectory, theme: Theme?, previous: (site: PreviewSite, changed: Set<String>)?) {
        self.request = request
        self.check = check
        switch Pipeline.renderer(for: check, request, theme: theme) {
        case .failure(let failure):
            self.failure = failure
            self.theme = theme
            self.renderer = nil
            self.listings = nil
            self.pages = [:]
            self.rendered = RenderedFiles()
        case .success(let renderer):
            self.failure = nil
            self.theme = renderer.theme
            self.renderer = renderer
            let listings: PreparedListings
            if let previous, let earlier = previous.site.listings {
                listings = renderer.listings(reusing: earlier, changed: previous.changed)
                self.rendered = previous.site.rendered.keeping { Self.survives($0, changed: previous.changed) }
            } else {
                listings = renderer.listings()
                self.rendered = RenderedFiles()
            }
            self.listings = listings
            var pages: [String: PlannedPage] = [:]
            for page in renderer.plannedPages(listings) { pages[page.path] = page }
            self.pages = pages
        }
    }

    /// Whether a rendered file stays true when only the providers `changed` did: the theme's assets, the free pages,
    /// the 404 page and the other providers' pages do; the lists, the dashboard, the search index and the sitemap
    /// (which lists every provider) are rendered again.
    static func survives(_ path: String, changed: Set<String>) -> Bool {
        if path.hasPrefix("assets/") || path.hasPrefix("pages/") || path == "404.html" { return true }
        let parts = path.split(separator: "/")
        return parts.count == 3 && parts[0] == "providers" && parts[2] == "index.html" && !changed.contains(String(parts[1]))
    }

    /// The file at `path` (relative to the site's root, as `providers/ID/index.html`), rendered now or earlier; nil
    /// when the site has no such file (or no site: see `failure`).
    public func file(at path: String) -> OutputFile? {
        guard let renderer, let listings else { return nil }
        if let cached = rendered.file(at: path) { return cached }
        let file: OutputFile
        if let page = pages[path] {
            file = page.render()
        } else if path == "search-index.json" {
            file = renderer.searchIndex(listings)
        } else if path == "sitemap.xml" || path.hasPrefix("assets/") {
            guard let support = renderer.supportFiles(htmlPaths: Array(pages.keys)).first(where: { $0.path == path }) else { return nil }
            file = support
        } else if !path.contains("/"), let data = renderer.dataFiles(listings).first(where: { $0.path == path }) {
            // The open data (providers.csv, providers.json, the change feed, the internal work list).
            file = data
        } else {
            return nil
        }
        rendered.store(file)
        return file
    }

    /// Every file's path, sorted: the pages, the search index, the sitemap, the theme's assets and the open data.
    public var paths: [String] {
        guard let renderer, let listings else { return [] }
        let data = renderer.dataFiles(listings).map(\.path)
        return (Array(pages.keys) + renderer.supportFiles(htmlPaths: []).map(\.path) + ["search-index.json"] + data).sorted()
    }

    /// How many files are rendered and kept (for the tests: what a change dropped).
    public var renderedCount: Int { rendered.count }
}

/// Rendered files by path, shared by the requests that read one site (any thread).
final class RenderedFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: OutputFile]

    init(_ files: [String: OutputFile] = [:]) {
        self.files = files
    }

    func file(at path: String) -> OutputFile? {
        lock.withLock { files[path] }
    }

    func store(_ file: OutputFile) {
        lock.withLock { files[file.path] = file }
    }

    var count: Int { lock.withLock { files.count } }

    /// A new store with the files whose path `keep` accepts.
    func keeping(_ keep: (String) -> Bool) -> RenderedFiles {
        RenderedFiles(lock.withLock { files.filter { keep($0.key) } })
    }
}
