/// QI-F6: An id (provider folder, officer, concern slug, action) that is not lower-case words joined by `-`.
///
/// Declared here; reported by the loader (`RuleID.badID`).
public struct BadIDRule: FormatRule {
    public static let id: RuleID = "QI-F6"
    public static let summary = "Ids (provider folders, officers, pages) are lower-case words joined by '-'."

    public init() {}
}
