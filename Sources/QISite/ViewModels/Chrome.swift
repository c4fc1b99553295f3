/// What every page shares: the site's name, the edition, the date and the navigation.
///
/// View models are plain structs with stored properties: swift-mustache reads them through Mirror.
struct SiteChrome: Sendable {
    var title: String
    var organisation: String
    /// The base URL, ending in `/`; every link starts with it.
    var base: String
    var isInternal: Bool
    /// "Internal edition: for council officers only.
    ///
    /// Do not share." or empty.
    var editionBanner: String
    /// "23 November 2026".
    var asOf: String
    var asOfISO: String
    var contact: String?
    /// `mailto:` for an email address; nil for anything else (a phone number is shown as text).
    var contactHref: String?
    var nav: [NavLink]
    /// The page's own title, for `<title>` and the heading.
    var pageTitle: String
    /// What the council calls its scale: "Traffic light", "Quality threshold level".
    var lightsTitle: String
    /// The same in running text: "traffic light", "quality threshold level".
    var lightsNoun: String
    /// "Standards" / "Standard", or the council's words ("Key lines of enquiry").
    var standardsTitle: String
    var standardTitle: String
    /// "the Quality Improvement Team" (from the policy).
    var team: String
    /// "Contact the Quality Improvement Team:", before the contact in the footer.
    var contactLead: String
    /// What `<title>` says: "Internal: Glyme House – Oxfordshire Quality Improvement Directory".
    var documentTitle: String
    var assetsVersion: String
}

struct NavLink: Sendable {
    var href: String
    var label: String
    /// `page` on the current section, empty otherwise (aria-current).
    var current: String
}

/// A sentence around a date that the template marks up as `<time>`: the words before it, the date, the words after.
struct DatedText: Sendable {
    var before: String
    /// "23 November 2026".
    var date: String
    var dateISO: String
    var after: String
}

/// A light as a tag: colour class and word, so colour never carries the meaning alone.
struct LightTag: Sendable {
    var key: String
    var word: String
    var label: String
    /// The council's own name for the level when it says more than the word ("Level 3: major concerns"), else nil.
    var labelIfDifferent: String?
    var cssClass: String
    /// The tag as HTML (`templates/light-tag`), rendered once per light.
    var html: String
}

/// One provider in a list.
struct ProviderRow: Sendable {
    var id: String
    var href: String
    var name: String
    var organisation: String
    var light: LightTag
    var services: String
    var locality: String
    var areas: String
    /// "14 March 2026" or "Not yet rated".
    var latestRating: String
    var latestRatingISO: String
    /// CQC's overall rating ("Good") from cqc.yaml, or "" when there is none.
    var cqcRating: String = ""
    var postcode: String
    /// "Suspended" / "Closed" or nil.
    var status: String?
    /// The policy's words for an overdue or missing review, shown under the light; nil when up to date.
    var notice: String?
    /// The row as HTML (`templates/provider-row`), rendered once and reused by every list the provider is in.
    var html: String = ""
    /// The policy's name for the light column ("Traffic light"): each cell's label when rows stack at phone width.
    var lightsTitle: String = ""
}

/// A link to a pre-rendered filter page, with how many providers it lists.
struct FilterLink: Sendable {
    var href: String
    var label: String
    /// "1,250": with thousands separators.
    var count: String
}

struct FilterGroup: Sendable {
    var id: String
    /// "Browse by traffic light".
    var heading: String
    var links: [FilterLink]
}
