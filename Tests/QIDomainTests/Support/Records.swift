import QIDomain
import QITestSupport
import Testing

/// Small YAML records for the rule tests, with a fixed line layout so that tests can assert exact positions.
///
/// The minimal fixture's provider is `acorn-house` (age-well, officer amira-khan, commissioned 2019-04-01) with
/// one green on-site rating, `ratings/2026-03-14.yaml`.
enum Records {
    static let provider = "providers/acorn-house"

    static func ratingPath(_ date: String) -> String { "\(provider)/ratings/\(date).yaml" }

    static func concernPath(_ raised: String, _ slug: String = "medication") -> String {
        "\(provider)/concerns/\(raised)-\(slug).yaml"
    }

    /// The ten standards in policy order (4–7 critical).
    static let standardKeys = [
        "leadership", "staffing", "skills", "personalisation", "care-planning", "health-safety", "safeguarding",
        "quality-assurance", "involvement", "partnership",
    ]

    /// A rating. Layout:
    ///
    ///     1  date: DATE                 (value at column 7)
    ///     2  basis: BASIS               (value at column 8)
    ///     3  officer: OFFICER           (a comment when officer is nil)
    ///     4  standards:
    ///     5–14 the ten standards, in policy order, each `  key: light` (default green)
    ///     15 overall: LIGHT             (value at column 10)
    ///     16 summary: …                 (a comment when summary is nil)
    ///     17… `extra`
    static func rating(
        _ date: String, overall: String = "green", basis: String = "on-site-review", officer: String? = "amira-khan",
        standards: [String: String] = [:], summary: String? = "Reviewed on site.", extra: String = ""
    ) -> String {
        var lines = ["date: \(date)", "basis: \(basis)", officer.map { "officer: \($0)" } ?? "# no officer", "standards:"]
        for key in standardKeys {
            lines.append("  \(key): \(standards[key] ?? "green")")
        }
        lines.append("overall: \(overall)")
        lines.append(summary.map { "summary: \($0)" } ?? "# no summary")
        return lines.joined(separator: "\n") + "\n" + extra
    }

    /// A concern process. Layout:
    ///
    ///     1 raised: DATE                (value at column 9)
    ///     2 title: …
    ///     3 triggers: [T, …]            (first trigger at column 12)
    ///     4 process: PROCESS            (value at column 10)
    ///     5 chair: OFFICER              (a comment when chair is nil; value at column 8)
    ///     6 lead: amira-khan
    ///     7 status: STATUS              (value at column 9)
    ///     8 meetings: [{date: D, kind: K}, …]   (the first meeting's date at column 19)
    ///     9… `extra`
    static func concern(
        raised: String, process: String = "serious-concerns", triggers: [String] = ["medication-errors-harm"],
        chair: String? = "dana-frost", status: String = "open", meetings: [(date: String, kind: String)] = [],
        extra: String = ""
    ) -> String {
        let meetingList = meetings.map { "{date: \($0.date), kind: \($0.kind)}" }.joined(separator: ", ")
        let lines = [
            "raised: \(raised)",
            "title: Medication errors on one unit",
            "triggers: [\(triggers.joined(separator: ", "))]",
            "process: \(process)",
            chair.map { "chair: \($0)" } ?? "# no chair",
            "lead: amira-khan",
            "status: \(status)",
            "meetings: [\(meetingList)]",
        ]
        return lines.joined(separator: "\n") + "\n" + extra
    }
}

extension FixtureTree {
    /// The minimal tree with the 2026-03-14 rating replaced by `rating` (same date) or removed (nil).
    static func minimal(replacingRatingWith rating: String?) throws -> FixtureTree {
        let tree = try FixtureTree.minimal()
        if let rating {
            try tree.writing(Records.ratingPath("2026-03-14"), rating)
        } else {
            try tree.removing(Records.ratingPath("2026-03-14"))
        }
        return tree
    }

    /// The diagnostics of one rule on `asOf`, as "file:line:col severity rule" relative to the tree.
    func summaries(of rule: String, asOf: String = "2026-06-01") throws -> [String] {
        try check(asOf: asOf).with(rule: rule).summaries(relativeTo: path)
    }

    /// The messages of one rule's diagnostics on `asOf`.
    func messages(of rule: String, asOf: String = "2026-06-01") throws -> [String] {
        try check(asOf: asOf).with(rule: rule).map(\.message)
    }
}
