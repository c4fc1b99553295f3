/// QI-F7: A date that is not `YYYY-MM-DD` or does not exist (2026-02-30), or a value outside its allowed list.
///
/// Declared here; reported by the loader (`RuleID.badValue`).
public struct BadValueRule: FormatRule {
    public static let id: RuleID = "QI-F7"
    public static let summary =
        "Dates are real YYYY-MM-DD dates; fixed words (status, basis, kind …) are from their list; "
        + "links, emails, phones and regulator ids have their plain shape."

    public init() {}
}
