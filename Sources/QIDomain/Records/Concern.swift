/// `providers/ID/concerns/DATE-SLUG.yaml`: one Standards of Care or Serious Concerns process.
///
/// Only `title`, `process`, `raised`, meeting dates, `status` and the closing date and outcome are public.
public struct Concern: Sendable {
    /// The file name without `.yaml` (`2026-02-20-medication-errors`): what a rating's `concern:` names.
    public var id: String
    public var file: String
    public var raised: Located<Day>
    public var title: Located<String>
    public var sources: [Located<ConcernSource>]
    public var triggers: [Located<String>]
    public var process: Located<String>
    public var risk: Located<ConcernRisk>?
    public var chair: Located<String>?
    public var lead: Located<String>?
    public var meetings: [Meeting]
    public var actions: [Action]
    public var status: Located<ConcernStatus>
    public var closed: Closure?
    /// Internal: concern details are safeguarding information.
    public var summary: String?
    /// Internal working notes.
    public var internalNotes: String?

    public init(
        id: String, file: String, raised: Located<Day>, title: Located<String>, sources: [Located<ConcernSource>] = [],
        triggers: [Located<String>] = [], process: Located<String>, risk: Located<ConcernRisk>? = nil,
        chair: Located<String>? = nil, lead: Located<String>? = nil, meetings: [Meeting] = [],
        actions: [Action] = [], status: Located<ConcernStatus>, closed: Closure? = nil,
        summary: String? = nil, internalNotes: String? = nil
    ) {
        self.id = id
        self.file = file
        self.raised = raised
        self.title = title
        self.sources = sources
        self.triggers = triggers
        self.process = process
        self.risk = risk
        self.chair = chair
        self.lead = lead
        self.meetings = meetings
        self.actions = actions
        self.status = status
        self.closed = closed
        self.summary = summary
        self.internalNotes = internalNotes
    }

    /// Whether the process was open on `day`: raised on or before it, and not closed by then.
    public func isOpen(on day: Day) -> Bool {
        guard raised.value <= day else { return false }
        switch status.value {
        case .open: return true
        case .closed:
            guard let closedOn = closed?.date?.value else { return false }
            return closedOn > day
        }
    }
}

/// A meeting of a concern process.
public struct Meeting: Sendable {
    public var date: Located<Day>
    public var kind: Located<MeetingKind>

    public init(date: Located<Day>, kind: Located<MeetingKind>) {
        self.date = date
        self.kind = kind
    }
}

/// How and when a concern process was closed (QI-C4).
public struct Closure: Sendable {
    public var date: Located<Day>?
    public var by: Located<String>?
    public var outcome: Located<ClosingOutcome>?
    public var location: SourceLocation

    public init(date: Located<Day>?, by: Located<String>?, outcome: Located<ClosingOutcome>?, location: SourceLocation) {
        self.date = date
        self.by = by
        self.outcome = outcome
        self.location = location
    }
}
