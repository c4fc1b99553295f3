import QIDomain
import QIParallel

extension Listings {
    /// The lists after only the providers `changed` did (a preview server's saved edit): every other row is kept as
    /// it was, rendered HTML and all, and only the lists a changed provider was or now is in are patched (its old row
    /// taken out, its new one put in at its place in name order); the others are shared with `previous` untouched.
    ///
    /// The same rows, in the same order, as `init(renderer:)` over the new content (a test compares them). Nil when
    /// the lists themselves differ (another policy or other localities): build them whole.
    init?(renderer: SiteRenderer, updating previous: Listings, changed: Set<String>) {
        let filters = Listings.filters(renderer)
        guard filters.count == previous.lists.count,
            zip(filters, previous.lists).allSatisfy({ $0.path == $1.path && $0.group == $1.group })
        else { return nil }
        self.renderer = renderer
        self.paginator = Paginator(pageSize: renderer.options.pageSize)
        let fresh = renderer.content.providers.filter { changed.contains($0.id) }
        var added = fresh.map { Listings.row($0, renderer) }
        let html = Parallel.map(added) { renderer.theme.render($0, template: "provider-row") }
        for index in added.indices { added[index].html = html[index] }

        func holdsChanged(_ rows: [ProviderRow]) -> Bool {
            rows.indices.contains { changed.contains(rows[$0].id) }
        }
        func patched(_ rows: [ProviderRow], adding: [ProviderRow]) -> [ProviderRow] {
            var result = rows.filter { !changed.contains($0.id) }
            for row in adding {
                let key = Listings.sortKey(row)
                var low = 0
                var high = result.count
                while low < high {
                    let middle = (low + high) / 2
                    if Listings.sortKey(result[middle]) < key { low = middle + 1 } else { high = middle }
                }
                result.insert(row, at: low)
            }
            return result
        }
        self.rows = patched(previous.rows, adding: added)
        self.lists = zip(filters, previous.lists).map { filter, list in
            let adding = zip(fresh, added).filter { filter.matches($0.0) }.map(\.1)
            guard !adding.isEmpty || holdsChanged(list.rows) else { return list }
            var updated = list
            updated.rows = patched(list.rows, adding: adding)
            return updated
        }
    }

    /// The lists' order: by name (ignoring case), then id.
    static func sortKey(_ row: ProviderRow) -> (String, String) {
        (row.name.lowercased(), row.id)
    }
}
