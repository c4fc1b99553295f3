import QIDomain
import QIParallel

/// The list pages: home, one list per light, service type, locality and service area (each paginated), and the
/// dashboard.
///
/// Every list's rows are worked out once, here, so pages can then be rendered on any core.
struct Listings: Sendable {
    let renderer: SiteRenderer
    /// Every provider's row, sorted by name then id.
    let rows: [ProviderRow]
    /// The pre-rendered filters, in the order the home page and dashboard list them.
    let lists: [FilteredList]
    /// Each service type within each locality (`localities/cherwell/home-care/`), by locality then service type.
    let localityServiceLists: [FilteredList]
    let paginator: Paginator

    /// What a filter page filters by.
    ///
    /// The home page and the dashboard list the groups in this order.
    enum FilterKind: CaseIterable, Sendable {
        case light, service, locality, area

        /// The group's id on the home page (`browse-light`).
        var id: String {
            switch self {
            case .light: "light"
            case .service: "service"
            case .locality: "locality"
            case .area: "area"
            }
        }

        /// The home page's heading for the group's links: "Browse by traffic light", "Browse by service type".
        func browseHeading(lightsNoun: String) -> String {
            switch self {
            case .light: "Browse by \(lightsNoun)"
            case .service: "Browse by service type"
            case .locality: "Browse by locality"
            case .area: "Browse by service area"
            }
        }
    }

    /// A pre-rendered filter: where it lives, its heading and the providers it lists.
    struct FilteredList: Sendable {
        var group: FilterKind
        /// The light's tag, for a list of one light (the dashboard shows it); nil for the other groups.
        var light: LightTag?
        /// "lights/red": the folder, without slashes at either end.
        var path: String
        var label: String
        var heading: String
        /// Sorted by name, or by light then name when `isGroupedByLight`.
        var rows: [ProviderRow]
        /// Its pages show the rows under a heading per light (every list but a light's own).
        var isGroupedByLight: Bool { light == nil }
        /// The locality of a list of one service type within one locality, for the home page's grouping.
        var locality: String? = nil
        /// How many of `rows` stand at each light, by key (filled for lists grouped by light).
        var lightCounts: [String: Int] = [:]
    }

    init(renderer: SiteRenderer) {
        self.renderer = renderer
        self.paginator = Paginator(pageSize: renderer.options.pageSize)
        let sorted = renderer.content.providers
            .sorted { ($0.name.value.lowercased(), $0.id) < ($1.name.value.lowercased(), $1.id) }
        var rows = sorted.map { Listings.row($0, renderer) }
        // A provider is in the home list and in four or more filter lists: its row is rendered once, on any core.
        let html = Parallel.map(rows) { renderer.theme.render($0, template: "provider-row") }
        for index in rows.indices { rows[index].html = html[index] }
        self.rows = rows
        let order = Listings.lightOrder(renderer.policy)
        self.lists = Listings.filters(renderer).map { Listings.list($0, providers: sorted, rows: rows, order: order) }
        self.localityServiceLists = Listings.localityServiceFilters(renderer).map {
            Listings.list($0, providers: sorted, rows: rows, order: order)
        }
    }

    /// One filter's list from every provider and its row (`providers[i]`'s is `rows[i]`, in name order): grouped by
    /// light and counted at each, but for a light's own list.
    static func list(_ filter: Filter, providers: [Provider], rows: [ProviderRow], order: [LightLevel]) -> FilteredList {
        var matched: [ProviderRow] = []
        for (provider, row) in zip(providers, rows) where filter.matches(provider) {
            matched.append(row)
        }
        var list = FilteredList(
            group: filter.group, light: filter.light, path: filter.path, label: filter.label, heading: filter.heading, rows: matched,
            locality: filter.locality)
        if list.isGroupedByLight {
            list.rows = Listings.byLight(matched, order: order)
            for row in matched { list.lightCounts[row.light.key, default: 0] += 1 }
        }
        return list
    }

    static func row(_ provider: Provider, _ renderer: SiteRenderer) -> ProviderRow {
        let policy = renderer.policy
        let state = renderer.state(of: provider)
        let light = state.map { renderer.tag($0.light) } ?? renderer.tag(policy.notYetRated)
        let latest = state?.latestRating?.date.value
        return ProviderRow(
            id: provider.id, href: renderer.providerHref(provider.id), name: provider.name.value,
            organisation: provider.organisation ?? "", light: light,
            services: Words.list(provider.services, in: policy.serviceTypes), locality: provider.locality?.value ?? "",
            areas: Words.list(provider.serviceAreas, in: policy.serviceAreas),
            latestRating: latest?.longDescription ?? "Not yet rated", latestRatingISO: latest?.description ?? "",
            cqcRating: provider.cqc?.overall?.rating.value.word ?? "", postcode: provider.postcode ?? "",
            status: Words.status(provider.status.value), notice: state?.reviewNotice, lightsTitle: policy.lightsTitle)
    }

    struct Filter {
        var group: FilterKind
        var light: LightTag?
        var path: String
        var label: String
        var heading: String
        var locality: String? = nil
        var matches: (Provider) -> Bool
    }

    static func filters(_ renderer: SiteRenderer) -> [Filter] {
        let policy = renderer.policy
        var filters: [Filter] = []
        for level in policy.lights + [policy.notYetRated] {
            let heading = level.key == policy.notYetRated.key ? "Providers not yet rated" : "Providers rated \(level.label)"
            let path = "lights/\(level.key)"
            filters.append(
                Filter(group: .light, light: renderer.tag(level), path: path, label: level.label, heading: heading) { provider in
                    renderer.state(of: provider)?.light.key == level.key
                })
        }
        for service in policy.serviceTypes {
            let path = "services/\(service.key)"
            filters.append(
                Filter(group: .service, path: path, label: service.title, heading: service.title) { provider in
                    provider.services.contains { $0.value == service.key }
                })
        }
        for locality in renderer.content.settings.localities.map(\.value) {
            let path = "localities/\(Slug.of(locality))"
            filters.append(
                Filter(group: .locality, path: path, label: locality, heading: "Providers in \(locality)") { provider in
                    provider.serves(locality: locality)
                })
        }
        for area in policy.serviceAreas {
            filters.append(
                Filter(group: .area, path: "areas/\(area.key)", label: area.title, heading: area.title) { provider in
                    provider.serviceAreas.contains { $0.value == area.key }
                })
        }
        return filters
    }

    // MARK: Pages

    /// Every page of every filtered list: its output path and its view model, made when rendered.
    func filterPages() -> [(path: String, page: @Sendable () -> ListPage)] {
        (lists + localityServiceLists).flatMap { list in
            (1...paginator.pageCount(of: list.rows.count)).map { number in
                let make: @Sendable () -> ListPage = { self.filterPage(list, page: number) }
                return (Paginator.path(folder: list.path + "/", page: number), make)
            }
        }
    }

    func filterPage(_ list: FilteredList, page number: Int) -> ListPage {
        let pagination = paginator.pagination(total: list.rows.count, page: number, listHref: renderer.options.baseURL + list.path + "/")
        let count = list.rows.count
        let heading = list.heading + Listings.pageSuffix(pagination)
        let rows = Array(paginator.rows(list.rows, page: number))
        let lightGroups = list.isGroupedByLight ? self.lightGroups(rows, of: list, page: number) : []
        // A locality's own list (not one of its service types') links to its lists by service type.
        let isLocality = list.group == .locality && list.locality == nil
        let description = list.isGroupedByLight ? lightSummary(list) : Grammar.count(count, "provider")
        return ListPage(
            site: renderer.chrome(title: heading, section: .providers), heading: list.heading,
            description: "\(description), as of \(renderer.options.asOf.longDescription).", rows: rows, count: Grammar.number(count),
            summary: "Showing providers \(pagination.firstRow) to \(pagination.lastRow) of \(Grammar.number(count)).",
            emptyText: "No providers are listed here as of \(renderer.options.asOf.longDescription).", hasRows: count > 0,
            pagination: pagination, lightGroups: lightGroups, subLists: isLocality ? subLists(of: list) : [])
    }

    /// The home page's pages: page 1 at `index.html`, then `page/N/index.html`.
    func homePages() -> [(path: String, page: @Sendable () -> HomePage)] {
        (1...paginator.pageCount(of: rows.count)).map { number in
            let make: @Sendable () -> HomePage = { self.homePage(number) }
            return (Paginator.path(folder: "", page: number), make)
        }
    }

    func homePage(_ number: Int = 1) -> HomePage {
        let lightsNoun = renderer.policy.lightsTitle.lowercased()
        let groups = FilterKind.allCases.map { group in
            let links = lists.filter { $0.group == group }.map { list in
                FilterLink(href: renderer.options.baseURL + list.path + "/", label: list.label, count: Grammar.number(list.rows.count))
            }
            return FilterGroup(id: group.id, heading: group.browseHeading(lightsNoun: lightsNoun), links: links)
        }
        let pagination = paginator.pagination(total: rows.count, page: number, listHref: renderer.options.baseURL)
        let settings = renderer.content.settings
        let title = settings.title + Listings.pageSuffix(pagination)
        return HomePage(
            site: renderer.chrome(title: title, section: number == 1 ? .home : .providers, documentTitle: title),
            rows: Array(paginator.rows(rows, page: number)), count: Grammar.number(rows.count),
            intro: "The quality of the care and support providers that \(settings.organisation) commissions. Check a provider’s "
                + "\(lightsNoun), the reason for it and the placement guidance before you place a person or agree a care package.",
            countAsOf: countAsOf,
            browseLink: "browse by \(lightsNoun), service type, locality, service type within a locality or service area",
            summary: Self.summary(pagination, total: rows.count), filterGroups: groups,
            searchIndexHref: renderer.options.baseURL + "search-index.json", pagination: pagination,
            localityServices: localityServiceGroups(),
            downloads: OpenData.links(renderer, providerCount: rows.count, forDashboard: false))
    }

    /// "30 providers, as of 23 November 2026." on the home page and the dashboard.
    private var countAsOf: DatedText {
        let asOf = renderer.options.asOf
        return DatedText(
            before: "\(Grammar.count(rows.count, "provider")), as of ", date: asOf.longDescription, dateISO: asOf.description, after: ".")
    }

    /// "Showing all 30 providers." on a list of one page, else "Showing providers 201 to 400 of 3,000.".
    static func summary(_ pagination: Pagination, total: Int) -> String {
        guard pagination.isPaginated else { return "Showing all \(Grammar.count(total, "provider"))." }
        return "Showing providers \(pagination.firstRow) to \(pagination.lastRow) of \(Grammar.number(total))."
    }

    /// " (page 2 of 5)" for the title of every page after the first.
    static func pageSuffix(_ pagination: Pagination) -> String {
        pagination.pageNumber > 1 ? " (page \(pagination.pageNumber) of \(pagination.pageCount))" : ""
    }

    static func workItem(_ item: DueItem, provider: Provider, renderer: SiteRenderer) -> WorkItem {
        WorkItem(
            providerName: provider.name.value, href: renderer.providerHref(provider.id), kind: kind(item.kind),
            due: item.due?.longDescription ?? "Now", isOverdue: item.isOverdue, description: item.description, rule: item.rule.rawValue)
    }

    /// What a work item is, in words (every kind has its own, so a new kind cannot show its raw value).
    static func kind(_ kind: DueItem.Kind) -> String {
        switch kind {
        case .reviewOverdue: return "Review overdue"
        case .reviewDue: return "Review due"
        case .actionOverdue: return "Action overdue"
        case .meetingOverdue: return "Meeting not held"
        case .officerMissing: return "No officer assigned"
        case .ratingUnderstatesConcern: return "Rating understates open concern"
        case .reviewFallingDue: return "Review falling due"
        case .actionFallingDue: return "Action falling due"
        case .meetingAwaited: return "Meeting to hold"
        case .preServiceCheckMissing: return "Pre-service check missing"
        case .liftAwaitingApproval: return "Lift awaiting approval"
        }
    }
}
