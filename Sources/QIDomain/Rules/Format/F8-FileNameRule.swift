/// QI-F8: A file name that disagrees with the `date` or `raised` inside it.
///
/// Declared here; reported by the loader (`RuleID.fileNameMismatch`).
public struct FileNameRule: FormatRule {
    public static let id: RuleID = "QI-F8"
    public static let summary = "ratings/DATE.yaml matches its date; concerns/DATE-SLUG.yaml matches its raised date."

    public init() {}
}
