import QIParallel

/// The work list for each provider on the as-of date: what is overdue (or needs doing now), then what falls due within
/// the look-ahead (`--due-within`, the policy's `due_within_days`), soonest first.
///
/// Each item comes from the same test its rule uses, so the dashboard and `qid check` never disagree.
enum DueItems {
    /// Each provider's due items, in the providers' order (evaluated on every core).
    static func items(for providers: [Provider], context: EvaluationContext) -> [[DueItem]] {
        Parallel.map(providers) { items(for: $0, context) }
    }

    static func items(for provider: Provider, _ context: EvaluationContext) -> [DueItem] {
        guard provider.status.value != .closed, let state = context.states[provider.id] else { return [] }
        let officer = context.owningOfficer(of: provider)
        let asOf = context.asOf
        let horizon = asOf.adding(days: context.dueWithinDays)
        func item(_ kind: DueItem.Kind, _ rule: RuleID, _ due: Day?, _ text: String, overdue: Bool = true) -> DueItem {
            DueItem(kind: kind, rule: rule, providerID: provider.id, officer: officer, due: due, isOverdue: overdue, description: text)
        }
        func comingUp(_ day: Day) -> Bool { day >= asOf && day <= horizon }
        var now: [DueItem] = []
        var ahead: [DueItem] = []

        let nextReview = state.latestReview?.nextReview?.value
        if let overdue = ReviewCadenceRule.reviewOverdue(provider, context) {
            let last = state.latestReview.map { "Last rated \($0.date.value.longDescription)" } ?? "Never rated"
            let text = "\(last); a review is due at least every \(context.policy.reviewCadenceMonths) months."
            now.append(item(.reviewOverdue, ReviewCadenceRule.id, overdue.due, text))
        } else if let next = nextReview, next < asOf {
            let text = "The next review was planned for \(next.longDescription) and no newer rating is recorded."
            now.append(item(.reviewDue, ReviewCadenceRule.id, next, text))
        } else if let due = [nextReview, state.review.dueBy].compactMap({ $0 }).min(), comingUp(due) {
            let last = state.latestReview.map { " (last reviewed \($0.date.value.longDescription))" } ?? ""
            let text = "The next review falls due on \(due.longDescription)\(last)."
            ahead.append(item(.reviewFallingDue, ReviewCadenceRule.id, due, text, overdue: false))
        }
        ActionDueRule.forEachAction(of: provider) { action in
            if let due = ActionDueRule.overdue(action, asOf: asOf) {
                now.append(item(.actionOverdue, ActionDueRule.id, due.value, "Action \(action.id.value): \(action.action)"))
            } else if action.status.value == .open, let due = action.due?.value, comingUp(due) {
                let text = "Action \(action.id.value), due \(due.longDescription): \(action.action)"
                ahead.append(item(.actionFallingDue, ActionDueRule.id, due, text, overdue: false))
            }
        }
        for concern in state.openConcerns {
            guard let deadline = MeetingDeadlineRule.deadline(concern, context), MeetingDeadlineRule.firstProviderMeeting(concern) == nil
            else { continue }
            let title = context.policy.process(concern.process.value)?.title ?? concern.process.value
            if asOf > deadline {
                let raised = concern.raised.value.longDescription
                let text = "\(title) process raised \(raised): no provider meeting by \(deadline.longDescription)."
                now.append(item(.meetingOverdue, MeetingDeadlineRule.id, deadline, text))
            } else if comingUp(deadline) {
                ahead.append(
                    item(
                        .meetingAwaited, MeetingDeadlineRule.id, deadline,
                        "\(title) process raised \(concern.raised.value.longDescription): the first provider meeting is due by \(deadline.longDescription).",
                        overdue: false))
            }
        }
        if let since = PreServiceCheckRule.missingCheck(provider, context) {
            let text = "A new service (commissioned since \(since.value.longDescription)) has no pre-service check recorded."
            now.append(item(.preServiceCheckMissing, PreServiceCheckRule.id, since.value, text))
        }
        if let lift = state.pendingLift, let notice = state.pendingLiftNotice {
            now.append(item(.liftAwaitingApproval, lift.approvals.first?.rule ?? LiftOtherLightRule.id, lift.rating.date.value, notice))
        }
        if OfficerAssignedRule.lacksOfficer(provider, context) {
            now.append(item(.officerMissing, OfficerAssignedRule.id, nil, "\(state.light.word), and no officer is assigned."))
        }
        if let concern = state.floorConcern {
            let rating =
                state.latestRating.map {
                    "The latest rating (\(context.policy.light($0.overall.value)?.word ?? $0.overall.value), \($0.date.value.longDescription))"
                } ?? "No rating"
            let text = "\(rating) understates the open process raised \(concern.raised.value.longDescription)."
            now.append(item(.ratingUnderstatesConcern, ConcernFloorRule.id, concern.raised.value, text))
        }
        // What falls due, soonest first (a stable sort keeps the order above for the same day).
        let sortedAhead = ahead.enumerated().sorted { ($0.element.due ?? horizon, $0.offset) < ($1.element.due ?? horizon, $1.offset) }.map(
            \.element)
        return now + sortedAhead
    }
}
