import QISite

/// What `qid build` says when the output scan finds an NHS number: each output file and the record it came from.
enum PublishRefusal {
    static func message(_ findings: [OutputScan.Finding]) -> String {
        let lines = findings.map { finding in
            "  \(finding.path): an NHS-number-shaped value (10 digits passing the modulus 11 check) [QI-P1], from "
                + source(of: finding, among: findings)
        }
        return "the public edition would publish what looks like an NHS number; nothing was published\n" + lines.joined(separator: "\n")
            + "\n  fix: remove it from the record named (it only appears once rendered: look for digits split by markup, or a theme joining fields)"
    }

    /// The content record behind an output file: a provider's or a page's own file, else the provider page where
    /// the same number appears, else the settings or the theme.
    static func source(of finding: OutputScan.Finding, among findings: [OutputScan.Finding]) -> String {
        let parts = finding.path.split(separator: "/")
        if parts.count >= 2, parts[0] == "providers" { return "providers/\(parts[1])/ (provider.yaml, ratings, concerns)" }
        if parts.count >= 2, parts[0] == "pages" { return "pages/\(parts[1]).md" }
        if let provider = findings.first(where: { $0.digits == finding.digits && $0.path.hasPrefix("providers/") }) {
            return source(of: provider, among: [])
        }
        return "directory.yaml or the theme's templates (no provider page shows it)"
    }
}
