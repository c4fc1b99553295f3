/// QI-C3: a meeting with the provider within the policy's deadline in working days of the concern being raised.
public struct MeetingDeadlineRule: QualityRule {
    public static let id: RuleID = "QI-C3"
    public static let summary = "A provider meeting within the process's working days of the concern being raised."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        for provider in context.content.providers {
            for concern in provider.concerns {
                guard let deadline = Self.deadline(concern, context) else { continue }
                let days = context.policy.process(concern.process.value)?.meetingDeadlineWorkingDays ?? 0
                if let first = Self.firstProviderMeeting(concern) {
                    guard first.date.value > deadline else { continue }
                    let late = context.calendar.workingDays(after: deadline, through: first.date.value)
                    diagnostics.append(Self.lateMeeting(first, late: late, deadline: deadline, days: days, raised: concern.raised.value))
                } else if concern.isOpen(on: context.asOf), context.asOf > deadline {
                    diagnostics.append(Self.noMeeting(concern, deadline: deadline, days: days))
                }
            }
        }
    }

    /// The day by which the first provider meeting is due, when the process has a deadline.
    static func deadline(_ concern: Concern, _ context: EvaluationContext) -> Day? {
        guard let days = context.policy.process(concern.process.value)?.meetingDeadlineWorkingDays else { return nil }
        return context.calendar.adding(workingDays: days, to: concern.raised.value)
    }

    /// The earliest meeting of kind `provider`.
    static func firstProviderMeeting(_ concern: Concern) -> Meeting? {
        concern.meetings.filter { $0.kind.value == .provider }.min { $0.date.value < $1.date.value }
    }
}

// MARK: Messages

extension MeetingDeadlineRule {
    /// "the first provider meeting is 2 working days after the deadline of 2026-03-17 (10 working days from 2026-03-03)".
    static func lateMeeting(_ meeting: Meeting, late: Int, deadline: Day, days: Int, raised: Day) -> Diagnostic {
        .warning(
            id, at: meeting.date.location,
            "the first provider meeting is \(Grammar.count(late, "working day")) after the deadline of \(deadline) "
                + "(\(days) working days from \(raised))",
            fix: "meet the provider within \(days) working days; if the date is wrong, correct it")
    }

    /// "no meeting with the provider has been held or set, and the deadline was 2026-03-17 (…)".
    static func noMeeting(_ concern: Concern, deadline: Day, days: Int) -> Diagnostic {
        .warning(
            id, at: concern.raised.location,
            "no meeting with the provider has been held or set, and the deadline was \(deadline) (\(days) working days from raised)",
            fix: "hold the meeting and add it under meetings with kind: provider")
    }
}
