/// The council's words for what pages say beside the light: an overdue or missing review, a suspension, a closure.
///
/// `reviewOverdue` may name `{last_review}` and `{due}`, filled with long dates ("18 September 2025").
public struct PolicyNotices: Hashable, Sendable {
    /// "Review overdue: last reviewed {last_review} (due by {due}). Check with … before placing."
    public var reviewOverdue: String
    /// For a provider with no review recorded: "Not yet reviewed: … Check with … before placing.".
    public var neverReviewed: String
    /// The placement guidance of a suspended provider, in place of the light's.
    public var suspended: String
    /// The placement guidance of a closed provider, in place of the light's.
    public var closed: String

    public init(reviewOverdue: String, neverReviewed: String, suspended: String, closed: String) {
        self.reviewOverdue = reviewOverdue
        self.neverReviewed = neverReviewed
        self.suspended = suspended
        self.closed = closed
    }

    /// The placeholders `reviewOverdue` may use.
    public static let reviewPlaceholders = ["last_review", "due"]

    /// The words of a policy file that does not give its own, naming the policy's team.
    public static func defaults(team: String) -> PolicyNotices {
        PolicyNotices(
            reviewOverdue: "Review overdue: last reviewed {last_review} (due by {due}). Check with \(team) before placing.",
            neverReviewed: "Not yet reviewed: no review of this provider has been recorded. Check with \(team) before placing.",
            suspended: "New placements are suspended. Check with \(team) before making any placement.",
            closed: "This provider no longer operates.")
    }

    /// `reviewOverdue` with its dates filled in.
    public func reviewOverdue(lastReviewed: Day, due: Day) -> String {
        reviewOverdue.replacingPlaceholder("last_review", with: lastReviewed.longDescription)
            .replacingPlaceholder("due", with: due.longDescription)
    }
}

/// QI-A1's severity: the framework assigns an officer to every light above the least severe (an error without
/// one), or only expects it (a warning).
public enum OfficerAssignment: String, Hashable, Sendable, CaseIterable {
    case required
    case expected
}

extension String {
    /// Every `{name}` replaced by `value`.
    func replacingPlaceholder(_ name: String, with value: String) -> String {
        replacing("{\(name)}", with: value)
    }
}
