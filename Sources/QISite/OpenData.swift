import QIDomain

/// `providers.csv` and `providers.json` (the directory as open data, public fields only, one provider a row, by id),
/// and in the internal edition `work-list.csv`.
///
/// The CSV follows RFC 4180: a header row, CRLF line ends, every field holding a comma, quote or line break quoted
/// (quotes doubled). It starts with a UTF-8 byte-order mark, so a spreadsheet reads accented names as they are
/// written. A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return, which a spreadsheet would run
/// as a formula, gets a leading `'` (OWASP's guard against CSV injection); the JSON holds every value unchanged.
enum OpenData {
    /// The columns of `providers.csv`, which are also the keys of each provider in `providers.json`.
    static let columns = [
        "id", "name", "organisation", "address", "postcode", "status", "services", "localities", "light", "light_word", "since",
        "review_status", "latest_review", "open_concerns", "cqc_rating", "cqc_rating_date", "url",
    ]

    /// The columns of `work-list.csv` (internal edition only).
    static let workColumns = ["officer", "provider_id", "provider", "what", "rule", "due", "overdue", "description", "url"]

    /// One provider's public fields, by column (nil: no value; lists for `services` and `localities`).
    enum Value {
        case text(String?)
        case list([String])
    }

    static func record(_ provider: Provider, _ renderer: SiteRenderer) -> [Value] {
        let policy = renderer.policy
        let state = renderer.state(of: provider)
        let light = state?.light ?? policy.notYetRated
        let status: String =
            switch provider.status.value {
            case .active: "active"
            case .suspended: "suspended"
            case .closed: "closed"
            }
        return [
            .text(provider.id), .text(provider.name.value), .text(provider.organisation), .text(provider.address),
            .text(provider.postcode), .text(status), .list(provider.services.map { Words.title($0.value, in: policy.serviceTypes) }),
            .list((provider.locality.map { [$0.value] } ?? []) + provider.covers.map(\.value)), .text(light.key), .text(light.word),
            .text(state?.since?.description),
            .text(state?.review.key), .text(state?.latestReview?.date.value.description),
            .list(
                (state?.openConcerns ?? []).map { concern in
                    let process = policy.process(concern.process.value)?.title ?? concern.process.value
                    return "\(process) (raised \(concern.raised.value.description)): \(concern.title.value)"
                }),
            .text(provider.cqc?.overall?.rating.value.word), .text(provider.cqc?.overall?.date?.description),
            .text(renderer.providerHref(provider.id)),
        ]
    }

    /// The positions of the providers in id order (positions, so the records are not copied).
    static func order(_ providers: [Provider]) -> [Int] {
        providers.indices.sorted { providers[$0].id < providers[$1].id }
    }

    static func csv(_ renderer: SiteRenderer) -> OutputFile {
        var text = "\u{FEFF}" + CSVText.row(columns)
        let providers = renderer.content.providers
        for index in order(providers) {
            text += CSVText.row(
                record(providers[index], renderer).map { value in
                    switch value {
                    case .text(let text): text ?? ""
                    case .list(let items): items.joined(separator: "; ")
                    }
                })
        }
        return OutputFile(path: "providers.csv", text: text)
    }

    static func json(_ renderer: SiteRenderer) -> OutputFile {
        let options = renderer.options
        var text =
            "{\n  \"version\": 1,\n  \"asOf\": \"\(options.asOf.description)\",\n  \"edition\": \"public\",\n"
            + "  \"columns\": [" + columns.map { JSONString.literal($0) }.joined(separator: ", ") + "],\n  \"providers\": ["
        let providers = renderer.content.providers
        for (position, index) in order(providers).enumerated() {
            let fields = zip(columns, record(providers[index], renderer)).map { column, value in
                let json: String =
                    switch value {
                    case .text(let text): text.map { JSONString.literal($0, escapingLessThan: true) } ?? "null"
                    case .list(let items): "[" + items.map { JSONString.literal($0, escapingLessThan: true) }.joined(separator: ", ") + "]"
                    }
                return "\(JSONString.literal(column)): \(json)"
            }
            text += (position == 0 ? "\n" : ",\n") + "    {" + fields.joined(separator: ", ") + "}"
        }
        text += providers.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return OutputFile(path: "providers.json", text: text)
    }

    /// The work list by officer as CSV (internal edition): every item of the dashboard's work list, in its order.
    static func workList(_ dashboard: Dashboard) -> OutputFile {
        var text = "\u{FEFF}" + CSVText.row(workColumns)
        for (officer, entries) in dashboard.work() {
            for (item, provider) in entries {
                text += CSVText.row([
                    officer, provider.id, provider.name.value, Listings.kind(item.kind), item.rule.rawValue, item.due?.description ?? "",
                    item.isOverdue ? "yes" : "no", item.description, dashboard.renderer.providerHref(provider.id),
                ])
            }
        }
        return OutputFile(path: "work-list.csv", text: text)
    }

    /// The links to the files, for the home page and the dashboard (the work list only on the internal dashboard).
    static func links(_ renderer: SiteRenderer, providerCount: Int, forDashboard: Bool) -> [DownloadLink] {
        let base = renderer.options.baseURL
        let count = Grammar.count(providerCount, "provider")
        var links = [
            DownloadLink(
                href: base + "providers.csv", label: "Providers as CSV",
                detail: "\(count), one a row, public fields only (opens in a spreadsheet)"),
            DownloadLink(href: base + "providers.json", label: "Providers as JSON", detail: "the same fields, for programs"),
        ]
        if ChangeFeed.isPublished(renderer.options) {
            links.append(
                DownloadLink(
                    href: base + "changes.atom", label: "Changes of \(renderer.policy.lightsTitle.lowercased()) (Atom feed)",
                    detail: "every change in the last 90 days, for a feed reader"))
        }
        if forDashboard && renderer.options.isInternal {
            links.append(
                DownloadLink(
                    href: base + "work-list.csv", label: "Work list as CSV", detail: "internal: what is overdue or falling due, by officer")
            )
        }
        return links
    }
}

/// RFC 4180 rows.
enum CSVText {
    /// One row: fields joined by commas and ended by CRLF.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// One field: guarded against formulas, then quoted when it holds a comma, quote or line break.
    static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
