/// The registry: every quality rule, in the order the catalogue lists them.
public enum QualityRules {
    public static let all: [any QualityRule] = [
        CriticalStandardRule(),
        LimitedOverallRule(),
        BestOverallRule(),
        OverallJudgementRule(),
        ConcernFloorRule(),
        TriggerProcessRule(),
        MeetingDeadlineRule(),
        ClosureRule(),
        ChairRule(),
        ActionDueRule(),
        OfficerAssignedRule(),
        LiftWorstLightRule(),
        LiftOtherLightRule(),
        ApproverRule(),
        EscalationRule(),
        ReviewLevelRule(),
        ActionPlanRule(),
        ReviewCadenceRule(),
        PreServiceCheckRule(),
        CQCRatingConcernRule(),
        CQCReportAfterReviewRule(),
        CQCRegistrationRule(),
        CQCDataAgeRule(),
    ]

    /// What the evaluate step runs: the names checked against the policy (QI-F9, QI-F4), then every quality rule.
    public static let checks: [any RuleCheck] = [UnknownReferenceRule(), CoveredLocalityRule()] + all
}

/// Every rule the loader enforces, in the order the catalogue lists them (after the quality rules).
public enum FormatRules {
    public static let all: [any FormatRule] = [
        YAMLSyntaxRule(),
        WrongTypeRule(),
        UnknownKeyRule(),
        MissingKeyRule(),
        DuplicateRule(),
        BadIDRule(),
        BadValueRule(),
        FileNameRule(),
        UnknownReferenceRule(),
        UnsafeInputRule(),
        LayoutRule(),
        BrokenLinkRule(),
        CoveredLocalityRule(),
        PersonalDataRule(),
    ]
}
