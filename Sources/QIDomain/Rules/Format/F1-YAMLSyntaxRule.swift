/// QI-F1: The file is not well-formed YAML (libyaml's problem and position), or holds more than one document.
///
/// Declared here; reported by the loader (`RuleID.yamlSyntax`).
public struct YAMLSyntaxRule: FormatRule {
    public static let id: RuleID = "QI-F1"
    public static let summary = "The file is well-formed YAML with one document (libyaml's problem and position otherwise)."

    public init() {}
}
