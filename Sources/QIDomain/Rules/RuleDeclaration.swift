/// A rule the catalogue lists: one id and one line, declared by one type in one file under `Rules/`.
///
/// Quality rules (`QualityRule`) are checked by the evaluate step; format rules (`FormatRule`) are enforced by
/// the loader as it reads. Both are listed by `RuleCatalogue` from these declarations.
public protocol RuleDeclaration: Sendable {
    /// The id diagnostics cite (`QI-C4`); name it as `ClosureRule.id`, never as a string.
    static var id: RuleID { get }
    /// One line for the README's rule catalogue (`qid rules`).
    static var summary: String { get }
}

extension RuleDeclaration {
    /// The declaring type's `id`, for a value of an existential type.
    public var id: RuleID { Self.id }
    /// The declaring type's `summary`, for a value of an existential type.
    public var summary: String { Self.summary }
}

/// A check the evaluate step runs over the whole directory on the as-of date.
public protocol RuleCheck: Sendable {
    /// Appends what it finds; the printers sort.
    func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic])
}

/// A rule of the council's quality framework (QI-R, QI-C, QI-A, QI-V): declared and checked in one type.
///
/// A rule reads everything council-specific (lights, standards, roles, deadlines) from `context.policy`, and
/// reports only its own `id`.
public protocol QualityRule: RuleDeclaration, RuleCheck {}

/// A content-format rule (QI-F*, and QI-P1): declared here, enforced by the loader as it reads the files (`QILoader`,
/// through `RuleID.badValue` and its siblings).
///
/// QI-F9 and QI-F4 are checked against the policy by `UnknownReferenceRule` too.
public protocol FormatRule: RuleDeclaration {}
