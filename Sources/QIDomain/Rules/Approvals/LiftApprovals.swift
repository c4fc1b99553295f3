/// What QI-A2 and QI-A3 share: the lifts among each provider's ratings (`Lifts`), of which each rule checks the
/// approvals the policy's lifting entries with its id ask for.
enum LiftApprovals {
    /// A lift with no needed approval recorded at all is an error for each of `id`'s approvals; a lift that
    /// records some but still awaits one of `id`'s on the as-of date is a warning naming it (the earlier light
    /// holds until then).
    static func check(_ id: RuleID, _ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for (_, lift) in Lifts.lifts(of: provider, policy: policy).sorted(by: { $0.key < $1.key }) {
                if lift.recordsNoApproval {
                    for approval in lift.approvals where approval.rule == id {
                        diagnostics.append(missing(approval, lift: lift, policy: policy))
                    }
                    continue
                }
                guard lift.rating.date.value <= context.asOf else { continue }
                for approval in lift.awaited(on: context.asOf) where approval.rule == id {
                    diagnostics.append(awaited(approval, lift: lift, policy: policy))
                }
            }
        }
    }
}

// MARK: Messages (under the lifting entry's id, QI-A2 or QI-A3)

extension LiftApprovals {
    /// "the light is lifted from red (2026-01-10) to amber without the approval of the Lead".
    static func missing(_ approval: RequiredApproval, lift: Lift, policy: Policy) -> Diagnostic {
        .error(
            approval.rule, at: lift.rating.overall.location,
            "the light is lifted \(fromTo(lift)) without the approval of the \(roles(approval, policy))", fix: addApproval(approval))
    }

    /// "the lift from red (…) to amber awaits the approval of the Lead (recorded for …); until then the directory shows red".
    static func awaited(_ approval: RequiredApproval, lift: Lift, policy: Policy) -> Diagnostic {
        let given = approval.givenOn.map { " (recorded for \($0))" } ?? ""
        return .warning(
            approval.rule, at: lift.rating.overall.location,
            "the lift \(fromTo(lift)) awaits the approval of the \(roles(approval, policy))\(given); "
                + "until then the directory shows \(lift.previous.overall.value)",
            fix: addApproval(approval))
    }

    private static func fromTo(_ lift: Lift) -> String {
        "from \(lift.previous.overall.value) (\(lift.previous.date.value)) to \(lift.rating.overall.value)"
    }

    private static func roles(_ approval: RequiredApproval, _ policy: Policy) -> String {
        approval.roles.map { policy.roleTitle($0) }.joined(separator: " or ")
    }

    private static func addApproval(_ approval: RequiredApproval) -> String {
        "add '{officer: OFFICER, role: \(approval.roles[0]), date: YYYY-MM-DD}' under approvals once they have approved"
    }
}
