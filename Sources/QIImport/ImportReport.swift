/// What an import did (or, with `--dry-run`, would do): counts, skips with their reasons and values, warnings.
public struct ImportReport: Sendable, Equatable {
    public var inputs: [String] = []
    public var recordsRead = 0
    public var locations = 0
    public var dataDate = ""
    public var created: [String] = []
    public var updated: [String] = []
    public var unchanged = 0
    /// Providers in the directory whose CQC registration is now cancelled (their cqc.yaml says so).
    public var deregistered: [String] = []
    /// Reason → value → how many locations.
    public var skipped: [SkipReason: [String: Int]] = [:]
    /// Where CQC now differs from an officer's provider.yaml (never edited by the importer).
    public var warnings: [String] = []
    public var dryRun = false

    public init() {}

    mutating func skip(_ reason: SkipReason, _ values: [String]) {
        var counts = skipped[reason] ?? [:]
        for value in values.isEmpty ? [""] : values { counts[value, default: 0] += 1 }
        skipped[reason] = counts
    }

    /// Locations skipped for a reason (a location with two unmapped service types counts once).
    public var skippedCount: Int { skippedLocations.values.reduce(0, +) }
    var skippedLocations: [SkipReason: Int] = [:]

    /// The summary `qid import cqc` prints: sorted, the same for the same inputs.
    public var text: String {
        var lines = inputs.map { "read \($0)" }
        let verb = dryRun ? "would import" : "imported"
        lines.append(
            "qid import cqc: \(verb) \(locations) CQC locations (\(recordsRead) records, data as of \(dataDate)): "
                + "\(created.count) new, \(updated.count) updated, \(unchanged) unchanged, \(deregistered.count) deregistered, "
                + "\(skippedCount) skipped\(dryRun ? " (dry run: nothing written)" : "")")
        for id in created { lines.append("  new: providers/\(id)/") }
        for id in updated { lines.append("  updated: providers/\(id)/cqc.yaml") }
        for id in deregistered { lines.append("  deregistered by CQC: providers/\(id)/ (QI-Q3 warns while it is active)") }
        for reason in SkipReason.allCases {
            guard let values = skipped[reason], let count = skippedLocations[reason] else { continue }
            let listed = values.filter { !$0.key.isEmpty }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) ×\($0.value)" }
            lines.append("  skipped \(count): \(reason.rawValue)\(listed.isEmpty ? "" : ": " + listed.joined(separator: ", "))")
        }
        for warning in warnings { lines.append("  warning: \(warning)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
