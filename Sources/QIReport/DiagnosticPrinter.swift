import QIDomain

/// The output formats of `qid check`.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// `file:line:col: error: message; fix [QI-R1]`, as compilers print.
    case text
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`), shown as annotations on the changed lines.
    case github
    /// One JSON document (shape in the README).
    case json
}

/// Counts for the closing summary line.
public struct ReportSummary: Sendable {
    public var errors: Int
    public var warnings: Int
    public var filesRead: Int
    public var providers: Int
    public var asOf: Day

    public init(errors: Int, warnings: Int, filesRead: Int, providers: Int, asOf: Day) {
        self.errors = errors
        self.warnings = warnings
        self.filesRead = filesRead
        self.providers = providers
        self.asOf = asOf
    }

    /// "qid check: 2 errors, 1 warning in 134 files (31 providers, as of 2026-11-23)".
    public var line: String {
        "qid check: \(Grammar.count(errors, "error")), \(Grammar.count(warnings, "warning")) in \(Grammar.count(filesRead, "file")) "
            + "(\(Grammar.count(providers, "provider")), as of \(asOf))"
    }
}

/// Renders sorted diagnostics in each format.
///
/// The only place that decides how a diagnostic looks.
public enum DiagnosticPrinter {
    /// `path:line:col: severity: message; fix [RULE]` on one line: control characters in the path, message and
    /// fix are escaped (`OneLine`).
    public static func text(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        let path = OneLine.escaped(location.file)
        return "\(path):\(location.line):\(location.column): \(diagnostic.severity.rawValue): \(sentence(diagnostic))"
    }

    /// A workflow command on one line.
    ///
    /// The `file` property keeps the real path (GitHub decodes its `%0A`) so the annotation lands on the file; the text
    /// shown is escaped as in `text`.
    public static func github(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        let properties =
            "file=\(escapeProperty(location.file)),line=\(location.line),col=\(location.column),title=\(escapeProperty(diagnostic.rule.rawValue))"
        return "::\(diagnostic.severity.rawValue) \(properties)::\(escapeData(sentence(diagnostic)))"
    }

    /// "message; fix [RULE]", escaped onto one line.
    private static func sentence(_ diagnostic: Diagnostic) -> String {
        "\(OneLine.escaped(diagnostic.message)); \(OneLine.escaped(diagnostic.fix)) [\(diagnostic.rule)]"
    }

    /// The whole report: text or GitHub lines (sorted) ending with the summary line, or the JSON document.
    public static func report(_ diagnostics: [Diagnostic], format: ReportFormat, summary: ReportSummary, states: [ProviderState]) -> String
    {
        let sorted = diagnostics.sortedForOutput()
        switch format {
        case .text: return (sorted.map(text) + [summary.line]).joined(separator: "\n") + "\n"
        case .github: return (sorted.map(github) + [summary.line]).joined(separator: "\n") + "\n"
        case .json: return JSONReport.document(sorted, summary: summary, states: states) + "\n"
        }
    }

    private static func escapeData(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A"])
    }

    private static func escapeProperty(_ text: String) -> String {
        text.replacingAll(["%": "%25", "\r": "%0D", "\n": "%0A", ":": "%3A", ",": "%2C"])
    }
}

extension String {
    /// Replaces characters one pass at a time, so a replacement is never replaced again.
    func replacingAll(_ replacements: [Character: String]) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if let replacement = replacements[character] {
                result += replacement
            } else {
                result.append(character)
            }
        }
        return result
    }
}
