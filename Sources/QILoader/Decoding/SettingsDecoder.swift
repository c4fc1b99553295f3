import QIDomain
import QIYAML

/// `directory.yaml` and `officers.yaml`.
enum SettingsDecoder {
    static func directory(_ node: YAMLNode, file: String, sink: DiagnosticSink) -> DirectorySettings? {
        guard let reader = MappingReader(node, file: file, record: ContentFormat.directory, sink: sink) else {
            return nil
        }
        let title = reader.text("title")
        let policy = reader.text("policy") ?? Located("oxfordshire", at: reader.location)
        let localities = reader.textList("localities")
        var seen: [String: Located<String>] = [:]
        for locality in localities {
            // Each locality has a page at localities/SLUG/: two names with one slug would share it.
            let slug = Slug.of(locality.value)
            if let first = seen[slug] {
                let what =
                    first.value == locality.value
                    ? "is listed twice" : "has the same page address (localities/\(slug)/) as '\(first.value)'"
                sink.error(
                    .duplicate, locality.location, "locality '\(locality.value)' \(what) (first at line \(first.location.line))",
                    fix: "list each locality once, spelt the same way everywhere")
            }
            seen[slug] = seen[slug] ?? locality
        }
        return DirectorySettings(
            file: file, title: title?.value ?? "Quality Improvement Directory",
            organisation: reader.text("organisation")?.value ?? "", policy: policy,
            baseURL: reader.link("base_url", SafeLink.baseURL)?.value ?? "/", contact: contact(reader),
            localities: localities, extraHolidays: reader.dayList("extra_holidays"),
            cqc: CQCMappingDecoder.mapping(reader, localities: localities, sink: sink))
    }

    /// The directory's contact, shown on every page: an email address is linked (mailto:), so a value holding an
    /// '@' must be a plain address; other text (a phone number, a team's name) is shown as it is, unlinked.
    private static func contact(_ reader: MappingReader) -> String? {
        reader.link("contact") { value, key in value.contains("@") ? SafeLink.email(value, name: key) : nil }?.value
    }

    static func officers(_ node: YAMLNode, file: String, sink: DiagnosticSink) -> [Officer] {
        guard case .sequence(let sequence) = node else {
            sink.error(
                .wrongType, SourceLocation(file: file, line: node.mark.line, column: node.mark.column),
                "officers.yaml must be a list of officers, found \(node.kindDescription)",
                fix: "start each officer with '- id: …'")
            return []
        }
        var officers: [Officer] = []
        var seen: [String: SourceLocation] = [:]
        for item in sequence.items {
            guard let reader = MappingReader(item, file: file, record: ContentFormat.officer, sink: sink) else { continue }
            let name = reader.text("name")
            guard let id = reader.text("id") else { continue }
            if !IDs.isValid(id.value) {
                sink.error(
                    .badID, id.location, "officer id '\(id.value)' is not \(IDs.shape)",
                    fix: "use an id like '\(IDs.suggestion(for: id.value))'")
                continue
            }
            if let first = seen[id.value] {
                sink.error(
                    .duplicate, id.location, "officer id '\(id.value)' is used twice (first at line \(first.line))",
                    fix: "give each officer a unique id")
                continue
            }
            seen[id.value] = id.location
            let officer = Officer(
                id: id, name: name?.value ?? id.value, roles: reader.textList("roles"),
                teams: reader.textList("teams"), email: reader.link("email", SafeLink.email)?.value)
            officers.append(officer)
        }
        return officers
    }
}
