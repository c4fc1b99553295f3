/// What every rule may read: the records, the policy, the date, working days and each provider's state.
public struct EvaluationContext: Sendable {
    public let content: DirectoryContent
    public let policy: Policy
    /// The policy's look-up tables, built once for every rule.
    public let index: PolicyIndex
    public let asOf: Day
    public let calendar: WorkingCalendar
    public let officers: [String: Officer]
    /// By provider id.
    public let states: [String: ProviderState]
    /// Each rating's standards read against the index once, by provider and rating position (QI-R1..R4, QI-F9).
    let ratedStandards: [[RatedStandards?]]
    /// How far ahead the work list looks, in days.
    public let dueWithinDays: Int

    public init(content: DirectoryContent, policy: Policy, asOf: Day, states: [String: ProviderState], dueWithinDays: Int? = nil) {
        self.content = content
        self.policy = policy
        self.index = PolicyIndex(policy)
        self.asOf = asOf
        self.dueWithinDays = dueWithinDays ?? policy.dueWithinDays
        self.calendar = WorkingCalendar(extraHolidays: Set(content.settings.extraHolidays.map(\.value)))
        var officers: [String: Officer] = [:]
        for officer in content.officers where officers[officer.id.value] == nil {
            officers[officer.id.value] = officer
        }
        self.officers = officers
        self.states = states
        self.ratedStandards = RatedStandards.read(content.providers, index)
    }

    public func officer(_ id: String?) -> Officer? {
        id.flatMap { officers[$0] }
    }

    /// "Dana Frost (dana-frost)" or the bare id.
    public func officerName(_ id: String) -> String {
        officers[id].map { "\($0.name) (\(id))" } ?? id
    }

    /// The officer who owns a provider's follow-up: the latest review's, else the provider's.
    public func owningOfficer(of provider: Provider) -> String? {
        states[provider.id]?.latestReview?.officer?.value ?? provider.officer?.value
    }
}
