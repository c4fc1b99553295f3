/// `providers/ID/ratings/DATE.yaml`: one rating decision.
public struct Rating: Sendable {
    public var file: String
    public var date: Located<Day>
    public var basis: Located<RatingBasis>
    /// The concern file stem this rating answers, when `basis` is `concern`.
    public var concern: Located<String>?
    public var officer: Located<String>?
    /// In the order written; the reference rule checks every policy standard is present once.
    public var standards: [StandardRating]
    /// Where the `standards` mapping starts (for "standard missing" diagnostics).
    public var standardsLocation: SourceLocation
    public var overall: Located<String>
    public var outcome: Located<String>?
    /// Public Markdown.
    public var summary: String?
    /// Internal Markdown.
    public var internalNotes: String?
    public var approvals: [Approval]
    public var actions: [Action]
    public var nextReview: Located<Day>?

    public init(
        file: String, date: Located<Day>, basis: Located<RatingBasis>, concern: Located<String>? = nil,
        officer: Located<String>? = nil, standards: [StandardRating], standardsLocation: SourceLocation,
        overall: Located<String>, outcome: Located<String>? = nil, summary: String? = nil,
        internalNotes: String? = nil, approvals: [Approval] = [], actions: [Action] = [],
        nextReview: Located<Day>? = nil
    ) {
        self.file = file
        self.date = date
        self.basis = basis
        self.concern = concern
        self.officer = officer
        self.standards = standards
        self.standardsLocation = standardsLocation
        self.overall = overall
        self.outcome = outcome
        self.summary = summary
        self.internalNotes = internalNotes
        self.approvals = approvals
        self.actions = actions
        self.nextReview = nextReview
    }

    public func light(of standard: String) -> Located<String>? {
        standards.first { $0.standard.value == standard }?.light
    }
}

/// One standard's light in a rating, with its public note.
public struct StandardRating: Sendable {
    public var standard: Located<String>
    public var light: Located<String>
    public var note: String?

    public init(standard: Located<String>, light: Located<String>, note: String? = nil) {
        self.standard = standard
        self.light = light
        self.note = note
    }
}

/// An approval of a change of light (QI-A2, QI-A3), checked against the officer's roles (QI-A4).
public struct Approval: Sendable {
    public var officer: Located<String>
    public var role: Located<String>
    public var date: Located<Day>
    public var location: SourceLocation

    public init(officer: Located<String>, role: Located<String>, date: Located<Day>, location: SourceLocation) {
        self.officer = officer
        self.role = role
        self.date = date
        self.location = location
    }
}

/// A SMART action on a rating or a concern (QI-C6).
public struct Action: Sendable {
    public var id: Located<String>
    public var standard: Located<String>?
    public var action: String
    /// `provider`, `council` or an officer id.
    public var owner: Located<String>
    public var due: Located<Day>?
    public var status: Located<ActionStatus>
    public var done: Located<Day>?
    public var location: SourceLocation

    public init(
        id: Located<String>, standard: Located<String>? = nil, action: String, owner: Located<String>,
        due: Located<Day>?, status: Located<ActionStatus>, done: Located<Day>? = nil, location: SourceLocation
    ) {
        self.id = id
        self.standard = standard
        self.action = action
        self.owner = owner
        self.due = due
        self.status = status
        self.done = done
        self.location = location
    }
}
