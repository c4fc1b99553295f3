/// QI-F2: A value has the wrong type: text where a list is expected, a mapping where text is expected, and so on.
///
/// Declared here; reported by the loader (`RuleID.wrongType`).
public struct WrongTypeRule: FormatRule {
    public static let id: RuleID = "QI-F2"
    public static let summary = "Each value has its type: text, a list, a mapping, a whole number, true/false."

    public init() {}
}
