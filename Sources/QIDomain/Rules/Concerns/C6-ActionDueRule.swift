/// QI-C6: every action has a SMART target date; an open action past it is overdue; a done action says when.
///
/// An action with no `due` at all is reported by the loader (`RatingDecoder`, `ActionDueRule.noDueDate`).
public struct ActionDueRule: QualityRule {
    public static let id: RuleID = "QI-C6"
    public static let summary = "Every action has a due date; open actions past it are overdue; done actions say when."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            Self.forEachAction(of: provider) { action in
                switch action.status.value {
                case .done where action.done == nil:
                    diagnostics.append(Self.doneWithoutDate(action))
                case .open, .dropped:
                    if let done = action.done {
                        diagnostics.append(Self.doneDateWhileNotDone(action, done: done))
                    }
                default:
                    break
                }
                if provider.status.value != .closed, let due = Self.overdue(action, asOf: context.asOf) {
                    // The dashboard lists the same actions (DueItems uses `forEachAction(of:)` and `overdue`).
                    diagnostics.append(Self.overdue(action, due: due, asOf: context.asOf))
                }
            }
        }
    }

    /// Every action of a provider: its ratings' and its concerns', open or closed (an action left open on a
    /// closed process is still owed).
    ///
    /// In that order, without gathering them into a new list.
    static func forEachAction(of provider: Provider, _ body: (Action) -> Void) {
        for rating in provider.ratings {
            for action in rating.actions { body(action) }
        }
        for concern in provider.concerns {
            for action in concern.actions { body(action) }
        }
    }

    /// The due date of an open action that has passed, else nil.
    static func overdue(_ action: Action, asOf: Day) -> Located<Day>? {
        guard action.status.value == .open, let due = action.due, due.value < asOf else { return nil }
        return due
    }
}

// MARK: Messages

extension ActionDueRule {
    /// "an action has no 'due' date" (reported by the loader, which reads the action).
    public static func noDueDate(at location: SourceLocation) -> Diagnostic {
        .error(id, at: location, "an action has no 'due' date; every action needs a SMART target date", fix: "add 'due: YYYY-MM-DD'")
    }

    /// "action A1 is done but does not say when".
    static func doneWithoutDate(_ action: Action) -> Diagnostic {
        .error(id, at: action.status.location, "action \(action.id.value) is done but does not say when", fix: "add 'done: YYYY-MM-DD'")
    }

    /// "action A1 has a 'done' date but its status is open".
    static func doneDateWhileNotDone(_ action: Action, done: Located<Day>) -> Diagnostic {
        .error(
            id, at: done.location, "action \(action.id.value) has a 'done' date but its status is \(action.status.value.rawValue)",
            fix: "set status: done, or remove 'done'")
    }

    /// "action A1 was due on 2026-09-15 and is still open (69 days overdue)".
    static func overdue(_ action: Action, due: Located<Day>, asOf: Day) -> Diagnostic {
        .warning(
            id, at: due.location,
            "action \(action.id.value) was due on \(due.value) and is still open "
                + "(\(Grammar.count(due.value.days(until: asOf), "day")) overdue)",
            fix: "follow it up; when it is done set status: done and done: DATE")
    }
}
