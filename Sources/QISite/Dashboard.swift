import QIDomain

/// The dashboard page: lights by service type and locality, counts by service area, the red and suspended providers,
/// open concern processes, overdue reviews, recent changes of light, the 24-month trend and (internal edition) the
/// work list by officer.
struct Dashboard {
    let renderer: SiteRenderer
    let listings: Listings
    let changes: LightChanges

    /// The months of the trend.
    static let trendMonths = 24
    /// The most rows a list of providers or changes shows, so that the page does not grow with the directory; the
    /// sentence above it says where the rest are.
    static let rowLimit = 100

    var policy: Policy { renderer.policy }
    var asOf: Day { renderer.options.asOf }
    var base: String { renderer.options.baseURL }
    /// Every light a provider can stand at, least severe first, then "not yet rated".
    var levels: [LightLevel] { policy.lights + [policy.notYetRated] }

    func page() -> DashboardPage {
        func counts(_ group: Listings.FilterKind) -> [CountRow] {
            listings.lists.filter { $0.group == group }.map { list in
                CountRow(label: list.label, href: base + list.path + "/", count: Grammar.number(list.rows.count), light: list.light)
            }
        }
        let work = renderer.options.isInternal ? workByOfficer() : []
        let items = work.flatMap(\.items)
        let overdue = items.filter(\.isOverdue).count
        let workSummary =
            "\(Grammar.count(items.count, "item")): \(Grammar.number(overdue)) overdue or needed now, "
            + "\(Grammar.number(items.count - overdue)) falling due within \(Grammar.count(renderer.dueWithinDays, "day")), by officer."
        let sections =
            [crossTables(), areaCounts(), watchList(), openConcerns(), overdueReviews(), recentChanges(), trend()]
        return DashboardPage(
            site: renderer.chrome(title: "Dashboard", section: .dashboard),
            countAsOf: DatedText(
                before: "\(Grammar.count(listings.rows.count, "provider")), as of ", date: asOf.longDescription,
                dateISO: asOf.description, after: "."),
            downloads: OpenData.links(renderer, providerCount: listings.rows.count, forDashboard: true),
            byLight: counts(.light), byService: counts(.service), byLocality: counts(.locality), sections: sections, officers: work,
            hasWork: !items.isEmpty, workSummary: workSummary)
    }

    // MARK: Shared pieces

    func state(_ provider: Provider) -> ProviderState? { renderer.state(of: provider) }

    func lightKey(_ provider: Provider) -> String { state(provider)?.light.key ?? policy.notYetRated.key }

    /// The providers that pass `include`, sorted as the lists sort them: by name, then id (only those are copied,
    /// not the whole directory).
    func providersByName(where include: (Provider) -> Bool) -> [Provider] {
        renderer.content.providers.filter(include)
            .sorted { ($0.name.value.lowercased(), $0.id) < ($1.name.value.lowercased(), $1.id) }
    }

    func providerCell(_ provider: Provider) -> DataCell {
        DataCell(provider.name.value, href: renderer.providerHref(provider.id))
    }

    func dateCell(_ day: Day?, none: String = "None") -> DataCell {
        guard let day else { return DataCell(none) }
        return DataCell(day.longDescription, dateISO: day.description)
    }

    func lightCell(_ key: String?) -> DataCell {
        DataCell("", light: renderer.tag(light: key ?? policy.notYetRated.key))
    }

    func numberCell(_ value: Int) -> DataCell { DataCell(Grammar.number(value), isNumeric: true) }

    func table(
        heading: String = "", label: String, caption: String, columns: [DataColumn], rows: [DataRow], empty: String
    ) -> DataTable {
        DataTable(
            heading: heading, label: label, caption: caption, columns: columns, rows: rows, hasRows: !rows.isEmpty, emptyText: empty)
    }

    func section(_ id: String, _ heading: String, intro: String = "", chart: String = "", tables: [DataTable]) -> DashboardSection {
        DashboardSection(id: id, heading: heading, intro: intro, chartSVG: chart, hasChart: !chart.isEmpty, tables: tables)
    }

    /// "" when all `count` rows are shown, else " The table shows the first 100 (ORDER); WHERE.".
    func limitNote(_ count: Int, order: String, rest: String) -> String {
        guard count > Self.rowLimit else { return "" }
        return " The table shows the first \(Grammar.number(Self.rowLimit)) (\(order)); \(rest)."
    }

    /// A column per light, then the total.
    var lightColumns: [DataColumn] {
        levels.map { DataColumn(label: $0.word, isNumeric: true) } + [DataColumn(label: "Total", isNumeric: true)]
    }

    // MARK: Counts

    /// Light by service type and by locality: one row per service type (locality), one column per light.
    func crossTables() -> DashboardSection {
        let noun = policy.lightsTitle.lowercased()
        func rows(_ lists: [Listings.FilteredList]) -> [DataRow] {
            lists.map { list in
                var counts: [String: Int] = [:]
                for row in list.rows { counts[row.light.key, default: 0] += 1 }
                return DataRow(
                    header: DataCell(list.label, href: base + list.path + "/"),
                    cells: levels.map { numberCell(counts[$0.key] ?? 0) } + [numberCell(list.rows.count)])
            }
        }
        let services = listings.lists.filter { $0.group == .service }
        let localities = listings.lists.filter { $0.group == .locality }
        return section(
            "qi-cross-tables", "\(policy.lightsTitle) by service type and locality",
            intro: "A provider that offers several service types, or covers several localities, is counted under each of them.",
            tables: [
                table(
                    heading: "By service type", label: "Providers by service type and \(noun)",
                    caption: "Number of providers by service type and \(noun)",
                    columns: [DataColumn(label: "Service type", isNumeric: false)] + lightColumns, rows: rows(services),
                    empty: "The policy names no service types."),
                table(
                    heading: "By locality", label: "Providers by locality and \(noun)",
                    caption: "Number of providers by locality and \(noun)",
                    columns: [DataColumn(label: "Locality", isNumeric: false)] + lightColumns, rows: rows(localities),
                    empty: "The directory names no localities."),
            ])
    }

    func areaCounts() -> DashboardSection {
        let rows = listings.lists.filter { $0.group == .area }.map { list in
            DataRow(header: DataCell(list.label, href: base + list.path + "/"), cells: [numberCell(list.rows.count)])
        }
        return section(
            "qi-by-area", "By service area",
            tables: [
                table(
                    label: "Providers by service area", caption: "Number of providers by service area",
                    columns: [DataColumn(label: "Service area", isNumeric: false), DataColumn(label: "Providers", isNumeric: true)],
                    rows: rows, empty: "The policy names no service areas.")
            ])
    }

    // MARK: Providers to watch

    /// The providers at the most severe light (but closed ones) and the suspended ones, by name.
    func watchList() -> DashboardSection {
        let worst = policy.lights.last
        let watched = providersByName { provider in
            let status = provider.status.value
            return status == .suspended || (status != .closed && worst.map { lightKey(provider) == $0.key } ?? false)
        }
        let rows = watched.prefix(Self.rowLimit).map { provider in
            let state = state(provider)
            return DataRow(
                header: providerCell(provider),
                cells: [
                    lightCell(state?.light.key), dateCell(state?.since, none: "Not recorded"),
                    DataCell(Words.status(provider.status.value) ?? "Active"), DataCell(state?.explanation ?? ""),
                ])
        }
        let worstWord = worst?.word ?? "the most severe light"
        return section(
            "qi-watch", "\(worstWord) and suspended providers",
            intro:
                "\(Grammar.count(watched.count, "provider")) \(watched.count == 1 ? "is" : "are") \(worstWord.lowercased()) or suspended."
                + limitNote(watched.count, order: "by name", rest: "providers.csv lists every provider with its light and status"),
            tables: [
                table(
                    label: "\(worstWord) and suspended providers", caption: "Providers that are \(worstWord.lowercased()) or suspended",
                    columns: ["Provider", policy.lightsTitle, "Since", "Status", "Reason"].map { DataColumn(label: $0, isNumeric: false) },
                    rows: Array(rows), empty: "No provider is \(worstWord.lowercased()) or suspended as of \(asOf.longDescription).")
            ])
    }

    /// The concern processes open on the as-of date, oldest first: public title, process and date for everyone;
    /// risk, chair and lead in the internal edition only.
    func openConcerns() -> DashboardSection {
        let showsDetails = renderer.options.isInternal
        var entries: [(provider: Provider, concern: Concern)] = []
        for provider in renderer.content.providers {
            for concern in state(provider)?.openConcerns ?? [] { entries.append((provider, concern)) }
        }
        entries.sort { lhs, rhs in
            (lhs.concern.raised.value, lhs.provider.name.value.lowercased(), lhs.provider.id, lhs.concern.id)
                < (rhs.concern.raised.value, rhs.provider.name.value.lowercased(), rhs.provider.id, rhs.concern.id)
        }
        let rows = entries.prefix(Self.rowLimit).map { entry in
            let concern = entry.concern
            var cells = [
                DataCell(concern.title.value), DataCell(policy.process(concern.process.value)?.title ?? concern.process.value),
                dateCell(concern.raised.value),
            ]
            if showsDetails {
                cells += [
                    DataCell(concern.risk.map { Words.risk($0.value) } ?? "Not recorded"),
                    DataCell(concern.chair.map { renderer.officerName($0.value) } ?? "None"),
                    DataCell(concern.lead.map { renderer.officerName($0.value) } ?? "None"),
                ]
            }
            return DataRow(header: providerCell(entry.provider), cells: cells)
        }
        let columns = ["Provider", "Concern", "Process", "Raised"] + (showsDetails ? ["Risk", "Chair", "Lead"] : [])
        return section(
            "qi-open-concerns", "Open concern processes",
            intro: "\(Grammar.count(entries.count, "process", plural: "processes")) open."
                + limitNote(entries.count, order: "the oldest", rest: "providers.csv lists each provider’s open processes (open_concerns)"),
            tables: [
                table(
                    label: "Open concern processes", caption: "Concern processes open as of \(asOf.longDescription), oldest first",
                    columns: columns.map { DataColumn(label: $0, isNumeric: false) }, rows: Array(rows),
                    empty: "No concern process is open as of \(asOf.longDescription).")
            ])
    }

    /// The providers whose review is overdue (QI-V3), longest overdue first.
    func overdueReviews() -> DashboardSection {
        let overdue = providersByName { state($0)?.review.isOverdue ?? false }
            .compactMap { provider in state(provider).map { (provider, $0) } }
            .sorted { lhs, rhs in
                (lhs.1.review.dueBy?.daysSinceEpoch ?? Int.min, lhs.0.name.value.lowercased(), lhs.0.id)
                    < (rhs.1.review.dueBy?.daysSinceEpoch ?? Int.min, rhs.0.name.value.lowercased(), rhs.0.id)
            }
        let rows = overdue.prefix(Self.rowLimit).map { provider, state in
            DataRow(
                header: providerCell(provider),
                cells: [
                    lightCell(state.light.key), dateCell(state.review.lastReviewed, none: "Never reviewed"),
                    dateCell(state.review.dueBy, none: "Now"),
                ])
        }
        return section(
            "qi-reviews-overdue", "Reviews overdue",
            intro: "\(Grammar.count(overdue.count, "provider")) with a review overdue."
                + limitNote(overdue.count, order: "longest overdue first", rest: "providers.csv gives every provider’s review_status"),
            tables: [
                table(
                    label: "Reviews overdue", caption: "Providers whose review is overdue, longest overdue first",
                    columns: ["Provider", policy.lightsTitle, "Last reviewed", "Due by"].map { DataColumn(label: $0, isNumeric: false) },
                    rows: Array(rows), empty: "No review is overdue as of \(asOf.longDescription).")
            ])
    }
}
