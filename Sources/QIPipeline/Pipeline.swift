import QIDomain
import QILoader
import QIReport
import QISite

/// The steps of `qid check` and `qid build`, listed once, in the order they run.
///
/// 1. **load**: the content folder → records and format diagnostics (`ContentLoader`).
/// 2. **evaluate**: policy + records + as-of date → each provider's state and the rules' diagnostics.
///
/// `check` stops there. `build` stops there too on any error, and otherwise goes on:
///
/// 3. **render**: the theme, the lists' rows and the page plan, then the pages, in batches on every core.
/// 4. **write**: each batch into a staging folder beside the output.
/// 5. **search index**: `search-index.json`, then the assets and the sitemap.
/// 6. **link check**: every internal link and asset reference resolves to a file of the new site.
/// 7. **output scan**: a public edition holds no NHS-number-shaped value (QI-P1), as a reader would see it.
/// 8. **publish**: the staging folder swapped in for the output in one step.
///
/// Each step is timed by the `PhaseTimings` that `--timings` prints. The commands only parse their arguments,
/// call these and print; tests and a long-running process (a preview server) drive them in-process.
public enum Pipeline {
    /// Steps 1 and 2: what `qid check` reports.
    public static func check(root: String, asOf: Day, dueWithinDays: Int? = nil, timings: inout PhaseTimings) -> CheckedDirectory {
        let loaded = timings.measure(.load) { ContentLoader().load(root: root) }
        return timings.measure(.evaluate) { CheckedDirectory.evaluate(loaded, asOf: asOf, dueWithinDays: dueWithinDays) }
    }

    /// Steps 1 to 8: checks the content and, when it has no errors, builds and publishes the site.
    public static func build(_ request: BuildRequest, timings: inout PhaseTimings) -> BuildOutcome {
        let checked = check(root: request.content, asOf: request.asOf, dueWithinDays: request.dueWithinDays, timings: &timings)
        let renderer: SiteRenderer
        switch timings.measure(.render, { Self.renderer(for: checked, request) }) {
        case .failure(let failure): return BuildOutcome(check: checked, result: .failure(failure))
        case .success(let made): renderer = made
        }
        let providers = checked.content?.providers ?? []
        let scan = request.edition == .public ? OutputScan(providers: providers) : nil
        let links = LinkCheck(baseURL: renderer.baseURL, pages: checked.content?.pages ?? [])
        do {
            let written = try SiteWriter.write(renderer, to: request.output, scan: scan, links: links, timings: &timings)
            return BuildOutcome(check: checked, result: .success(written))
        } catch let failure as BuildFailure {
            return BuildOutcome(check: checked, result: .failure(failure))
        } catch {
            return BuildOutcome(check: checked, result: .failure(.publish("\(error)")))
        }
    }

    /// The start of step 3, shared by `build` and the preview server (`qid serve`, which renders in memory): the
    /// renderer for checked content, or why there is none (errors in the content, a theme that does not load).
    ///
    /// `theme`: one already loaded (the server keeps it while only content changes); nil loads `request`'s.
    public static func renderer(for checked: CheckedDirectory, _ request: BuildRequest, theme: Theme? = nil) -> Result<
        SiteRenderer, BuildFailure
    > {
        let errors = checked.diagnostics.errorCount
        guard errors == 0, let content = checked.content, let policy = checked.policy else {
            return .failure(.contentErrors(errors))
        }
        let loaded: Theme
        if let theme {
            loaded = theme
        } else {
            do {
                loaded = try ThemeLocator.theme(request.themeFolder)
            } catch {
                return .failure(.theme("\(error)"))
            }
        }
        let options = SiteOptions(
            edition: request.edition, baseURL: request.baseURL ?? content.settings.baseURL, asOf: request.asOf,
            pageSize: request.pageSize, dueWithinDays: request.dueWithinDays)
        return .success(SiteRenderer(content: content, policy: policy, states: checked.states, theme: loaded, options: options))
    }
}

/// What `qid build` was asked for.
public struct BuildRequest: Sendable {
    public var content: String
    public var output: String
    public var asOf: Day
    public var dueWithinDays: Int?
    public var edition: SiteOptions.Edition
    /// nil: `base_url` in directory.yaml.
    public var baseURL: String?
    /// nil: the default theme.
    public var themeFolder: String?
    public var pageSize: Int

    public init(
        content: String, output: String, asOf: Day, dueWithinDays: Int? = nil, edition: SiteOptions.Edition = .public,
        baseURL: String? = nil, themeFolder: String? = nil, pageSize: Int = SiteOptions.defaultPageSize
    ) {
        self.content = content
        self.output = output
        self.asOf = asOf
        self.dueWithinDays = dueWithinDays
        self.edition = edition
        self.baseURL = baseURL
        self.themeFolder = themeFolder
        self.pageSize = pageSize
    }
}

/// The check's result, and what was written or why nothing was published.
public struct BuildOutcome: Sendable {
    public var check: CheckedDirectory
    public var result: Result<SiteWriter.Written, BuildFailure>
}

/// Why a build published nothing.
public enum BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The content has errors (the check's diagnostics say which).
    case contentErrors(Int)
    /// The theme could not be loaded.
    case theme(String)
    /// Two pages would share a path.
    case plan(String)
    /// Internal links or asset references that resolve to no file of the new site.
    case brokenLinks([LinkCheck.BrokenLink])
    /// The output scan found NHS-number-shaped values in the public edition.
    case personalData([OutputScan.Finding])
    /// The staging folder could not be written or swapped in.
    case publish(String)

    public var description: String {
        switch self {
        case .contentErrors(let count): return "\(Grammar.count(count, "error")); nothing was published"
        case .theme(let message): return "\(message); nothing was published"
        case .plan(let message): return "\(message); nothing was published"
        case .brokenLinks(let links): return LinkCheck.message(links)
        case .personalData(let findings): return PublishRefusal.message(findings)
        case .publish(let message): return message
        }
    }
}
