/// Whether a provider's review is up to date on the as-of date (QI-V3), as pages, the search index and the JSON
/// report say it beside the light.
public enum ReviewStatus: Hashable, Sendable {
    /// A closed provider: reviews are no longer followed up.
    case notFollowed
    /// Reviewed on `lastReviewed`; the next is due by `dueBy`.
    case current(lastReviewed: Day, dueBy: Day)
    /// The review fell due on `dueBy` and no newer rating is recorded.
    case overdue(lastReviewed: Day, dueBy: Day)
    /// No review recorded; due `dueBy` months after `commissioned_since` (nil when that is not given).
    case neverReviewed(dueBy: Day?, overdue: Bool)

    /// The status on `asOf`: the latest review is the latest rating on or before it (a lift awaiting approval was
    /// still a review), due again after the policy's cadence at the current light.
    static func of(_ provider: Provider, latestReview: Rating?, light: String?, policy: Policy, asOf: Day) -> ReviewStatus {
        guard provider.status.value != .closed else { return .notFollowed }
        let months = policy.reviewCadence(at: light)
        guard let latestReview else {
            let due = provider.commissionedSince.map { $0.value.adding(months: months) }
            return .neverReviewed(dueBy: due, overdue: due.map { $0 < asOf } ?? false)
        }
        let last = latestReview.date.value
        let due = last.adding(months: months)
        return due < asOf ? .overdue(lastReviewed: last, dueBy: due) : .current(lastReviewed: last, dueBy: due)
    }

    /// "current", "overdue", "never-reviewed" or "not-followed", for the JSON report.
    public var key: String {
        switch self {
        case .notFollowed: return "not-followed"
        case .current: return "current"
        case .overdue: return "overdue"
        case .neverReviewed: return "never-reviewed"
        }
    }

    public var lastReviewed: Day? {
        switch self {
        case .current(let last, _), .overdue(let last, _): return last
        case .notFollowed, .neverReviewed: return nil
        }
    }

    public var dueBy: Day? {
        switch self {
        case .current(_, let due), .overdue(_, let due): return due
        case .neverReviewed(let due, _): return due
        case .notFollowed: return nil
        }
    }

    /// QI-V3 reports it: the cadence has passed.
    public var isOverdue: Bool {
        switch self {
        case .overdue: return true
        case .neverReviewed(_, let overdue): return overdue
        case .notFollowed, .current: return false
        }
    }

    /// The policy's sentence to show beside the light, or nil when the review is up to date.
    public func notice(_ notices: PolicyNotices) -> String? {
        switch self {
        case .overdue(let last, let due): return notices.reviewOverdue(lastReviewed: last, due: due)
        case .neverReviewed: return notices.neverReviewed
        case .notFollowed, .current: return nil
        }
    }
}
