/// The text of a rating file for policy tests, laid out so tests can name lines: 1 date, 2 basis, 3 officer,
/// 4 `standards:`, then one line per standard key in order, then overall, outcome (when given), summary,
/// approvals (each dated the rating's day) and the action (when given).
public enum RatingText {
    public static func make(
        date: String, officer: String, standards keys: [String], defaultLight: String, lights: [String: String] = [:],
        overall: String, outcome: String? = nil, approvals: [String] = [], action: String? = nil
    ) -> String {
        var text = "date: \(date)\nbasis: on-site-review\nofficer: \(officer)\nstandards:\n"
        for key in keys {
            text += "  \(key): \(lights[key] ?? defaultLight)\n"
        }
        text += "overall: \(overall)\n"
        if let outcome { text += "outcome: \(outcome)\n" }
        text += "summary: A rating written by a test.\n"
        if !approvals.isEmpty {
            text += "approvals:\n" + approvals.map { "  - {\($0), date: \(date)}\n" }.joined()
        }
        if let action {
            text += "actions:\n  - \(action)\n"
        }
        return text
    }
}
