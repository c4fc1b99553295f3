/// A provider's page: the light and why, what it means for a placement, the standards, actions, history, concerns and
/// how to reach them.
///
/// Internal fields are filled only in the internal edition.
struct ProviderPage: Sendable {
    var site: SiteChrome
    var id: String
    var name: String
    var organisation: String?
    var light: LightTag
    var explanation: String
    /// "Red since 3 March 2026" or nil.
    var since: String?
    var guidance: String
    /// The policy's words for an overdue or missing review, beside the light; nil when up to date.
    var reviewNotice: String?
    /// "A lift to Green was recorded on 2 February 2026 and awaits the approval of …", or nil.
    var pendingLift: String?
    /// "This provider is suspended: …" or nil.
    var statusNotice: String?
    var services: String
    var areas: String
    var locality: String?
    var latestRating: RatingSummary?
    /// "As rated on 14 March 2026 (on-site review).
    ///
    /// Standards marked critical decide the overall traffic light.", or nil when never rated.
    var standardsCaption: DatedText?
    var standards: [StandardRow]
    var hasStandards: Bool
    var actions: [ActionRow]
    var hasActions: Bool
    var ratings: [RatingSummary]
    var hasRatings: Bool
    var concerns: [ConcernRow]
    var hasConcerns: Bool
    var contact: ContactBlock
    var registration: [RegistrationLink]
    var hasRegistration: Bool
    /// Internal edition only.
    var internalDetails: InternalProviderDetails?
}

struct StandardRow: Sendable {
    var number: Int
    var title: String
    var critical: Bool
    var light: LightTag
    var note: String?
}

struct ActionRow: Sendable {
    var id: String
    var standard: String
    var text: String
    var owner: String
    /// "14 June 2026".
    var due: String
    var dueISO: String
    var isOverdue: Bool
    /// "Overdue: due 14 June 2026" or "Due 14 June 2026".
    var dueText: String
    var status: String
}

struct RatingSummary: Sendable {
    var date: String
    var dateISO: String
    var basis: String
    var overall: LightTag
    /// "Not in effect: awaits approval" for a lift still awaiting an approval, else nil.
    var pending: String?
    var outcome: String?
    var summaryHTML: String?
    /// Internal edition only.
    var internalHTML: String?
    var officer: String?
    /// "Approved by Sam Patel (Safeguarding Operations Manager (adults)), 2 February 2026".
    var approvals: [String]
}

struct ConcernRow: Sendable {
    var title: String
    var process: String
    var raised: String
    var meetings: String
    var status: String
    var closed: String?
    /// Internal edition only.
    var internalDetails: InternalConcernDetails?
}

struct InternalConcernDetails: Sendable {
    var risk: String
    var triggers: String
    var sources: String
    var chair: String
    var lead: String
    var summaryHTML: String?
    var internalHTML: String?
    var actions: [ActionRow]
    /// "Actions of the concern process: Night staffing": the actions table's accessible name.
    var actionsLabel: String
    /// "Actions of the concern process “Night staffing”".
    var actionsCaption: String
}

struct InternalProviderDetails: Sendable {
    var officer: String
    var officerEmail: String?
    var notesHTML: String?
    var contract: String?
    var dueItems: [WorkItem]
}

struct ContactBlock: Sendable {
    var address: String?
    var postcode: String?
    var phone: String?
    var email: String?
    var emailHref: String?
    var website: String?
    var websiteHref: String?
}

struct RegistrationLink: Sendable {
    var label: String
    var id: String
    /// The id's page on its public register; nil when there is none (a UPRN).
    var href: String?
}
