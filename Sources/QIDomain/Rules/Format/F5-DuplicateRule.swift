/// QI-F5: The same key twice in one mapping, or the same id twice.
///
/// Declared here; reported by the loader (`RuleID.duplicate`).
public struct DuplicateRule: FormatRule {
    public static let id: RuleID = "QI-F5"
    public static let summary = "No key twice in one mapping; no officer, locality, standard or action id twice."

    public init() {}
}
