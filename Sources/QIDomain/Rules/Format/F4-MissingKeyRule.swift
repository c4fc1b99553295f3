/// QI-F4: A required key is missing or empty (and, from `UnknownReferenceRule`, a standard of the policy left unrated).
///
/// Declared here; reported by the loader (`RuleID.missingKey`) and, against the policy, by `UnknownReferenceRule`.
public struct MissingKeyRule: FormatRule {
    public static let id: RuleID = "QI-F4"
    public static let summary = "Required keys are present and not empty; every standard is rated."

    public init() {}
}

// MARK: Messages

extension MissingKeyRule {
    /// "standard 6 'health-safety' (Health and safety) is not rated" (from `UnknownReferenceRule`'s check).
    static func standardNotRated(_ standard: PolicyStandard, at location: SourceLocation) -> Diagnostic {
        .error(
            id, at: location, "standard \(standard.number) '\(standard.key)' (\(standard.title)) is not rated",
            fix: "add '\(standard.key): LIGHT' (or not-assessed) under standards")
    }
}
