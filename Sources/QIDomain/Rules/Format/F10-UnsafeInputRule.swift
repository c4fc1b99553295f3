/// QI-F10: Hostile or unreadable input: too large, too deep, too many aliases, invalid UTF-8, binary, a link out.
///
/// Declared here; reported by the loader (`RuleID.unsafeInput`).
public struct UnsafeInputRule: FormatRule {
    public static let id: RuleID = "QI-F10"
    public static let summary =
        "No file over 1 MB, nesting over 64, aliases expanding past 100,000 values, invalid UTF-8, "
        + "binary data, links out of the folder or special files."

    public init() {}
}
