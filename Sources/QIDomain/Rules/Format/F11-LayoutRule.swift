/// QI-F11: A file or folder that is not part of the content format, or a required file that is missing.
///
/// Declared here; reported by the loader (`RuleID.layout`).
public struct LayoutRule: FormatRule {
    public static let id: RuleID = "QI-F11"
    public static let summary =
        "Only the files and folders of the content format; directory.yaml, officers.yaml and each "
        + "provider.yaml exist."

    public init() {}
}
