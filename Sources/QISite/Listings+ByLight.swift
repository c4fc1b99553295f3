import QIDomain

/// The lists brokerage teams ask for most (each service type within each locality), and every list but a light's own
/// grouped by light, with the count at each light.
extension Listings {
    /// The lights in the order lists group them: the policy's, least severe first, then "not yet rated".
    static func lightOrder(_ policy: Policy) -> [LightLevel] {
        policy.lights + [policy.notYetRated]
    }

    /// `rows` (sorted by name) ordered by light, in `order`, keeping the name order within each light.
    static func byLight(_ rows: [ProviderRow], order: [LightLevel]) -> [ProviderRow] {
        var rank: [String: Int] = [:]
        for (position, level) in order.enumerated() where rank[level.key] == nil { rank[level.key] = position }
        var buckets = Array(repeating: [ProviderRow](), count: order.count + 1)
        for row in rows { buckets[rank[row.light.key] ?? order.count].append(row) }
        return buckets.flatMap { $0 }
    }

    /// A list of each service type within each locality: "Home care in Cherwell".
    ///
    /// At `localities/cherwell/services/home-care/`. A provider is in a locality's lists when it is located there or
    /// covers it (`covers:`).
    static func localityServiceFilters(_ renderer: SiteRenderer) -> [Filter] {
        var filters: [Filter] = []
        for locality in renderer.content.settings.localities.map(\.value) {
            for service in renderer.policy.serviceTypes {
                let path = "localities/\(Slug.of(locality))/services/\(service.key)"
                filters.append(
                    Filter(
                        group: .locality, path: path, label: service.title, heading: "\(service.title) in \(locality)", locality: locality
                    ) { provider in
                        provider.serves(locality: locality) && provider.services.contains { $0.value == service.key }
                    })
            }
        }
        return filters
    }

    /// "70 providers: 44 Green, 12 Amber, 14 Red" (and how many are not yet rated, when any are).
    func lightSummary(_ list: FilteredList) -> String {
        let policy = renderer.policy
        var parts = policy.lights.map { "\(Grammar.number(list.lightCounts[$0.key] ?? 0)) \($0.word)" }
        let notYetRated = list.lightCounts[policy.notYetRated.key] ?? 0
        if notYetRated > 0 { parts.append("\(Grammar.number(notYetRated)) \(policy.notYetRated.word)") }
        return "\(Grammar.count(list.rows.count, "provider")): " + parts.joined(separator: ", ")
    }

    /// Page `number`'s rows under a heading per light: "Green: 44 providers", "(continued)" when the light's rows
    /// began on the page before.
    func lightGroups(_ rows: [ProviderRow], of list: FilteredList, page number: Int) -> [LightGroup] {
        var groups: [LightGroup] = []
        let first = (number - 1) * paginator.pageSize
        for (offset, row) in rows.enumerated() {
            if let last = groups.indices.last, groups[last].light.key == row.light.key {
                groups[last].rows.append(row)
                continue
            }
            let index = first + offset
            let continued = index > 0 && list.rows[index - 1].light.key == row.light.key
            let count = Grammar.count(list.lightCounts[row.light.key] ?? 0, "provider")
            groups.append(
                LightGroup(
                    id: "light-\(row.light.key)", heading: "\(row.light.word): \(count)" + (continued ? " (continued)" : ""),
                    light: row.light, rows: [row]))
        }
        return groups
    }

    /// A locality's lists of each service type it has, for its own page: "By service type in Cherwell".
    func subLists(of list: FilteredList) -> [FilterGroup] {
        let links = localityServiceLists.filter { $0.locality == list.label && !$0.rows.isEmpty }.map(link)
        guard !links.isEmpty else { return [] }
        return [FilterGroup(id: "by-service", heading: "By service type in \(list.label)", links: links)]
    }

    /// The home page's "Browse by service type in each locality": a group a locality, a link a service type it has.
    func localityServiceGroups() -> [FilterGroup] {
        renderer.content.settings.localities.map(\.value).compactMap { locality in
            let links = localityServiceLists.filter { $0.locality == locality && !$0.rows.isEmpty }.map(link)
            return links.isEmpty ? nil : FilterGroup(id: "browse-in-\(Slug.of(locality))", heading: locality, links: links)
        }
    }

    private func link(_ list: FilteredList) -> FilterLink {
        FilterLink(href: renderer.options.baseURL + list.path + "/", label: list.label, count: Grammar.number(list.rows.count))
    }
}
