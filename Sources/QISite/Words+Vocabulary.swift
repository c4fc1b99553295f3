import QIDomain

// The content format's fixed words as pages say them: one exhaustive switch each, so a new case cannot reach a page
// as its raw value.

extension Words {
    /// "Suspended" or "Closed" beside a provider's name; nil for an active provider.
    static func status(_ status: ProviderStatus) -> String? {
        switch status {
        case .active: nil
        case .suspended: "Suspended"
        case .closed: "Closed"
        }
    }

    /// An action's status: "Open", "Done", "Dropped".
    static func status(_ status: ActionStatus) -> String {
        switch status {
        case .open: "Open"
        case .done: "Done"
        case .dropped: "Dropped"
        }
    }

    /// A concern's risk: "Low", "Medium", "High".
    static func risk(_ risk: ConcernRisk) -> String {
        switch risk {
        case .low: "Low"
        case .medium: "Medium"
        case .high: "High"
        }
    }

    /// "Gold tier".
    static func tier(_ tier: ContractTier) -> String {
        switch tier {
        case .platinum: "Platinum tier"
        case .gold: "Gold tier"
        case .silver: "Silver tier"
        case .bronze: "Bronze tier"
        case .spot: "Spot tier"
        case .none: "None tier"
        }
    }

    /// "High criticality".
    static func criticality(_ criticality: Criticality) -> String {
        switch criticality {
        case .high: "High criticality"
        case .medium: "Medium criticality"
        case .low: "Low criticality"
        }
    }

    /// How a concern process closed, in running text: "stepped down".
    static func outcome(_ outcome: ClosingOutcome) -> String {
        switch outcome {
        case .resolved: "resolved"
        case .steppedDown: "stepped down"
        case .contractEnded: "contract ended"
        case .notRequired: "not required"
        }
    }
}
