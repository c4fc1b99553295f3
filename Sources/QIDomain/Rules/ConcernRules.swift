/// QI-C1: the light never understates an open concern; a latest rating better than the floor is a warning.
public struct ConcernFloorRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-C1"] }
    public var summary: String { "While a process is open the light is at least the one the policy gives it; a better latest rating is a warning." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            guard let state = context.states[provider.id], let concern = state.floorConcern else { continue }
            let title = context.policy.process(concern.process.value)?.title ?? concern.process.value
            if let rating = state.latestRating {
                diagnostics.append(.warning(
                    "QI-C1", at: rating.overall.location,
                    "the latest rating is \(rating.overall.value) but the \(title) process raised \(concern.raised.value) is open, so the directory shows \(state.light.key)",
                    fix: "record a rating that reflects the open process (basis: concern)"))
            } else {
                diagnostics.append(.warning(
                    "QI-C1", at: concern.process.location,
                    "this open \(title) process sets the provider's light to \(state.light.key), but no rating records it",
                    fix: "record a rating (basis: concern, concern: \(concern.id))"))
            }
        }
    }
}

/// QI-C2: each trigger leads to the processes the policy allows; a lighter process is a warning.
public struct TriggerProcessRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-C2"] }
    public var summary: String { "The process is not lighter than its triggers allow (the policy's trigger table)." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        for provider in context.content.providers {
            for concern in provider.concerns {
                guard let processRank = policy.processSeverity(concern.process.value) else { continue }
                for code in concern.triggers {
                    guard let trigger = policy.trigger(code.value),
                        let lightest = trigger.allows.compactMap({ policy.processSeverity($0) }).min(), processRank < lightest
                    else { continue }
                    let allowed = trigger.allows.map { policy.process($0)?.title ?? $0 }.joined(separator: " or ")
                    diagnostics.append(.warning(
                        "QI-C2", at: code.location,
                        "trigger '\(code.value)' leads to \(allowed), but the process is \(policy.process(concern.process.value)?.title ?? concern.process.value)",
                        fix: "use a process the trigger allows, or record why in the concern's internal notes"))
                }
            }
        }
    }
}

/// QI-C3: a meeting with the provider within the policy's deadline in working days of the concern being raised.
public struct MeetingDeadlineRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-C3"] }
    public var summary: String { "A provider meeting within the process's working days of the concern being raised." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for concern in provider.concerns {
                guard let deadline = Self.deadline(concern, context) else { continue }
                let days = context.policy.process(concern.process.value)?.meetingDeadlineWorkingDays ?? 0
                if let first = Self.firstProviderMeeting(concern) {
                    guard first.date.value > deadline else { continue }
                    let late = context.calendar.workingDays(after: deadline, through: first.date.value)
                    diagnostics.append(.warning(
                        "QI-C3", at: first.date.location,
                        "the first provider meeting is \(Grammar.count(late, "working day")) after the deadline of \(deadline) (\(days) working days from \(concern.raised.value))",
                        fix: "meet the provider within \(days) working days; if the date is wrong, correct it"))
                } else if concern.isOpen(on: context.asOf), context.asOf > deadline {
                    diagnostics.append(.warning(
                        "QI-C3", at: concern.raised.location,
                        "no meeting with the provider has been held or set, and the deadline was \(deadline) (\(days) working days from raised)",
                        fix: "hold the meeting and add it under meetings with kind: provider"))
                }
            }
        }
    }

    static func deadline(_ concern: Concern, _ context: EvaluationContext) -> Day? {
        guard let days = context.policy.process(concern.process.value)?.meetingDeadlineWorkingDays else { return nil }
        return context.calendar.adding(workingDays: days, to: concern.raised.value)
    }

    static func firstProviderMeeting(_ concern: Concern) -> Meeting? {
        concern.meetings.filter { $0.kind.value == .provider }.min { $0.date.value < $1.date.value }
    }
}

/// QI-C4: a closed process says who closed it and when; a process only its chair may close was closed by the chair.
public struct ClosureRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-C4"] }
    public var summary: String { "A closed process names who closed it and when; only the chair closes a process the policy reserves to its chair." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for concern in provider.concerns {
                check(concern, context, &diagnostics)
            }
        }
    }

    private func check(_ concern: Concern, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        switch (concern.status.value, concern.closed) {
        case (.closed, nil):
            diagnostics.append(.error("QI-C4", at: concern.status.location, "the process is closed but does not say who closed it and when", fix: "add 'closed: {date: YYYY-MM-DD, by: OFFICER, outcome: resolved}'"))
        case (.open, let closure?):
            diagnostics.append(.error("QI-C4", at: closure.location, "the process has 'closed' details but its status is open", fix: "set status: closed, or remove 'closed'"))
        case (.closed, let closure?):
            if let date = closure.date, date.value < concern.raised.value {
                diagnostics.append(.error("QI-C4", at: date.location, "closed on \(date.value), before it was raised on \(concern.raised.value)", fix: "correct the closing date"))
            }
            guard let process = context.policy.process(concern.process.value), process.closedByChairOnly,
                let by = closure.by, by.value != concern.chair?.value
            else { return }
            let chair = concern.chair.map { context.officerName($0.value) } ?? "nobody (no chair is named)"
            diagnostics.append(.error(
                "QI-C4", at: by.location,
                "only the chair closes a \(process.title) process; it was closed by \(context.officerName(by.value)) but chaired by \(chair)",
                fix: "the chair must close it: set 'by' to the chair"))
        case (.open, nil):
            return
        }
    }
}

/// QI-C5: the chair holds a role the policy allows for the process.
public struct ChairRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { ["QI-C5"] }
    public var summary: String { "The chair holds a role allowed for the process." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for concern in provider.concerns {
                guard let process = context.policy.process(concern.process.value), !process.chairRoles.isEmpty else { continue }
                let roles = process.chairRoles.map { context.policy.roleTitle($0) }.joined(separator: ", ")
                guard let chair = concern.chair else {
                    diagnostics.append(.error("QI-C5", at: concern.process.location, "a \(process.title) process needs a chair", fix: "add 'chair: OFFICER', an officer who is one of: \(roles)"))
                    continue
                }
                guard let officer = context.officer(chair.value), !process.chairRoles.contains(where: officer.holds) else { continue }
                diagnostics.append(.error(
                    "QI-C5", at: chair.location,
                    "\(context.officerName(chair.value)) cannot chair \(Grammar.article(process.title)) \(process.title) process: their roles are \(officer.roles.map(\.value).joined(separator: ", "))",
                    fix: "the chair must be one of: \(roles)"))
            }
        }
    }
}
