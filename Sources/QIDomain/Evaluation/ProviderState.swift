/// What the directory says about one provider on the as-of date.
public struct ProviderState: Sendable {
    public var providerID: String
    /// The light shown: the stricter of the latest rating and the open-concern floors (QI-C1), or
    /// the policy's "not yet rated" level when there is neither.
    public var light: LightLevel
    /// Whether `light` comes from a rating or a concern (false: not yet rated).
    public var hasLight: Bool
    /// The latest rating in effect on the as-of date (a lift awaiting its approval is not yet).
    public var latestRating: Rating? { records.latestRating?.value }
    /// The open concern whose floor is stricter than the latest rating, if any.
    public var floorConcern: Concern? { records.floorConcern?.value }
    /// "Red because a Serious Concerns process has been open since 3 March 2026.".
    public var explanation: String
    /// Since when the light has held (nil when not yet rated and never was).
    public var since: Day?
    /// Concern processes open on the as-of date, oldest first.
    public var openConcerns: [Concern]
    /// What is overdue, then what falls due within the look-ahead: the work list's data.
    public var dueItems: [DueItem]
    /// The latest rating on or before the as-of date, in effect or not: the latest review.
    public var latestReview: Rating? { records.latestReview?.value }
    /// Whether the review is up to date (QI-V3).
    public var review: ReviewStatus
    /// The policy's words for an overdue or missing review, shown wherever the light is; nil when up to date.
    public var reviewNotice: String?
    /// A lift recorded on or before the as-of date that awaits an approval (the earlier light holds).
    public var pendingLift: Lift? { records.pendingLift?.value }
    /// "A lift to Green was recorded on 2 February 2026 and awaits the approval of …".
    public var pendingLiftNotice: String?
    /// The placement guidance: the light's, or the policy's words for a suspended or closed provider.
    public var guidance: String
    /// The provider's status on the as-of date.
    public var status: ProviderStatus
    /// Errors in the provider's own files (set once every diagnostic is known): while there are any, reports show
    /// no light computed from them.
    public var errorCount = 0
    /// The four records above, out of line: they are nine tenths of a state's size, and states are copied into
    /// lists, dictionaries and pages (at 25,000 providers, 2.5 KB a copy came to 60 MB for each whole copy).
    private let records: StateRecords

    public init(
        providerID: String, light: LightLevel, hasLight: Bool, latestRating: Rating?, floorConcern: Concern?,
        explanation: String, since: Day?, openConcerns: [Concern], dueItems: [DueItem], latestReview: Rating?,
        review: ReviewStatus, reviewNotice: String?, pendingLift: Lift?, pendingLiftNotice: String?, guidance: String,
        status: ProviderStatus, errorCount: Int = 0
    ) {
        self.providerID = providerID
        self.light = light
        self.hasLight = hasLight
        self.explanation = explanation
        self.since = since
        self.openConcerns = openConcerns
        self.dueItems = dueItems
        self.review = review
        self.reviewNotice = reviewNotice
        self.pendingLiftNotice = pendingLiftNotice
        self.guidance = guidance
        self.status = status
        self.errorCount = errorCount
        records = StateRecords(
            latestRating: latestRating, floorConcern: floorConcern, latestReview: latestReview, pendingLift: pendingLift)
    }
}

/// The records a `ProviderState` points at, shared by its copies (never changed once made).
///
/// Each is boxed on its own, so that a record a provider does not have (most have no floor concern and no pending lift) takes 8 bytes.
private struct StateRecords: Sendable {
    let latestRating: RecordBox<Rating>?
    let floorConcern: RecordBox<Concern>?
    let latestReview: RecordBox<Rating>?
    let pendingLift: RecordBox<Lift>?

    init(latestRating: Rating?, floorConcern: Concern?, latestReview: Rating?, pendingLift: Lift?) {
        self.latestRating = latestRating.map(RecordBox.init)
        self.floorConcern = floorConcern.map(RecordBox.init)
        self.latestReview = latestReview.map(RecordBox.init)
        self.pendingLift = pendingLift.map(RecordBox.init)
    }
}

/// One record, by reference.
private final class RecordBox<Record: Sendable>: Sendable {
    let value: Record

    init(_ value: Record) {
        self.value = value
    }
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
        /// The review falls due within the look-ahead (QI-V3).
        case reviewFallingDue = "review-falling-due"
        /// An open action falls due within the look-ahead (QI-C6).
        case actionFallingDue = "action-falling-due"
        /// An open process has had no provider meeting yet; its deadline is within the look-ahead (QI-C3).
        case meetingAwaited = "meeting-awaited"
        /// A new service has no pre-service check recorded (QI-V4).
        case preServiceCheckMissing = "pre-service-check-missing"
        /// A lift of the light awaits an approval (QI-A2, QI-A3).
        case liftAwaitingApproval = "lift-awaiting-approval"
    }

    public var kind: Kind
    public var rule: RuleID
    public var providerID: String
    /// The officer who owns it: the latest rating's, else the provider's; nil for nobody.
    public var officer: String?
    /// When it was or is due.
    public var due: Day?
    /// Past its date (or due now), rather than falling due within the look-ahead.
    public var isOverdue: Bool
    public var description: String

    public init(kind: Kind, rule: RuleID, providerID: String, officer: String?, due: Day?, isOverdue: Bool = true, description: String) {
        self.kind = kind
        self.rule = rule
        self.providerID = providerID
        self.officer = officer
        self.due = due
        self.isOverdue = isOverdue
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
