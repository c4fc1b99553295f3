import QIDomain

/// Collects the diagnostics of one load; each file's decoder reports into it.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(_ rule: RuleID, _ location: SourceLocation, _ message: String, fix: String) {
        diagnostics.append(.error(rule, at: location, message, fix: fix))
    }

    func warning(_ rule: RuleID, _ location: SourceLocation, _ message: String, fix: String) {
        diagnostics.append(.warning(rule, at: location, message, fix: fix))
    }

    func append(contentsOf other: [Diagnostic]) {
        diagnostics.append(contentsOf: other)
    }
}
