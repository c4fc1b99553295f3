/// Words fixed by the content format itself (version 1), whatever the council's policy.
/// Policy-defined words (lights, standards, services, roles, processes, triggers, outcomes) stay strings
/// and are checked against the policy by `UnknownReferenceRule`.

public enum ProviderStatus: String, CaseIterable, Sendable {
    case active, suspended, closed
}

public enum ContractTier: String, CaseIterable, Sendable {
    case platinum, gold, silver, bronze, spot, none
}

public enum Criticality: String, CaseIterable, Sendable {
    case high, medium, low
}

public enum RatingBasis: String, CaseIterable, Sendable {
    case selfAssessment = "self-assessment"
    case desktopReview = "desktop-review"
    case onSiteReview = "on-site-review"
    case pamms
    case contractMonitoring = "contract-monitoring"
    case concern
    case preServiceCheck = "pre-service-check"
}

public enum ActionStatus: String, CaseIterable, Sendable {
    case open, done, dropped
}

public enum ConcernStatus: String, CaseIterable, Sendable {
    case open, closed
}

public enum ConcernRisk: String, CaseIterable, Sendable {
    case low, medium, high
}

public enum ConcernSource: String, CaseIterable, Sendable {
    case safeguarding, lado, provider, reg44, qualityImprovement = "quality-improvement", operational, cqc, ofsted
    case isi, complaints, whistleblower, police, schools, statutoryReviews = "statutory-reviews", commissioning
    case tradingStandards = "trading-standards", other
}

public enum MeetingKind: String, CaseIterable, Sendable {
    case `internal`, provider, review
}

public enum ClosingOutcome: String, CaseIterable, Sendable {
    case resolved, steppedDown = "stepped-down", contractEnded = "contract-ended", notRequired = "not-required"
}
