import QIDomain

/// The list pages: home, one page per light, service type, locality and service area, and the dashboard.
struct Listings {
    let builder: SiteBuilder
    /// Every provider's row, sorted by name then id.
    let rows: [ProviderRow]
    private let providersByID: [String: Provider]

    init(builder: SiteBuilder) {
        self.builder = builder
        var byID: [String: Provider] = [:]
        for provider in builder.content.providers { byID[provider.id] = provider }
        self.providersByID = byID
        self.rows = builder.content.providers
            .sorted { ($0.name.value.lowercased(), $0.id) < ($1.name.value.lowercased(), $1.id) }
            .map { Listings.row($0, builder) }
    }

    static func row(_ provider: Provider, _ builder: SiteBuilder) -> ProviderRow {
        let policy = builder.policy
        let state = builder.state(of: provider)
        let light = state.map { builder.tag($0.light) } ?? builder.tag(policy.notYetRated)
        let latest = state?.latestRating?.date.value
        let status: String? = provider.status.value == .active ? nil : provider.status.value.rawValue.capitalized
        return ProviderRow(
            id: provider.id, href: builder.providerHref(provider.id), name: provider.name.value,
            organisation: provider.organisation ?? "", light: light,
            services: Words.list(provider.services, in: policy.serviceTypes), locality: provider.locality?.value ?? "",
            areas: Words.list(provider.serviceAreas, in: policy.serviceAreas),
            latestRating: latest?.longDescription ?? "Not yet rated", latestRatingISO: latest?.description ?? "",
            postcode: provider.postcode ?? "", status: status)
    }

    /// A pre-rendered filter: its path, heading and which providers it lists.
    struct Filter {
        var group: String
        var path: String
        var label: String
        var heading: String
        var matches: (Provider) -> Bool
    }

    func filters() -> [Filter] {
        let policy = builder.policy
        var filters: [Filter] = []
        for level in policy.lights + [policy.notYetRated] {
            filters.append(Filter(group: "light", path: "lights/\(level.key)", label: level.label, heading: level.key == policy.notYetRated.key ? "Providers not yet rated" : "Providers rated \(level.label)") { provider in
                builder.state(of: provider)?.light.key == level.key
            })
        }
        for service in policy.serviceTypes {
            filters.append(Filter(group: "service", path: "services/\(service.key)", label: service.title, heading: service.title) { provider in
                provider.services.contains { $0.value == service.key }
            })
        }
        for locality in builder.content.settings.localities.map(\.value) {
            filters.append(Filter(group: "locality", path: "localities/\(Words.slug(locality))", label: locality, heading: "Providers in \(locality)") { provider in
                provider.locality?.value == locality
            })
        }
        for area in policy.serviceAreas {
            filters.append(Filter(group: "area", path: "areas/\(area.key)", label: area.title, heading: area.title) { provider in
                provider.serviceAreas.contains { $0.value == area.key }
            })
        }
        return filters
    }

    func matching(_ filter: Filter) -> [ProviderRow] {
        rows.filter { row in providersByID[row.id].map(filter.matches) ?? false }
    }

    func filterPages() -> [(path: String, page: ListPage)] {
        filters().map { filter in
            let matched = matching(filter)
            let page = ListPage(
                site: builder.chrome(title: filter.heading, section: .providers), heading: filter.heading,
                description: "\(matched.count) provider\(matched.count == 1 ? "" : "s"), as of \(builder.options.asOf.longDescription).",
                rows: matched, count: matched.count, hasRows: !matched.isEmpty)
            return ("\(filter.path)/index.html", page)
        }
    }

    func homePage() -> HomePage {
        let titles = ["light": "By \(builder.policy.lightsTitle.lowercased())", "service": "By service type", "locality": "By locality", "area": "By service area"]
        var groups: [FilterGroup] = []
        for group in ["light", "service", "locality", "area"] {
            let links = filters().filter { $0.group == group }.map { filter in
                FilterLink(href: builder.options.baseURL + filter.path + "/", label: filter.label, count: matching(filter).count)
            }
            groups.append(FilterGroup(id: group, title: titles[group] ?? group, links: links))
        }
        return HomePage(
            site: builder.chrome(title: builder.content.settings.title, section: .home), rows: rows, count: rows.count,
            filterGroups: groups, searchIndexHref: builder.options.baseURL + "search-index.json")
    }

    func dashboard() -> DashboardPage {
        let base = builder.options.baseURL
        let all = filters()
        func counts(_ group: String) -> [CountRow] {
            all.filter { $0.group == group }.map { filter in
                let light = group == "light" ? builder.policy.lights.first { "lights/\($0.key)" == filter.path }.map(builder.tag) ?? builder.tag(builder.policy.notYetRated) : nil
                return CountRow(label: filter.label, href: base + filter.path + "/", count: matching(filter).count, light: light)
            }
        }
        var work: [OfficerWork] = []
        if builder.options.isInternal {
            var byOfficer: [String: [(item: DueItem, provider: Provider)]] = [:]
            for provider in builder.content.providers {
                for item in builder.state(of: provider)?.dueItems ?? [] {
                    byOfficer[builder.officerName(item.officer), default: []].append((item, provider))
                }
            }
            work = byOfficer.keys.sorted().map { name in
                let items = (byOfficer[name] ?? [])
                    .sorted { ($0.item.due ?? builder.options.asOf, $0.provider.name.value) < ($1.item.due ?? builder.options.asOf, $1.provider.name.value) }
                    .map { Listings.workItem($0.item, provider: $0.provider, builder: builder) }
                return OfficerWork(name: name, items: items, count: items.count)
            }
        }
        let workCount = work.reduce(0) { $0 + $1.count }
        return DashboardPage(
            site: builder.chrome(title: "Dashboard", section: .dashboard), total: rows.count, byLight: counts("light"),
            byService: counts("service"), byLocality: counts("locality"), officers: work, hasWork: workCount > 0,
            workCount: workCount)
    }

    static func workItem(_ item: DueItem, provider: Provider, builder: SiteBuilder) -> WorkItem {
        let kinds: [DueItem.Kind: String] = [
            .reviewOverdue: "Review overdue", .reviewDue: "Review due", .actionOverdue: "Action overdue",
            .meetingOverdue: "Meeting not held", .officerMissing: "No officer assigned",
            .ratingUnderstatesConcern: "Rating understates open concern",
        ]
        return WorkItem(
            providerName: provider.name.value, href: builder.providerHref(provider.id), kind: kinds[item.kind] ?? item.kind.rawValue,
            due: item.due?.longDescription ?? "Now", description: item.description, rule: item.rule.rawValue)
    }
}
