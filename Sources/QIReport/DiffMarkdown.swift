import QIDomain

/// `qid diff --format markdown`: a pull request comment or a job summary (GitHub-flavoured Markdown).
///
/// Every piece of content text (names, reasons, paths, messages) is escaped, so a provider called `A | B *C*`
/// cannot break the table or the list it is in, start a heading, link, mention or raw HTML. The document stays under
/// GitHub's limit for a comment (65,536 characters): past `budget`, a section says how many more there are.
public enum DiffMarkdown {
    /// Characters of the document before the lists are cut short.
    public static let defaultBudget = 60_000

    public static func document(_ diff: DirectoryDiff, budget: Int = defaultBudget) -> String {
        var out = "## What this change does to the directory\n\n"
        out += "Comparing **\(escape(diff.base))** with **\(escape(diff.head))**, as of \(diff.asOf.longDescription).\n\n"
        guard !diff.isEmpty else { return out + escape(DiffReport.nothingChanges) + "\n" }
        out += escape(DiffReport.counts(diff)) + ".\n"
        var writer = Writer(out: out, budget: budget)
        writer.section("Providers whose entry changes", diff.changed.map(changed))
        writer.section("Providers added", diff.added.map { "- " + entry($0) + "\n" })
        writer.section("Providers removed", diff.removed.map { "- " + entry($0) + "\n" })
        writer.table("Diagnostics introduced", diff.introduced.map(row))
        writer.table("Diagnostics fixed", diff.fixed.map(row))
        return writer.out
    }

    /// Appends sections while they fit in the budget.
    private struct Writer {
        var out: String
        let budget: Int

        mutating func section(_ title: String, _ items: [String]) {
            guard !items.isEmpty else { return }
            out += "\n### \(title) (\(Grammar.number(items.count)))\n\n"
            append(items)
        }

        mutating func table(_ title: String, _ rows: [String]) {
            guard !rows.isEmpty else { return }
            out += "\n### \(title) (\(Grammar.number(rows.count)))\n\n"
            out += "| File | Line | Severity | Rule | Problem and what to do |\n|---|---|---|---|---|\n"
            append(rows)
        }

        private mutating func append(_ items: [String]) {
            for (index, item) in items.enumerated() {
                guard out.utf8.count + item.utf8.count <= budget else {
                    let more = items.count - index
                    out += "\n\(Grammar.count(more, "more", plural: "more")) not shown here: run `qid diff` for the full list.\n"
                    return
                }
                out += item
            }
        }
    }

    private static func changed(_ change: ProviderChange) -> String {
        let after = change.after
        var item: String
        if change.fields.contains(.light) {
            item = "- **\(escape(after.name))**: \(escape(change.before.lightWords)) → **\(escape(after.lightWords))**"
            item += after.reasonClause.map { " (\(escape($0)))" } ?? ""
        } else {
            item = "- **\(escape(after.name))**: \(escape(after.lightWords)), unchanged"
        }
        item += "\n"
        for line in DiffReport.details(change) {
            let words = line.before.map { "\(escape($0)) → \(escape(line.after))" } ?? escape(line.after)
            item += "  - \(line.label): \(words)\n"
        }
        return item
    }

    private static func entry(_ snapshot: ProviderSnapshot) -> String {
        "**\(escape(snapshot.name))**: \(escape(snapshot.lightWords))" + (snapshot.reasonClause.map { " (\(escape($0)))" } ?? "")
    }

    private static func row(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        let cells = [
            escape(location.file), "\(location.line):\(location.column)", diagnostic.severity.rawValue, escape(diagnostic.rule.rawValue),
            escape("\(diagnostic.message); \(diagnostic.fix)"),
        ]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// Content text as literal Markdown on one line: each ASCII punctuation character that Markdown, GitHub or a
    /// table gives a meaning (`\ ` * _ [ ] ( ) < > | # ! ~ & @ : + - .`…) is escaped with a backslash, and line
    /// breaks and other control characters become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "(", ")", "{", "}", "<", ">", "|", "#", "!", "~", "&", "@", "+", "-", "=", "\"", "'",
                ":", "$", "^":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case _ where OneLine.needsEscape(scalar) && scalar != "\\":
                out += " "
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
