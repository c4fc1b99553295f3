import QIDomain

extension Dashboard {
    /// The changes of light in the last 30 days, then those 31 to 90 days ago: from → to, with the day each took
    /// effect.
    func recentChanges() -> DashboardSection {
        let entries = changes.recent(days: 90, asOf: asOf)
        let recentStart = asOf.adding(days: -30)
        let last30 = entries.filter { $0.change.day > recentStart }
        let earlier = entries.filter { $0.change.day <= recentStart }
        func rows(_ entries: [LightChanges.Entry]) -> [DataRow] {
            entries.prefix(Self.rowLimit).map { entry in
                DataRow(
                    header: providerCell(entry.provider),
                    cells: [dateCell(entry.change.day), lightCell(entry.change.from), lightCell(entry.change.to)])
            }
        }
        let noun = policy.lightsTitle.lowercased()
        let columns = ["Provider", "Took effect", "From", "To"].map { DataColumn(label: $0, isNumeric: false) }
        return section(
            "qi-changes", "Changes of \(noun)",
            intro: "\(Grammar.count(last30.count, "change")) in the last 30 days, \(Grammar.number(entries.count)) in the last 90 days."
                + limitNote(
                    max(last30.count, earlier.count), order: "newest first",
                    rest: ChangeFeed.isPublished(renderer.options)
                        ? "changes.atom lists every change" : "each provider’s page says since when its light has held"),
            tables: [
                table(
                    heading: "In the last 30 days", label: "Changes of \(noun) in the last 30 days",
                    caption: "Changes of \(noun) from \(asOf.adding(days: -29).longDescription) to \(asOf.longDescription), newest first",
                    columns: columns, rows: rows(last30), empty: "No \(noun) changed in the last 30 days."),
                table(
                    heading: "31 to 90 days ago", label: "Changes of \(noun) 31 to 90 days ago",
                    caption:
                        "Changes of \(noun) from \(asOf.adding(days: -89).longDescription) to \(recentStart.longDescription), newest first",
                    columns: columns, rows: rows(earlier), empty: "No \(noun) changed 31 to 90 days ago."),
            ])
    }

    /// How many providers stood at each light at each of the last 24 month ends, read from each provider's light
    /// history (the same as evaluating the records at each date): a chart and its table.
    func trend() -> DashboardSection {
        let days = asOf.monthEnds(count: Self.trendMonths)
        let counts = changes.counts(on: days)
        let chart = TrendChart(levels: levels, notYetRatedKey: policy.notYetRated.key, monthEnds: days, counts: counts)
        let rows = zip(days, counts).reversed().map { day, count in
            DataRow(
                header: dateCell(day),
                cells: levels.map { numberCell(count[$0.key] ?? 0) } + [numberCell(count.values.reduce(0, +))])
        }
        let noun = policy.lightsTitle.lowercased()
        let first = days.first?.longDescription ?? ""
        let last = days.last?.longDescription ?? ""
        return section(
            "qi-trend", "\(policy.lightsTitle) at each month end",
            intro:
                "How many of today’s providers stood at each \(noun) at the end of each month from \(first) to \(last), "
                + "worked out from their records as they stood on each date.",
            chart: chart.html(titleID: "qi-trend-chart"),
            tables: [
                table(
                    label: "Providers at each \(noun) at each month end",
                    caption: "Providers at each \(noun) at each month end, latest first",
                    columns: [DataColumn(label: "Month end", isNumeric: false)] + lightColumns, rows: Array(rows), empty: "")
            ])
    }

    /// Internal edition: what is due or overdue, by officer (sorted by name); for each, what is overdue first, then
    /// what falls due, each soonest first.
    func work() -> [(officer: String, items: [(item: DueItem, provider: Provider)])] {
        var byOfficer: [String: [(item: DueItem, provider: Provider)]] = [:]
        for provider in renderer.content.providers {
            for item in state(provider)?.dueItems ?? [] {
                byOfficer[renderer.officerName(item.officer), default: []].append((item, provider))
            }
        }
        return byOfficer.keys.sorted().map { name in
            let items = (byOfficer[name] ?? [])
                .sorted { lhs, rhs in
                    (lhs.item.isOverdue ? 0 : 1, lhs.item.due ?? asOf, lhs.provider.name.value)
                        < (rhs.item.isOverdue ? 0 : 1, rhs.item.due ?? asOf, rhs.provider.name.value)
                }
            return (name, items)
        }
    }

    func workByOfficer() -> [OfficerWork] {
        work().map { name, entries in
            let items = entries.map { Listings.workItem($0.item, provider: $0.provider, renderer: renderer) }
            return OfficerWork(
                name: name, items: items, count: Grammar.count(items.count, "item"), tableLabel: "Work for \(name)",
                caption: "Work overdue or falling due for \(name)")
        }
    }
}
