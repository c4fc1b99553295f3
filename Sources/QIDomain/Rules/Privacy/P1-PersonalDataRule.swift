/// QI-P1: Personal data: an NHS-number-shaped value (10 digits passing the modulus 11 check).
///
/// Declared here; reported by the loader's NHS-number scan (`RuleID.personalData`) and by `qid build`'s scan of a public edition.
public struct PersonalDataRule: FormatRule {
    public static let id: RuleID = "QI-P1"
    public static let summary =
        "No NHS-number-shaped value (10 digits passing the modulus 11 check) anywhere, comments "
        + "included, in any spelling, nor in a public build's output."

    public init() {}
}
