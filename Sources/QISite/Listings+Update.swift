import QIDomain
import QIParallel

extension Listings {
    /// The lists after only the providers `changed` did (a preview server's saved edit): every other row is kept as
    /// it was, rendered HTML and all, and only the lists a changed provider was or now is in are made again (from the
    /// rows, its old one taken out and its new one put in at its place in name order); the others are shared with
    /// `previous` untouched.
    ///
    /// The same rows, in the same order, as `init(renderer:)` over the new content (a test compares them). Nil when
    /// the lists themselves differ (another policy or other localities): build them whole.
    init?(renderer: SiteRenderer, updating previous: Listings, changed: Set<String>) {
        let filters = Listings.filters(renderer)
        let localityServiceFilters = Listings.localityServiceFilters(renderer)
        func samePaths(_ filters: [Filter], _ lists: [FilteredList]) -> Bool {
            filters.count == lists.count && zip(filters, lists).allSatisfy({ $0.path == $1.path && $0.group == $1.group })
        }
        guard samePaths(filters, previous.lists), samePaths(localityServiceFilters, previous.localityServiceLists) else {
            return nil
        }
        self.renderer = renderer
        self.paginator = Paginator(pageSize: renderer.options.pageSize)
        let fresh = renderer.content.providers.filter { changed.contains($0.id) }
        var added = fresh.map { Listings.row($0, renderer) }
        let html = Parallel.map(added) { renderer.theme.render($0, template: "provider-row") }
        for index in added.indices { added[index].html = html[index] }

        var rows = previous.rows.filter { !changed.contains($0.id) }
        for row in added {
            let key = Listings.sortKey(row)
            var low = 0
            var high = rows.count
            while low < high {
                let middle = (low + high) / 2
                if Listings.sortKey(rows[middle]) < key { low = middle + 1 } else { high = middle }
            }
            rows.insert(row, at: low)
        }
        self.rows = rows
        // Each row's provider, in the rows' (name) order: a list that shows a changed provider, before or after, is
        // made again from them exactly as `init(renderer:)` makes it (grouped by light, counted); the others are kept.
        var byID: [String: Provider] = [:]
        for provider in renderer.content.providers { byID[provider.id] = provider }
        let providers = rows.compactMap { byID[$0.id] }
        let order = Listings.lightOrder(renderer.policy)
        func updated(_ filter: Filter, _ list: FilteredList) -> FilteredList {
            let showsChanged = list.rows.contains { changed.contains($0.id) } || fresh.contains(where: filter.matches)
            guard showsChanged else { return list }
            return Listings.list(filter, providers: providers, rows: rows, order: order)
        }
        self.lists = zip(filters, previous.lists).map(updated)
        self.localityServiceLists = zip(localityServiceFilters, previous.localityServiceLists).map(updated)
    }

    /// The lists' order: by name (ignoring case), then id.
    static func sortKey(_ row: ProviderRow) -> (String, String) {
        (row.name.lowercased(), row.id)
    }
}
