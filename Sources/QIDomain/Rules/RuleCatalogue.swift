/// Every rule id with its one-line summary: the README's rule catalogue is printed from this (`qid rules`).
public enum RuleCatalogue {
    /// Every rule's declaration: the quality rules, then the rules the loader enforces, each in registry order.
    public static var declarations: [any RuleDeclaration] {
        QualityRules.all.map { $0 as any RuleDeclaration } + FormatRules.all.map { $0 as any RuleDeclaration }
    }

    /// A Markdown table of every rule, quality rules first, for the README.
    public static var markdownTable: String {
        var lines = ["| rule | what it checks |", "|---|---|"]
        for rule in declarations {
            lines.append("| \(rule.id) | \(rule.summary) |")
        }
        return lines.joined(separator: "\n")
    }
}
