/// QI-F13: every locality a provider covers (`covers:` in provider.yaml) is one of directory.yaml's localities,
/// listed once, and not the provider's own locality.
///
/// Services delivered in people's homes (home care, supported living …) reach beyond the locality of their office;
/// the directory's locality lists and filters count a provider in every locality it covers, so a misspelt one would
/// silently hide it from that locality's brokerage team. Checked in the evaluate step, beside QI-F9.
public struct CoveredLocalityRule: FormatRule, RuleCheck {
    public static let id: RuleID = "QI-F13"
    public static let summary =
        "Every locality in a provider's covers: is one of directory.yaml's localities, listed once and not the provider's own."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let localities = context.content.settings.localities.map(\.value)
        let listed = Set(localities)
        for provider in context.content.providers {
            var seen: [String: Located<String>] = [:]
            for covered in provider.covers {
                if let first = seen[covered.value] {
                    diagnostics.append(Self.twice(covered, firstLine: first.location.line))
                    continue
                }
                seen[covered.value] = covered
                // No localities listed is directory.yaml's own error (they are required), not one per provider.
                if !listed.isEmpty, !listed.contains(covered.value) {
                    diagnostics.append(Self.unknown(covered, allowed: localities))
                } else if covered.value == provider.locality?.value {
                    diagnostics.append(Self.ownLocality(covered))
                }
            }
        }
    }
}

// MARK: Messages

extension CoveredLocalityRule {
    /// "covers 'Oxfrod', which is not a locality of directory.yaml (did you mean 'Oxford'?)".
    static func unknown(_ value: Located<String>, allowed: [String]) -> Diagnostic {
        let nearest = Closest.word(to: value.value, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
        let list =
            !allowed.isEmpty && allowed.count <= 25 ? "use one of: \(allowed.joined(separator: ", "))" : "use a locality of directory.yaml"
        return .error(
            id, at: value.location, "covers '\(value.value)', which is not a locality of directory.yaml\(nearest)",
            fix: list + "; or add it to localities in directory.yaml")
    }

    static func twice(_ value: Located<String>, firstLine: Int) -> Diagnostic {
        .error(
            id, at: value.location, "covers '\(value.value)' twice (first at line \(firstLine))",
            fix: "list each locality the provider covers once")
    }

    static func ownLocality(_ value: Located<String>) -> Diagnostic {
        .warning(
            id, at: value.location, "covers '\(value.value)', which is already the provider's own locality",
            fix: "remove it from covers: (a provider is always listed in its own locality)")
    }
}
