import QIDomain
import QIYAML

/// `providers/ID/ratings/DATE.yaml` and the actions that ratings and concerns share.
enum RatingDecoder {
    static func rating(node: YAMLNode, file: String, sink: DiagnosticSink) -> Rating? {
        guard let reader = MappingReader(node, file: file, record: ContentFormat.rating, sink: sink) else { return nil }
        let date = reader.day("date")
        let basis = reader.choice("basis", as: RatingBasis.self)
        let overall = reader.text("overall")
        let standardsNode = reader.node("standards")
        var standards: [StandardRating] = []
        if let standardsNode {
            standards = self.standards(standardsNode, reader: reader, sink: sink)
        }
        if basis?.value == .concern, !reader.has("concern") {
            sink.error(
                .missingKey, basis?.location ?? reader.location, "a rating with basis 'concern' must name its concern",
                fix: "add 'concern: DATE-SLUG', the name of the concern file without .yaml")
        }
        let approvals = (reader.list("approvals") ?? []).compactMap { approval($0, reader: reader) }
        let actions = self.actions(reader, sink: sink)
        guard let date, let basis, let overall else { return nil }
        return Rating(
            file: file, date: date, basis: basis, concern: reader.text("concern"), officer: reader.text("officer"),
            standards: standards, standardsLocation: standardsNode.map(reader.location(of:)) ?? reader.location,
            overall: overall, outcome: reader.text("outcome"), summary: reader.text("summary")?.value,
            internalNotes: reader.text("internal")?.value, approvals: approvals, actions: actions,
            nextReview: reader.day("next_review"))
    }

    /// `standards:` — each key a standard, each value a light or `{light, note}`.
    private static func standards(_ node: YAMLNode, reader: MappingReader, sink: DiagnosticSink) -> [StandardRating] {
        guard case .mapping(let mapping) = node else {
            sink.error(
                .wrongType, reader.location(of: node), "'standards' must map each standard to its light, found \(node.kindDescription)",
                fix: "write one 'standard: light' line per standard")
            return []
        }
        var result: [StandardRating] = []
        // Exactly one slot a standard: kept for the whole build, a doubled array's spare half came to 40 MB at 25,000
        // providers.
        result.reserveCapacity(mapping.entries.count)
        var seen: [String: Int] = [:]
        seen.reserveCapacity(mapping.entries.count)
        for entry in mapping.entries {
            guard let key = reader.scalarText(entry.key, key: "standards") else { continue }
            // One look-up for a new standard: a duplicate puts the first line back.
            if let first = seen.updateValue(key.location.line, forKey: key.value) {
                seen[key.value] = first
                sink.error(.duplicate, key.location, "standard '\(key.value)' appears twice (first on line \(first))", fix: "keep one")
                continue
            }
            switch entry.value {
            case .mapping:
                guard let sub = reader.reader(for: entry.value, record: ContentFormat.standardWithNote, subject: "standard '\(key.value)'"),
                    let light = sub.text("light")
                else { continue }
                result.append(StandardRating(standard: key, light: light, note: sub.text("note")?.value))
            default:
                guard let light = reader.scalarText(entry.value, key: key.value) else { continue }
                if case .scalar(let scalar) = entry.value, scalar.isNull {
                    sink.error(.missingKey, light.location, "standard '\(key.value)' has no light", fix: "give a light, or not-assessed")
                    continue
                }
                result.append(StandardRating(standard: key, light: light))
            }
        }
        return result
    }

    private static func approval(_ node: YAMLNode, reader: MappingReader) -> Approval? {
        guard let sub = reader.reader(for: node, record: ContentFormat.approval) else { return nil }
        let officer = sub.text("officer")
        let role = sub.text("role")
        let date = sub.day("date")
        guard let officer, let role, let date else { return nil }
        return Approval(officer: officer, role: role, date: date, location: sub.location)
    }

    /// The `actions:` list of a rating or a concern.
    static func actions(_ reader: MappingReader, sink: DiagnosticSink) -> [Action] {
        var actions: [Action] = []
        var seen: [String: Int] = [:]
        for node in reader.list("actions") ?? [] {
            guard let sub = reader.reader(for: node, record: ContentFormat.action) else { continue }
            let id = sub.text("id")
            let text = sub.text("action")
            let owner = sub.text("owner")
            let due = sub.day("due")
            if !sub.has("due") {
                sink.report(ActionDueRule.noDueDate(at: sub.location))
            }
            let status = sub.choice("status", as: ActionStatus.self)
            let done = sub.day("done")
            guard let id, let owner, let status else { continue }
            if let first = seen[id.value] {
                sink.error(
                    .duplicate, id.location, "action id '\(id.value)' is used twice in this file (first on line \(first))",
                    fix: "number the actions uniquely")
            }
            seen[id.value] = seen[id.value] ?? id.location.line
            actions.append(
                Action(
                    id: id, standard: sub.text("standard"), action: text?.value ?? "", owner: owner, due: due,
                    status: status, done: done, location: sub.location))
        }
        return actions
    }
}
