/// The home page: every provider, the filter pages, and (with JavaScript) live search over the index.
struct HomePage: Sendable {
    var site: SiteChrome
    var rows: [ProviderRow]
    var count: Int
    var filterGroups: [FilterGroup]
    var searchIndexHref: String
    /// Which slice of the list this page shows; the live search is offered on the first page.
    var pagination: Pagination
}

/// A pre-rendered filter page (one light, service type, locality or service area).
struct ListPage: Sendable {
    var site: SiteChrome
    var heading: String
    var description: String
    var rows: [ProviderRow]
    var count: Int
    var hasRows: Bool
    var pagination: Pagination
}

/// A free page from `pages/*.md`.
struct FreePage: Sendable {
    var site: SiteChrome
    var bodyHTML: String
}

struct NotFoundPage: Sendable {
    var site: SiteChrome
}

/// The dashboard: counts for everyone, the work list for officers.
struct DashboardPage: Sendable {
    var site: SiteChrome
    var total: Int
    var byLight: [CountRow]
    var byService: [CountRow]
    var byLocality: [CountRow]
    /// Internal edition only: what is due or overdue, grouped by officer.
    var officers: [OfficerWork]
    var hasWork: Bool
    var workCount: Int
}

struct CountRow: Sendable {
    var label: String
    var href: String
    var count: Int
    var light: LightTag?
}

struct OfficerWork: Sendable {
    var name: String
    var items: [WorkItem]
    var count: Int
}

struct WorkItem: Sendable {
    var providerName: String
    var href: String
    var kind: String
    var due: String
    var description: String
    var rule: String
}
