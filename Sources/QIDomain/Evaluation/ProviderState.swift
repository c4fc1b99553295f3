/// What the directory says about one provider on the as-of date.
public struct ProviderState: Sendable {
    public var providerID: String
    /// The light shown: the stricter of the latest rating and the open-concern floors (QI-C1), or
    /// the policy's "not yet rated" level when there is neither.
    public var light: LightLevel
    /// Whether `light` comes from a rating or a concern (false: not yet rated).
    public var hasLight: Bool
    /// The latest rating on or before the as-of date.
    public var latestRating: Rating?
    /// The open concern whose floor is stricter than the latest rating, if any.
    public var floorConcern: Concern?
    /// "Red because a Serious Concerns process has been open since 3 March 2026."
    public var explanation: String
    /// Since when the light has held (nil when not yet rated and never was).
    public var since: Day?
    /// Concern processes open on the as-of date, oldest first.
    public var openConcerns: [Concern]
    /// What is due or overdue: the dashboard's data.
    public var dueItems: [DueItem]

    public var guidance: String { light.guidance }
}

/// Something an officer has to do for a provider, for the dashboard.
public struct DueItem: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The latest rating is older than the review cadence (QI-V3), or there is none.
        case reviewOverdue = "review-overdue"
        /// `next_review` has passed without a newer rating.
        case reviewDue = "review-due"
        /// An open action past its due date (QI-C6).
        case actionOverdue = "action-overdue"
        /// No provider meeting within the deadline of an open process (QI-C3).
        case meetingOverdue = "meeting-overdue"
        /// An amber or red light with no officer assigned (QI-A1).
        case officerMissing = "officer-missing"
        /// The latest rating is better than an open concern's floor (QI-C1).
        case ratingUnderstatesConcern = "rating-understates-concern"
    }

    public var kind: Kind
    public var rule: RuleID
    public var providerID: String
    /// The officer who owns it: the latest rating's, else the provider's; nil for nobody.
    public var officer: String?
    /// When it was or is due.
    public var due: Day?
    public var description: String

    public init(kind: Kind, rule: RuleID, providerID: String, officer: String?, due: Day?, description: String) {
        self.kind = kind
        self.rule = rule
        self.providerID = providerID
        self.officer = officer
        self.due = due
        self.description = description
    }
}

extension RatingBasis {
    /// "on-site review": for sentences.
    public var words: String {
        switch self {
        case .selfAssessment: return "self-assessment"
        case .desktopReview: return "desktop review"
        case .onSiteReview: return "on-site review"
        case .pamms: return "PAMMS assessment"
        case .contractMonitoring: return "contract monitoring"
        case .concern: return "concern review"
        case .preServiceCheck: return "pre-service check"
        }
    }
}
