import QIDomain

/// Which edition to build and where it will be served.
public struct SiteOptions: Sendable {
    public enum Edition: String, Sendable {
        /// For everyone: nothing internal.
        case `public`
        /// For council officers: internal notes, officers, concern details and the work list.
        case `internal`
    }

    public var edition: Edition
    /// Where the site is served from, ending in `/` ("/" or "/qi-directory/").
    public var baseURL: String
    public var asOf: Day
    /// Providers per page of the home page and of each filter page.
    public var pageSize: Int
    /// How far ahead the work list looks, in days (nil: the policy's `due_within_days`).
    public var dueWithinDays: Int?

    /// The default page size: a page of 200 rows is about 150 KB of HTML, whatever the directory's size.
    public static let defaultPageSize = 200

    /// The loader (QI-F7) and the `--base-url` option refuse a base URL that `SafeLink.baseURL` does not pass; should
    /// one reach here anyway, the site is served from `/` rather than carry it into every link.
    public init(edition: Edition, baseURL: String, asOf: Day, pageSize: Int = SiteOptions.defaultPageSize, dueWithinDays: Int? = nil) {
        self.edition = edition
        self.baseURL = SafeLink.baseURL(baseURL) == nil ? baseURL : "/"
        self.asOf = asOf
        self.pageSize = max(1, pageSize)
        self.dueWithinDays = dueWithinDays
    }

    var isInternal: Bool { edition == .internal }
}

/// Text helpers shared by the view-model builders.
enum Words {
    static func title(_ key: String, in terms: [Term]) -> String {
        terms.first { $0.key == key }?.title ?? key
    }

    static func list(_ keys: [Located<String>], in terms: [Term]) -> String {
        keys.map { title($0.value, in: terms) }.joined(separator: ", ")
    }

    /// A whole number of pounds with thousands separators: 620000 → "£620,000".
    ///
    /// Fixed grouping, not the machine's locale, so the output is the same everywhere.
    static func pounds(_ amount: Int) -> String {
        let grouped = Grammar.number(amount)
        return amount < 0 ? "-£" + grouped.dropFirst() : "£" + grouped
    }

    /// Where a concern came from, in words: "lado" → "LADO", "reg44" → "Regulation 44 visitor".
    static func source(_ source: ConcernSource) -> String {
        switch source {
        case .safeguarding: return "Safeguarding"
        case .lado: return "LADO"
        case .provider: return "The provider"
        case .reg44: return "Regulation 44 visitor"
        case .qualityImprovement: return "Quality Improvement Team"
        case .operational: return "Operational teams"
        case .cqc: return "CQC"
        case .ofsted: return "Ofsted"
        case .isi: return "ISI"
        case .complaints: return "Complaints"
        case .whistleblower: return "Whistleblower"
        case .police: return "Police"
        case .schools: return "Schools"
        case .statutoryReviews: return "Statutory reviews"
        case .commissioning: return "Commissioning"
        case .tradingStandards: return "Trading Standards"
        case .other: return "Other"
        }
    }
}
