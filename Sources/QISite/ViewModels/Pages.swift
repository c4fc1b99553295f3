/// The home page: every provider, the filter pages, and (with JavaScript) live search over the index.
struct HomePage: Sendable {
    var site: SiteChrome
    var rows: [ProviderRow]
    /// "1,250".
    var count: String
    /// "The quality of the care and support providers that Oxfordshire County Council commissions.
    ///
    /// Check …".
    var intro: String
    /// "1,250 providers, as of 23 November 2026." ("1 provider" for one).
    var countAsOf: DatedText
    /// "browse by traffic light, service type, locality or service area": the link to the filter pages.
    var browseLink: String
    /// "Showing all 30 providers." or "Showing providers 201 to 400 of 3,000.".
    var summary: String
    var filterGroups: [FilterGroup]
    var searchIndexHref: String
    /// Which slice of the list this page shows; the live search is offered on the first page.
    var pagination: Pagination
    /// "Browse by service type in each locality": one group a locality, a link a service type it has.
    var localityServices: [FilterGroup] = []
    /// The open data files: providers as CSV and JSON, and the change feed.
    var downloads: [DownloadLink]
}

/// A pre-rendered filter page (one light, service type, locality or service area).
struct ListPage: Sendable {
    var site: SiteChrome
    var heading: String
    var description: String
    var rows: [ProviderRow]
    /// "1,250".
    var count: String
    /// "Showing providers 201 to 400 of 1,250." (shown when the list has more than one page).
    var summary: String
    /// "No providers are listed here as of 23 November 2026." (shown when the list is empty).
    var emptyText: String
    var hasRows: Bool
    var pagination: Pagination
    /// This page's rows by light, in the policy's order (a service type, locality or service area list); empty for
    /// a list of one light, which shows `rows` as one table.
    var lightGroups: [LightGroup] = []
    /// The lists of each service type within this locality (a locality's page only; none or one group).
    var subLists: [FilterGroup] = []
}

/// The rows of one light on a page of a list grouped by light.
struct LightGroup: Sendable {
    /// "light-green": the heading's id.
    var id: String
    /// "Green: 44 providers" (" (continued)" when the group began on the page before).
    var heading: String
    var light: LightTag
    var rows: [ProviderRow]
}

/// A free page from `pages/*.md`.
struct FreePage: Sendable {
    var site: SiteChrome
    var bodyHTML: String
}

struct NotFoundPage: Sendable {
    var site: SiteChrome
    /// "If you still cannot find what you need, contact the Quality Improvement Team:", before the contact.
    var contactLead: String
}

struct CountRow: Sendable {
    var label: String
    var href: String
    /// "1,250".
    var count: String
    var light: LightTag?
}

struct OfficerWork: Sendable {
    var name: String
    var items: [WorkItem]
    /// "3 items".
    var count: String
    /// "Work for Amira Khan": the table's accessible name.
    var tableLabel: String
    /// "Work overdue or falling due for Amira Khan".
    var caption: String
}

struct WorkItem: Sendable {
    var providerName: String
    var href: String
    var kind: String
    var due: String
    /// Overdue or needed now, rather than falling due within the look-ahead.
    var isOverdue: Bool
    var description: String
    var rule: String
}
