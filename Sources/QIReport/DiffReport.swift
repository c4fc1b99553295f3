import QIDomain

/// The output formats of `qid diff`.
public enum DiffFormat: String, CaseIterable, Sendable {
    /// Plain lines for a terminal.
    case text
    /// Markdown for a pull request comment or a workflow's job summary.
    case markdown
    /// One JSON document (shape in the README).
    case json
}

/// Renders a `DirectoryDiff` in each of `qid diff`'s formats: the only place that decides how it looks.
public enum DiffReport {
    public static func render(_ diff: DirectoryDiff, format: DiffFormat) -> String {
        switch format {
        case .text: return text(diff)
        case .markdown: return DiffMarkdown.document(diff)
        case .json: return DiffJSON.document(diff) + "\n"
        }
    }

    /// "1 provider changes, 1 added, 0 removed; 2 diagnostics introduced, 1 fixed".
    static func counts(_ diff: DirectoryDiff) -> String {
        let changes = diff.changed.count == 1 ? "changes" : "change"
        return "\(Grammar.count(diff.changed.count, "provider")) \(changes), \(Grammar.number(diff.added.count)) added, "
            + "\(Grammar.number(diff.removed.count)) removed; \(Grammar.count(diff.introduced.count, "diagnostic")) introduced, "
            + "\(Grammar.number(diff.fixed.count)) fixed"
    }

    /// "Nothing changes: the same providers, lights, records and diagnostics in both.".
    static let nothingChanges =
        "Nothing changes: every provider's light, since date, guidance, review, CQC rating and work list, and every diagnostic, are the same in both."

    /// The detail lines of a changed provider, as (label, words) pairs, in `ProviderChange.Field` order.
    ///
    /// The light is the headline, so it has no line of its own.
    static func details(_ change: ProviderChange) -> [(label: String, before: String?, after: String)] {
        var lines: [(String, String?, String)] = []
        let before = change.before
        let after = change.after
        for field in change.fields {
            switch field {
            case .light: continue
            case .since: lines.append(("Since", before.sinceWords, after.sinceWords))
            case .guidance: lines.append(("Guidance", before.guidanceWords, after.guidanceWords))
            case .review: lines.append(("Review", before.reviewWords, after.reviewWords))
            case .cqc: lines.append(("CQC rating", before.cqcWords, after.cqcWords))
            case .due:
                lines += change.dueAdded.map { ("New on the work list", nil, $0.words) }
                lines += change.dueRemoved.map { ("Off the work list", nil, $0.words) }
            }
        }
        return lines
    }

    /// "Beech Lodge: Amber (the desktop review on 1 December 2026 rated it amber)".
    static func entry(_ snapshot: ProviderSnapshot) -> String {
        "\(snapshot.name): \(snapshot.lightWords)" + (snapshot.reasonClause.map { " (\($0))" } ?? "")
    }

    // MARK: Text

    private static func text(_ diff: DirectoryDiff) -> String {
        var lines = ["qid diff: \(OneLine.escaped(diff.base)) → \(OneLine.escaped(diff.head)), as of \(diff.asOf)"]
        guard !diff.isEmpty else { return (lines + [nothingChanges]).joined(separator: "\n") + "\n" }
        func section(_ title: String, _ count: Int, _ items: [String]) {
            guard count > 0 else { return }
            lines.append("")
            lines.append("\(title) (\(Grammar.number(count))):")
            lines += items
        }
        section(
            "Providers whose entry changes", diff.changed.count,
            diff.changed.flatMap { change in
                ["  " + OneLine.escaped(change.headline)]
                    + details(change).map { line in
                        let words = line.before.map { "\($0) → \(line.after)" } ?? line.after
                        return "    \(line.label): \(OneLine.escaped(words))"
                    }
            })
        section("Providers added", diff.added.count, diff.added.map { "  " + OneLine.escaped(entry($0)) })
        section("Providers removed", diff.removed.count, diff.removed.map { "  " + OneLine.escaped(entry($0)) })
        section("Diagnostics introduced", diff.introduced.count, diff.introduced.map { "  " + DiagnosticPrinter.text($0) })
        section("Diagnostics fixed", diff.fixed.count, diff.fixed.map { "  " + DiagnosticPrinter.text($0) })
        lines.append("")
        lines.append("qid diff: \(counts(diff))")
        return lines.joined(separator: "\n") + "\n"
    }
}
