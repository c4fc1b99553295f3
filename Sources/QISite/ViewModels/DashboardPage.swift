/// The dashboard (Herefordshire's "quality assurance dashboard"): counts, cross-tables, the providers to watch, the
/// changes of light and their trend for everyone; the work list for officers.
struct DashboardPage: Sendable {
    var site: SiteChrome
    /// "1,250 providers, as of 23 November 2026.".
    var countAsOf: DatedText
    /// The open data files (and, in the internal edition, the work list as CSV).
    var downloads: [DownloadLink]
    var byLight: [CountRow]
    var byService: [CountRow]
    var byLocality: [CountRow]
    /// The cross-tables, the lists of providers to watch, the changes and the trend, in page order.
    var sections: [DashboardSection]
    /// Internal edition only: what is due or overdue, grouped by officer.
    var officers: [OfficerWork]
    var hasWork: Bool
    /// "12 items: 5 overdue or needed now, 7 falling due within 30 days, by officer.".
    var workSummary: String
}

/// A file to download: "Providers as CSV", with what it holds.
struct DownloadLink: Sendable {
    var href: String
    var label: String
    /// "30 providers, one a row (comma-separated values, opens in a spreadsheet)".
    var detail: String
}

/// One headed part of the dashboard: an optional sentence, an optional chart, and its tables.
struct DashboardSection: Sendable {
    /// The heading's id ("qi-red-suspended").
    var id: String
    var heading: String
    /// A sentence under the heading ("" for none).
    var intro: String
    /// The chart as inline SVG that qid drew ("" for none).
    var chartSVG: String
    var hasChart: Bool
    var tables: [DataTable]
}

/// A table of the dashboard: header cells for its columns and for each row.
struct DataTable: Sendable {
    /// A sub-heading above it ("" for none).
    var heading: String
    /// The scrolling region's accessible name.
    var label: String
    var caption: String
    var columns: [DataColumn]
    var rows: [DataRow]
    var hasRows: Bool
    /// "No provider is red or suspended as of 23 November 2026." (shown instead of an empty table).
    var emptyText: String
}

struct DataColumn: Sendable {
    var label: String
    var isNumeric: Bool
}

struct DataRow: Sendable {
    /// The row's header cell (`<th scope="row">`).
    var header: DataCell
    var cells: [DataCell]
}

/// One cell: a light tag, text, a link or a date (its ISO form for `<time>`).
struct DataCell: Sendable {
    var text: String
    var href: String?
    var light: LightTag?
    var dateISO: String?
    var isNumeric: Bool

    init(_ text: String, href: String? = nil, light: LightTag? = nil, dateISO: String? = nil, isNumeric: Bool = false) {
        self.text = text
        self.href = href
        self.light = light
        self.dateISO = dateISO
        self.isNumeric = isNumeric
    }
}
