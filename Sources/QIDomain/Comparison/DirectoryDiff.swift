/// What changes in the directory between two evaluated states of its content (`qid diff`): whose light, since
/// date, guidance, review, CQC rating or work list changes, which providers are added or removed, and which
/// diagnostics a change introduces or fixes.
///
/// Both sides must have been evaluated on the same as-of date, by the same code as `qid check`. Pure: no I/O.
public struct DirectoryDiff: Sendable {
    /// What was compared, in words for the reports ("main (1a2b3c4)", "the working tree", a folder).
    public var base: String
    public var head: String
    public var asOf: Day
    /// Providers in both whose entry changes, by name then id.
    public var changed: [ProviderChange]
    /// Providers only in the head, by name then id.
    public var added: [ProviderSnapshot]
    /// Providers only in the base, by name then id.
    public var removed: [ProviderSnapshot]
    /// Diagnostics in the head and not the base, sorted by file, line and column (the head's positions).
    public var introduced: [Diagnostic]
    /// Diagnostics in the base and not the head, sorted by file, line and column (the base's positions).
    public var fixed: [Diagnostic]

    /// Nothing a reviewer would see changes.
    public var isEmpty: Bool {
        changed.isEmpty && added.isEmpty && removed.isEmpty && introduced.isEmpty && fixed.isEmpty
    }

    /// Compares two evaluated directories.
    ///
    /// Diagnostics are matched by rule, file and message (and severity), not by line or column, so moving lines
    /// about changes nothing; their files must be given relative to the same place on both sides.
    public static func compare(base: EvaluatedDirectory, head: EvaluatedDirectory, asOf: Day, labels: (base: String, head: String))
        -> DirectoryDiff
    {
        let before = base.snapshots
        let after = head.snapshots
        let beforeByID = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterIDs = Set(after.map(\.id))
        var changed: [ProviderChange] = []
        var added: [ProviderSnapshot] = []
        for snapshot in after {
            guard let old = beforeByID[snapshot.id] else {
                added.append(snapshot)
                continue
            }
            if let change = ProviderChange(before: old, after: snapshot) {
                changed.append(change)
            }
        }
        let removed = before.filter { !afterIDs.contains($0.id) }
        let diagnostics = DiagnosticChanges(base: base.diagnostics, head: head.diagnostics)
        return DirectoryDiff(
            base: labels.base, head: labels.head, asOf: asOf, changed: changed.sorted { byName($0.after, $1.after) },
            added: added.sorted(by: byName), removed: removed.sorted(by: byName), introduced: diagnostics.introduced,
            fixed: diagnostics.fixed)
    }

    private static func byName(_ lhs: ProviderSnapshot, _ rhs: ProviderSnapshot) -> Bool {
        let left = lhs.name.lowercased()
        let right = rhs.name.lowercased()
        return left != right ? left < right : lhs.id < rhs.id
    }
}

/// One side of a comparison: the records, each provider's state and every diagnostic, with diagnostic files
/// relative to the content folder (so two copies of the content in different places compare equal).
public struct EvaluatedDirectory: Sendable {
    public var providers: [Provider]
    public var states: [ProviderState]
    public var diagnostics: [Diagnostic]

    public init(providers: [Provider], states: [ProviderState], diagnostics: [Diagnostic]) {
        self.providers = providers
        self.states = states
        self.diagnostics = diagnostics
    }

    var snapshots: [ProviderSnapshot] {
        let providersByID = Dictionary(providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return states.map { ProviderSnapshot($0, provider: providersByID[$0.providerID]) }
    }
}

/// One provider whose entry in the directory changes.
public struct ProviderChange: Sendable {
    /// What can change, in the order reports list it.
    public enum Field: String, CaseIterable, Sendable {
        case light, since, guidance, review, cqc, due
    }

    public var before: ProviderSnapshot
    public var after: ProviderSnapshot
    /// The fields that differ, in `Field` order (never empty).
    public var fields: [Field]
    /// Work-list items in the head and not the base, in the head's order.
    public var dueAdded: [DueItem]
    /// Work-list items in the base and not the head, in the base's order.
    public var dueRemoved: [DueItem]

    /// nil when nothing a reviewer would see changes.
    init?(before: ProviderSnapshot, after: ProviderSnapshot) {
        let dueAdded = Self.subtract(after.due, before.due)
        let dueRemoved = Self.subtract(before.due, after.due)
        var fields: [Field] = []
        if before.light != after.light { fields.append(.light) }
        if before.since != after.since { fields.append(.since) }
        if before.guidance != after.guidance { fields.append(.guidance) }
        if before.review != after.review { fields.append(.review) }
        if before.cqc != after.cqc { fields.append(.cqc) }
        if !dueAdded.isEmpty || !dueRemoved.isEmpty { fields.append(.due) }
        guard !fields.isEmpty else { return nil }
        self.before = before
        self.after = after
        self.fields = fields
        self.dueAdded = dueAdded
        self.dueRemoved = dueRemoved
    }

    /// The items of `items` not matched in `other`, counting repeats (in `items`' order).
    private static func subtract(_ items: [DueItem], _ other: [DueItem]) -> [DueItem] {
        var remaining: [DueItem: Int] = [:]
        for item in other { remaining[item, default: 0] += 1 }
        var result: [DueItem] = []
        for item in items {
            if let count = remaining[item], count > 0 {
                remaining[item] = count - 1
            } else {
                result.append(item)
            }
        }
        return result
    }

    /// "Kidlington Community Carers: Green → Amber (the desktop review on 1 December 2026 rated it amber)", or
    /// "Acorn House: Green, unchanged" when something other than the light changes.
    public var headline: String {
        guard fields.contains(.light) else { return "\(after.name): \(after.lightWords), unchanged" }
        let reason = after.reasonClause.map { " (\($0))" } ?? ""
        return "\(after.name): \(before.lightWords) → \(after.lightWords)\(reason)"
    }
}

/// Diagnostics introduced and fixed between two sides, matched by severity, rule, file and message.
struct DiagnosticChanges {
    var introduced: [Diagnostic]
    var fixed: [Diagnostic]

    init(base: [Diagnostic], head: [Diagnostic]) {
        introduced = Self.unmatched(head, in: base)
        fixed = Self.unmatched(base, in: head)
    }

    private struct Key: Hashable {
        var severity: Diagnostic.Severity
        var rule: RuleID
        var file: String
        var message: String

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity
            rule = diagnostic.rule
            file = diagnostic.location.file
            message = diagnostic.message
        }
    }

    /// The diagnostics of `side` with no counterpart in `other`: when a key appears more often on one side, the
    /// extra ones are the last in file order.
    private static func unmatched(_ side: [Diagnostic], in other: [Diagnostic]) -> [Diagnostic] {
        var available: [Key: Int] = [:]
        for diagnostic in other { available[Key(diagnostic), default: 0] += 1 }
        var result: [Diagnostic] = []
        for diagnostic in side.sortedForOutput() {
            let key = Key(diagnostic)
            if let count = available[key], count > 0 {
                available[key] = count - 1
            } else {
                result.append(diagnostic)
            }
        }
        return result
    }
}
