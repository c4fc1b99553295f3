/// QI-F3: A key that the content format does not define (usually a typo): lists the allowed keys.
///
/// Declared here; reported by the loader (`RuleID.unknownKey`).
public struct UnknownKeyRule: FormatRule {
    public static let id: RuleID = "QI-F3"
    public static let summary = "Only the keys of the content format; an unknown key lists the allowed ones and the nearest."

    public init() {}
}
