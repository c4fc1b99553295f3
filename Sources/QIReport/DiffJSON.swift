import QIDomain

/// `qid diff --format json`: one document, keys always in this order (documented in the README).
///
/// ```json
/// {"version": 1, "asOf": "2026-11-23", "base": "main (1a2b3c4)", "head": "the working tree",
///  "summary": {"changed": 1, "added": 0, "removed": 0, "introduced": 0, "fixed": 0},
///  "changed": [{"id": …, "name": …, "fields": ["light", "since", "guidance"], "before": {…}, "after": {…},
///               "dueAdded": […], "dueRemoved": […]}],
///  "added": [{"id": …, "name": …, "state": {…}}], "removed": […], "introduced": […], "fixed": […]}
/// ```
public enum DiffJSON {
    public static func document(_ diff: DirectoryDiff) -> String {
        var out = "{\n  \"version\": 1,\n  \"asOf\": \(quote(diff.asOf.description)),\n"
        out += "  \"base\": \(quote(diff.base)),\n  \"head\": \(quote(diff.head)),\n"
        out += "  \"summary\": {\"changed\": \(diff.changed.count), \"added\": \(diff.added.count), \"removed\": \(diff.removed.count), "
        out += "\"introduced\": \(diff.introduced.count), \"fixed\": \(diff.fixed.count)},\n"
        out += "  \"changed\": " + list(diff.changed.map(changed)) + ",\n"
        out += "  \"added\": " + list(diff.added.map(provider)) + ",\n"
        out += "  \"removed\": " + list(diff.removed.map(provider)) + ",\n"
        out += "  \"introduced\": " + list(diff.introduced.map(diagnostic)) + ",\n"
        out += "  \"fixed\": " + list(diff.fixed.map(diagnostic)) + "\n}"
        return out
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[\n    " + items.joined(separator: ",\n    ") + "\n  ]"
    }

    private static func changed(_ change: ProviderChange) -> String {
        "{\"id\": \(quote(change.after.id)), \"name\": \(quote(change.after.name)), "
            + "\"fields\": [\(change.fields.map { quote($0.rawValue) }.joined(separator: ", "))], "
            + "\"before\": \(state(change.before)), \"after\": \(state(change.after)), "
            + "\"dueAdded\": [\(change.dueAdded.map(due).joined(separator: ", "))], "
            + "\"dueRemoved\": [\(change.dueRemoved.map(due).joined(separator: ", "))]}"
    }

    private static func provider(_ snapshot: ProviderSnapshot) -> String {
        "{\"id\": \(quote(snapshot.id)), \"name\": \(quote(snapshot.name)), \"state\": \(state(snapshot))}"
    }

    /// What the directory shows for a provider on one side; null where `qid check --format json` has null.
    private static func state(_ snapshot: ProviderSnapshot) -> String {
        let review = snapshot.review.map { review in
            "{\"status\": \(quote(review.key)), \"lastReviewed\": \(optional(review.lastReviewed?.description)), "
                + "\"dueBy\": \(optional(review.dueBy?.description))}"
        }
        let cqc = snapshot.cqc.map { cqc in
            "{\"rating\": \(quote(cqc.rating.rawValue)), \"word\": \(quote(cqc.rating.word)), \"date\": \(optional(cqc.date?.description))}"
        }
        return "{\"light\": \(optional(snapshot.light)), \"blockedBy\": \(snapshot.blockedBy), \"word\": \(optional(snapshot.word)), "
            + "\"reason\": \(optional(snapshot.reason)), \"since\": \(optional(snapshot.since?.description)), "
            + "\"guidance\": \(optional(snapshot.guidance)), \"review\": \(review ?? "null"), \"cqc\": \(cqc ?? "null"), "
            + "\"due\": [\(snapshot.due.map(due).joined(separator: ", "))]}"
    }

    private static func due(_ item: DueItem) -> String {
        "{\"kind\": \(quote(item.kind.rawValue)), \"rule\": \(quote(item.rule.rawValue)), \"due\": \(optional(item.due?.description)), "
            + "\"overdue\": \(item.isOverdue), \"officer\": \(optional(item.officer)), \"description\": \(quote(item.description))}"
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.location
        return "{\"file\": \(quote(location.file)), \"line\": \(location.line), \"column\": \(location.column), "
            + "\"severity\": \(quote(diagnostic.severity.rawValue)), \"rule\": \(quote(diagnostic.rule.rawValue)), "
            + "\"message\": \(quote(diagnostic.message)), \"fix\": \(quote(diagnostic.fix))}"
    }

    private static func optional(_ text: String?) -> String {
        text.map(quote) ?? "null"
    }

    private static func quote(_ text: String) -> String {
        JSONString.literal(text)
    }
}
