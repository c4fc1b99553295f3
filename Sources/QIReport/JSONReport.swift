import QIDomain

/// `qid check --format json`: one document, keys in a fixed order, documented in the README.
///
/// ```json
/// {"version": 1, "asOf": "2026-11-23",
///  "summary": {"errors": 0, "warnings": 2, "filesRead": 134, "providers": 31},
///  "diagnostics": [{"file": …, "line": 18, "column": 10, "severity": "error", "rule": "QI-R1",
///                   "message": …, "fix": …}],
///  "providers": [{"id": …, "light": "red", "word": "Red", "since": "2026-03-03", "explanation": …,
///                 "guidance": …, "due": [{"kind": "action-overdue", "rule": "QI-C6", "due": …,
///                 "officer": …, "description": …}]}]}
/// ```
public enum JSONReport {
    public static func document(_ diagnostics: [Diagnostic], summary: ReportSummary, states: [ProviderState]) -> String {
        var out = "{\n  \"version\": 1,\n  \"asOf\": \(quote(summary.asOf.description)),\n"
        out +=
            "  \"summary\": {\"errors\": \(summary.errors), \"warnings\": \(summary.warnings), \"filesRead\": \(summary.filesRead), \"providers\": \(summary.providers)},\n"
        out += "  \"diagnostics\": ["
        out += diagnostics.sortedForOutput().map { diagnostic in
            let location = diagnostic.location
            return "\n    {\"file\": \(quote(location.file)), \"line\": \(location.line), \"column\": \(location.column), "
                + "\"severity\": \(quote(diagnostic.severity.rawValue)), \"rule\": \(quote(diagnostic.rule.rawValue)), "
                + "\"message\": \(quote(diagnostic.message)), \"fix\": \(quote(diagnostic.fix))}"
        }.joined(separator: ",")
        out += diagnostics.isEmpty ? "],\n" : "\n  ],\n"
        out += "  \"providers\": ["
        out += states.map(provider).joined(separator: ",")
        out += states.isEmpty ? "]\n}" : "\n  ]\n}"
        return out
    }

    /// One provider.
    ///
    /// A provider with errors in its own files gets no light, nor anything worked out from it: the light, word, since,
    /// explanation, guidance, review, notice and pending lift are null, and `blockedBy` counts the errors.
    private static func provider(_ state: ProviderState) -> String {
        let due = state.dueItems.map { item in
            "{\"kind\": \(quote(item.kind.rawValue)), \"rule\": \(quote(item.rule.rawValue)), \"due\": \(optional(item.due?.description)), "
                + "\"overdue\": \(item.isOverdue), \"officer\": \(optional(item.officer)), \"description\": \(quote(item.description))}"
        }
        let blocked = state.errorCount > 0
        func shown(_ text: String?) -> String { blocked ? "null" : optional(text) }
        let review =
            blocked
            ? "null"
            : "{\"status\": \(quote(state.review.key)), \"lastReviewed\": \(optional(state.review.lastReviewed?.description)), "
                + "\"dueBy\": \(optional(state.review.dueBy?.description))}"
        return "\n    {\"id\": \(quote(state.providerID)), \"light\": \(shown(state.light.key)), \"blockedBy\": \(state.errorCount), "
            + "\"word\": \(shown(state.light.word)), \"since\": \(shown(state.since?.description)), "
            + "\"explanation\": \(shown(state.explanation)), \"guidance\": \(shown(state.guidance)), "
            + "\"status\": \(quote(state.status.rawValue)), \"review\": \(review), \"notice\": \(shown(state.reviewNotice)), "
            + "\"pendingLift\": \(shown(state.pendingLiftNotice)), \"due\": [\(due.joined(separator: ", "))]}"
    }

    private static func optional(_ text: String?) -> String {
        text.map(quote) ?? "null"
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        JSONString.literal(text)
    }
}
