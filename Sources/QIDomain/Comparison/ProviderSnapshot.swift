/// What a reviewer of a change compares for one provider: what the directory shows for it on the as-of date.
///
/// Taken from an evaluated state (`ProviderState`) and the provider's records, as `qid check` leaves them. A
/// provider with errors in its own files shows no light (as in the JSON report and on its page): its light, reason,
/// since date, guidance and review are nil, and `blockedBy` counts the errors.
public struct ProviderSnapshot: Equatable, Sendable {
    public var id: String
    public var name: String
    /// The light's key (`green`, `not-yet-rated` …), nil while the provider's files have errors.
    public var light: String?
    /// The light's word ("Green"), nil while the provider's files have errors.
    public var word: String?
    /// Errors in the provider's own files.
    public var blockedBy: Int
    /// "Amber because the desktop review on 1 December 2026 rated it amber.".
    public var reason: String?
    public var since: Day?
    public var guidance: String?
    public var review: ReviewStatus?
    /// CQC's overall rating from `cqc.yaml`, nil when there is none.
    public var cqc: CQCOverall?
    /// The work list: what is overdue, then what falls due.
    public var due: [DueItem]

    public init(_ state: ProviderState, provider: Provider?) {
        let blocked = state.errorCount > 0
        self.id = state.providerID
        self.name = provider?.name.value ?? state.providerID
        self.light = blocked ? nil : state.light.key
        self.word = blocked ? nil : state.light.word
        self.blockedBy = state.errorCount
        self.reason = blocked ? nil : state.explanation
        self.since = blocked ? nil : state.since
        self.guidance = blocked ? nil : state.guidance
        self.review = blocked ? nil : state.review
        self.cqc = provider?.cqc?.overall.map { CQCOverall(rating: $0.rating.value, date: $0.date) }
        self.due = state.dueItems
    }

    /// "Amber", or "no light shown (2 errors in its files)".
    public var lightWords: String {
        word ?? "no light shown (\(Grammar.count(blockedBy, "error")) in its files)"
    }

    /// The reason without the light's word in front: "the desktop review on 1 December 2026 rated it amber".
    ///
    /// The state's sentence is "Amber because …." (`Reason`); other shapes ("Red since 10 January 2026: …") are kept
    /// whole, without the full stop.
    public var reasonClause: String? {
        guard var text = reason else { return nil }
        if let word, text.hasPrefix("\(word) because ") {
            text.removeFirst(word.count + " because ".count)
        }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// "3 March 2026", or "never" when the provider has never had a light, or "not shown" while it is blocked.
    public var sinceWords: String {
        if blockedBy > 0 { return "not shown" }
        return since?.longDescription ?? "never"
    }

    /// "not shown" while blocked, else the guidance.
    public var guidanceWords: String {
        guidance ?? "not shown"
    }

    /// "up to date (last reviewed 14 March 2026, next due by 14 March 2027)", "overdue (…)" and so on.
    public var reviewWords: String {
        guard let review else { return "not shown" }
        switch review {
        case .notFollowed: return "not followed up (closed)"
        case .current(let last, let due): return "up to date (last reviewed \(last.longDescription), next due by \(due.longDescription))"
        case .overdue(let last, let due): return "overdue (last reviewed \(last.longDescription), due by \(due.longDescription))"
        case .neverReviewed(let due, let overdue):
            guard let due else { return "never reviewed" }
            return "never reviewed (\(overdue ? "was due" : "due") by \(due.longDescription))"
        }
    }

    /// "Good (report of 9 June 2022)", or "none".
    public var cqcWords: String {
        cqc?.words ?? "none"
    }
}

/// CQC's overall rating of a location and the date of the report that gave it.
public struct CQCOverall: Equatable, Sendable {
    public var rating: CQCRatingValue
    public var date: Day?

    public init(rating: CQCRatingValue, date: Day?) {
        self.rating = rating
        self.date = date
    }

    /// "Requires improvement (report of 13 April 2023)".
    public var words: String {
        rating.word + (date.map { " (report of \($0.longDescription))" } ?? "")
    }
}

extension DueItem {
    /// The item as one line of a change report: "Action A1: Update the plan (due 15 September 2026, overdue)".
    public var words: String {
        var when: [String] = []
        if let due { when.append("due \(due.longDescription)") }
        when.append(isOverdue ? "overdue" : "falling due")
        var text = description
        if text.hasSuffix(".") { text.removeLast() }
        return "\(text) (\(when.joined(separator: ", ")))"
    }
}
