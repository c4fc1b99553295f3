import QIParallel

/// What is due or overdue for each provider on the as-of date: the dashboard's data. Each item comes from
/// the same test its rule uses, so the dashboard and `qid check` never disagree.
enum DueItems {
    static func attach(to states: [String: ProviderState], context: EvaluationContext) -> [String: ProviderState] {
        var states = states
        let providers = context.content.providers
        for (provider, items) in zip(providers, Parallel.map(providers) { items(for: $0, context) }) {
            states[provider.id]?.dueItems = items
        }
        return states
    }

    static func items(for provider: Provider, _ context: EvaluationContext) -> [DueItem] {
        guard provider.status.value != .closed, let state = context.states[provider.id] else { return [] }
        let officer = context.owningOfficer(of: provider)
        func item(_ kind: DueItem.Kind, _ rule: RuleID, _ due: Day?, _ text: String) -> DueItem {
            DueItem(kind: kind, rule: rule, providerID: provider.id, officer: officer, due: due, description: text)
        }
        var items: [DueItem] = []
        if let overdue = ReviewCadenceRule.reviewOverdue(provider, context) {
            let last = state.latestRating.map { "Last rated \($0.date.value.longDescription)" } ?? "Never rated"
            items.append(item(.reviewOverdue, "QI-V3", overdue.due, "\(last); a review is due at least every \(context.policy.reviewCadenceMonths) months."))
        } else if let next = state.latestRating?.nextReview?.value, next < context.asOf {
            items.append(item(.reviewDue, "QI-V3", next, "The next review was planned for \(next.longDescription) and no newer rating is recorded."))
        }
        for action in ActionDueRule.actions(of: provider) {
            if let due = ActionDueRule.overdue(action, asOf: context.asOf) {
                items.append(item(.actionOverdue, "QI-C6", due.value, "Action \(action.id.value): \(action.action)"))
            }
        }
        for concern in state.openConcerns {
            guard let deadline = MeetingDeadlineRule.deadline(concern, context), context.asOf > deadline,
                MeetingDeadlineRule.firstProviderMeeting(concern) == nil
            else { continue }
            let title = context.policy.process(concern.process.value)?.title ?? concern.process.value
            items.append(item(.meetingOverdue, "QI-C3", deadline, "\(title) process raised \(concern.raised.value.longDescription): no provider meeting by \(deadline.longDescription)."))
        }
        if OfficerAssignedRule.lacksOfficer(provider, context) {
            items.append(item(.officerMissing, "QI-A1", nil, "\(state.light.word), and no officer is assigned."))
        }
        if let concern = state.floorConcern {
            let rating = state.latestRating.map { "The latest rating (\(context.policy.light($0.overall.value)?.word ?? $0.overall.value), \($0.date.value.longDescription))" } ?? "No rating"
            items.append(item(.ratingUnderstatesConcern, "QI-C1", concern.raised.value, "\(rating) understates the open process raised \(concern.raised.value.longDescription)."))
        }
        return items
    }
}
