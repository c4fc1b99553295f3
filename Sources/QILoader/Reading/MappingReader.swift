import QIDomain
import QIYAML

/// Reads one YAML mapping as a record, checking its keys against the record's declaration.
///
/// It reports unknown keys, duplicates and non-text keys, then hands out typed values, reporting every wrong type
/// or missing value at its position. Whether a key is required comes from the declaration (`ContentFormat`,
/// `PolicyFormat`).
struct MappingReader {
    let file: String
    /// What the mapping is, for messages: "provider.yaml", "an action", "an approval".
    let subject: String
    let mark: YAMLMark
    let declaration: RecordDeclaration
    private let sink: DiagnosticSink
    /// The allowed keys present, by their position in the declaration (nil where the file does not have one).
    private var entries: [YAMLMapping.Entry] = []
    /// For each declared key, the index in `entries` of the file's value for it, or -1: the values stay in the
    /// mapping, not copied out one by one.
    private var slots: [Int]

    /// A reader for `node`, or nil (with a diagnostic) when it is not a mapping; `subject` (default the
    /// declaration's) names it in messages.
    init?(_ node: YAMLNode, file: String, record declaration: RecordDeclaration, subject: String? = nil, sink: DiagnosticSink) {
        self.file = file
        self.subject = subject ?? declaration.subject
        self.mark = node.mark
        self.declaration = declaration
        self.sink = sink
        self.slots = Array(repeating: -1, count: declaration.fields.count)
        let subject = self.subject
        guard case .mapping(let mapping) = node else {
            sink.error(
                .wrongType, SourceLocation(file: file, line: node.mark.line, column: node.mark.column),
                "\(subject) must be a mapping of keys to values, found \(node.kindDescription)",
                fix: "write it as 'key: value' lines (allowed keys: \(declaration.keys.joined(separator: ", ")))")
            return nil
        }
        entries = mapping.entries
        for (index, entry) in mapping.entries.enumerated() {
            // Made only for a message: most keys have none.
            var keyLocation: SourceLocation { SourceLocation(file: file, line: entry.key.mark.line, column: entry.key.mark.column) }
            guard case .scalar(let key) = entry.key, !key.isNull else {
                sink.error(
                    .wrongType, keyLocation, "a key in \(subject) is \(entry.key.kindDescription), not a name",
                    fix: "use a plain name as the key")
                continue
            }
            // The declared keys are listed only for a message: most mappings have none unknown.
            guard let position = declaration.position(of: key.value) else {
                let allowed = declaration.keys
                sink.error(
                    .unknownKey, keyLocation,
                    "unknown key '\(key.value)' in \(subject)\(Suggestions.didYouMean(key.value, in: allowed))",
                    fix: "use one of: \(allowed.joined(separator: ", "))")
                continue
            }
            if slots[position] >= 0 {
                let first = mapping.entries[slots[position]].key
                sink.error(
                    .duplicate, keyLocation,
                    "'\(key.value)' appears twice in \(subject) (first on line \(first.mark.line)); YAML keeps only one",
                    fix: "keep one '\(key.value)' and remove the other")
                continue
            }
            slots[position] = index
        }
    }

    var location: SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }

    /// Reports a value of the right type but the wrong form (QI-F7).
    func badValue(_ location: SourceLocation, _ message: String, fix: String) {
        sink.error(.badValue, location, message, fix: fix)
    }

    func location(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.mark.line, column: node.mark.column)
    }

    /// The raw node for `key`, treating an explicit null as absent; reports a missing key the declaration requires.
    func node(_ key: String) -> YAMLNode? {
        guard let position = declaration.position(of: key) else {
            assertionFailure("'\(key)' is read from \(subject) but not declared")
            return nil
        }
        let required = declaration.fields[position].required
        guard slots[position] >= 0 else {
            if required {
                sink.error(.missingKey, location, "\(subject) has no '\(key)', which is required", fix: "add '\(key): …'")
            }
            return nil
        }
        let value = entries[slots[position]].value
        if case .scalar(let scalar) = value, scalar.isNull {
            if required {
                sink.error(
                    .missingKey, location(of: value), "'\(key)' in \(subject) is empty, but it is required",
                    fix: "give '\(key)' a value")
            }
            return nil
        }
        return value
    }

    func has(_ key: String) -> Bool {
        declaration.position(of: key).map { slots[$0] >= 0 } ?? false
    }

    // MARK: Typed values

    func text(_ key: String) -> Located<String>? {
        expectDeclared(key, as: "a single value", \.isSingleValue)
        guard let node = node(key) else { return nil }
        return scalarText(node, key: key)
    }

    func scalarText(_ node: YAMLNode, key: String) -> Located<String>? {
        guard case .scalar(let scalar) = node else {
            sink.error(
                .wrongType, location(of: node), "'\(key)' must be text, found \(node.kindDescription)",
                fix: "write '\(key)' as a single value")
            return nil
        }
        return Located(scalar.value, at: location(of: node))
    }

    func day(_ key: String) -> Located<Day>? {
        expectDeclared(key, as: "a date") { if case .date = $0 { true } else { false } }
        guard let node = node(key) else { return nil }
        return dayValue(node, key: key)
    }

    func dayValue(_ node: YAMLNode, key: String) -> Located<Day>? {
        guard let text = scalarText(node, key: key) else { return nil }
        if let day = Day(iso: text.value) {
            return Located(day, at: text.location)
        }
        if Day.looksLikeDate(Substring(text.value)) {
            sink.error(
                .badValue, text.location, "'\(key)' is \(text.value), a date that does not exist",
                fix: "give a real date (check the month's number of days)")
        } else {
            sink.error(
                .badValue, text.location, "'\(key)' must be a date written YYYY-MM-DD, found '\(text.value)'",
                fix: "write the date like 2026-03-14")
        }
        return nil
    }

    func int(_ key: String) -> Located<Int>? {
        expectDeclared(key, as: "a whole number") { if case .integer = $0 { true } else { false } }
        guard let text = text(key) else { return nil }
        let digits = text.value.replacingUnderscores()
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let value = Int(digits)
        else {
            sink.error(
                .wrongType, text.location, "'\(key)' must be a whole number, found '\(text.value)'", fix: "write digits only, like 1250000")
            return nil
        }
        return Located(value, at: text.location)
    }

    func bool(_ key: String) -> Bool? {
        expectDeclared(key, as: "true or false") { if case .boolean = $0 { true } else { false } }
        guard let text = text(key) else { return nil }
        switch text.value {
        case "true", "True", "TRUE", "yes", "Yes": return true
        case "false", "False", "FALSE", "no", "No": return false
        default:
            sink.error(.wrongType, text.location, "'\(key)' must be true or false, found '\(text.value)'", fix: "write true or false")
            return nil
        }
    }

    /// Text that becomes part of a link (an `href` or `src`), checked by one of `SafeLink`'s checks: a bad value is
    /// a QI-F7 error at the value's own position, and is not used.
    func link(_ key: String, _ check: (String, String) -> SafeLink.Problem?) -> Located<String>? {
        guard let text = text(key) else { return nil }
        if let problem = check(text.value, key) {
            sink.error(.badValue, text.location, problem.message, fix: problem.fix)
            return nil
        }
        return text
    }

    /// A value from a fixed list (the content format's own words).
    func choice<Choice: RawRepresentable & CaseIterable>(_ key: String, as type: Choice.Type = Choice.self)
        -> Located<Choice>? where Choice.RawValue == String
    {
        expectDeclared(key, as: "one of \(Choice.self)'s words") { $0.isWords(Choice.allCases.map(\.rawValue)) }
        guard let node = node(key) else { return nil }
        return choiceValue(node, key: key)
    }

    func choiceValue<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, key: String, as type: Choice.Type = Choice.self) -> Located<
        Choice
    >? where Choice.RawValue == String {
        guard let text = scalarText(node, key: key) else { return nil }
        if let value = Choice(rawValue: text.value) {
            return Located(value, at: text.location)
        }
        let allowed = Choice.allCases.map(\.rawValue)
        sink.error(
            .badValue, text.location, "'\(text.value)' is not an allowed '\(key)'\(Suggestions.didYouMean(text.value, in: allowed))",
            fix: "use one of: \(allowed.joined(separator: ", "))")
        return nil
    }

    /// The items of a list value (a flow `[a, b]` or a block `- a`).
    func list(_ key: String) -> [YAMLNode]? {
        expectDeclared(key, as: "a list") { $0.listItem != nil }
        guard let node = node(key) else { return nil }
        let required = declaration.isRequired(key)
        guard case .sequence(let sequence) = node else {
            sink.error(
                .wrongType, location(of: node), "'\(key)' must be a list, found \(node.kindDescription)",
                fix: "write it as a list, like '\(key): [\(node.scalarHint)]'")
            return nil
        }
        if required && sequence.items.isEmpty {
            sink.error(
                .missingKey, location(of: node), "'\(key)' in \(subject) is an empty list, but it needs at least one item",
                fix: "add at least one item")
        }
        return sequence.items
    }

    func textList(_ key: String) -> [Located<String>] {
        (list(key) ?? []).compactMap { scalarText($0, key: key) }
    }

    func choiceList<Choice: RawRepresentable & CaseIterable>(_ key: String, as type: Choice.Type = Choice.self) -> [Located<Choice>]
    where Choice.RawValue == String {
        expectDeclared(key, as: "a list of \(Choice.self)'s words") { $0.listItem?.isWords(Choice.allCases.map(\.rawValue)) ?? false }
        return (list(key) ?? []).compactMap { choiceValue($0, key: key) }
    }

    func dayList(_ key: String) -> [Located<Day>] {
        expectDeclared(key, as: "a list of dates") { if case .date = $0.listItem { true } else { false } }
        return (list(key) ?? []).compactMap { dayValue($0, key: key) }
    }

    /// A nested mapping read with its own declaration.
    func mapping(_ key: String, record: RecordDeclaration, subject: String? = nil) -> MappingReader? {
        expectDeclared(key, as: "the record '\(record.subject)'") {
            if case .record(let declared) = $0 { declared.keys == record.keys } else { false }
        }
        guard let node = node(key) else { return nil }
        return MappingReader(node, file: file, record: record, subject: subject, sink: sink)
    }

    func reader(for node: YAMLNode, record: RecordDeclaration, subject: String? = nil) -> MappingReader? {
        MappingReader(node, file: file, record: record, subject: subject, sink: sink)
    }

    /// Checks, in debug builds (so on every test run), that the decoder reads `key` as the declaration types it:
    /// the declaration is what the loader enforces, not a description kept beside it.
    private func expectDeclared(_ key: String, as what: @autoclosure () -> String, _ matches: (FieldType) -> Bool) {
        assert(declaration.field(key).map { matches($0.type) } ?? false, "'\(key)' in \(subject) is read as \(what()), not as declared")
    }
}

extension YAMLNode {
    /// The scalar's text, to suggest "[text]" when a list was expected.
    fileprivate var scalarHint: String {
        if case .scalar(let scalar) = self { return scalar.value }
        return "…"
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(filter { $0 != "_" })
    }
}
