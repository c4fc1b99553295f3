/// QI-C4: a closed process says who closed it and when; a process only its chair may close was closed by the chair.
public struct ClosureRule: QualityRule {
    public static let id: RuleID = "QI-C4"
    public static let summary =
        "A closed process names who closed it and when; only the chair closes a process the policy reserves to its chair."

    public init() {}

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
            diagnostics.append(Self.closedWithoutDetails(at: concern.status.location))
        case (.open, let closure?):
            diagnostics.append(Self.openWithDetails(at: closure.location))
        case (.closed, let closure?):
            if let date = closure.date, date.value < concern.raised.value {
                diagnostics.append(Self.closedBeforeRaised(date, raised: concern.raised.value))
            }
            guard let process = context.policy.process(concern.process.value), process.closedByChairOnly,
                let by = closure.by, by.value != concern.chair?.value
            else { return }
            let chair = concern.chair.map { context.officerName($0.value) } ?? "nobody (no chair is named)"
            diagnostics.append(Self.closedByOther(by, process: process.title, closedBy: context.officerName(by.value), chair: chair))
        case (.open, nil):
            return
        }
    }
}

// MARK: Messages

extension ClosureRule {
    /// "the process is closed but does not say who closed it and when".
    static func closedWithoutDetails(at location: SourceLocation) -> Diagnostic {
        .error(
            id, at: location, "the process is closed but does not say who closed it and when",
            fix: "add 'closed: {date: YYYY-MM-DD, by: OFFICER, outcome: resolved}'")
    }

    /// "the process has 'closed' details but its status is open".
    static func openWithDetails(at location: SourceLocation) -> Diagnostic {
        .error(id, at: location, "the process has 'closed' details but its status is open", fix: "set status: closed, or remove 'closed'")
    }

    /// "closed on 2026-03-01, before it was raised on 2026-03-03".
    static func closedBeforeRaised(_ date: Located<Day>, raised: Day) -> Diagnostic {
        .error(id, at: date.location, "closed on \(date.value), before it was raised on \(raised)", fix: "correct the closing date")
    }

    /// "only the chair closes a Serious Concerns process; it was closed by … but chaired by …".
    static func closedByOther(_ by: Located<String>, process: String, closedBy: String, chair: String) -> Diagnostic {
        .error(
            id, at: by.location, "only the chair closes a \(process) process; it was closed by \(closedBy) but chaired by \(chair)",
            fix: "the chair must close it: set 'by' to the chair")
    }
}
