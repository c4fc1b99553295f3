/// QI-A4: an approver holds the role they approve as, and approves on or after the rating's date.
public struct ApproverRule: QualityRule {
    public static let id: RuleID = "QI-A4"
    public static let summary = "An approver holds the named role and approves on or after the rating's date."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for rating in provider.ratings {
                for approval in rating.approvals {
                    if let officer = context.officer(approval.officer.value), !officer.holds(approval.role.value) {
                        diagnostics.append(Self.lacksRole(approval, name: context.officerName(approval.officer.value), officer: officer))
                    }
                    if approval.date.value < rating.date.value {
                        diagnostics.append(Self.approvedBeforeRating(approval, ratingDate: rating.date.value))
                    }
                }
            }
        }
    }
}

// MARK: Messages

extension ApproverRule {
    /// "Amira Khan (amira-khan) does not hold the role 'qi-lead' (their roles: qi-officer)".
    static func lacksRole(_ approval: Approval, name: String, officer: Officer) -> Diagnostic {
        .error(
            id, at: approval.role.location,
            "\(name) does not hold the role '\(approval.role.value)' (their roles: \(officer.roles.map(\.value).joined(separator: ", ")))",
            fix: "the approval must come from someone who holds the role in officers.yaml")
    }

    /// "approved on 2026-03-01, before the rating's date 2026-03-14".
    static func approvedBeforeRating(_ approval: Approval, ratingDate: Day) -> Diagnostic {
        .error(
            id, at: approval.date.location, "approved on \(approval.date.value), before the rating's date \(ratingDate)",
            fix: "an approval is given on or after the rating's date: correct the date")
    }
}
