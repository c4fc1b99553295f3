/// Every rule id with its one-line summary: the README's rule catalogue is printed from this (`qid rules`).
public enum RuleCatalogue {
    public struct Entry: Sendable {
        public var id: RuleID
        public var summary: String
    }

    /// Content-format rules, reported by the loader.
    public static let formatRules: [Entry] = [
        Entry(id: .yamlSyntax, summary: "The file is well-formed YAML with one document (libyaml's problem and position otherwise)."),
        Entry(id: .wrongType, summary: "Each value has its type: text, a list, a mapping, a whole number, true/false."),
        Entry(id: .unknownKey, summary: "Only the keys of the content format; an unknown key lists the allowed ones and the nearest."),
        Entry(id: .missingKey, summary: "Required keys are present and not empty; every standard is rated."),
        Entry(id: .duplicate, summary: "No key twice in one mapping; no officer, locality, standard or action id twice."),
        Entry(id: .badID, summary: "Ids (provider folders, officers, pages) are lower-case words joined by '-'."),
        Entry(
            id: .badValue,
            summary: "Dates are real YYYY-MM-DD dates; fixed words (status, basis, kind …) are from their list; "
                + "links, emails, phones and regulator ids have their plain shape."),
        Entry(id: .fileNameMismatch, summary: "ratings/DATE.yaml matches its date; concerns/DATE-SLUG.yaml matches its raised date."),
        Entry(id: .unknownReference, summary: "Officers, concerns, localities, standards, services, roles, lights, outcomes, processes and triggers named exist."),
        Entry(id: .unsafeInput, summary: "No file over 1 MB, nesting over 64, aliases expanding past 100,000 values, invalid UTF-8, binary data, links out of the folder or special files."),
        Entry(id: .layout, summary: "Only the files and folders of the content format; directory.yaml, officers.yaml and each provider.yaml exist."),
        Entry(id: .personalData, summary: "No NHS-number-shaped value (10 digits passing the modulus 11 check) anywhere, comments included, in any spelling, nor in a public build's output."),
    ]

    /// Quality rules, from the registry.
    public static var qualityRules: [Entry] {
        var entries: [Entry] = []
        for rule in QualityRules.all {
            for id in rule.ids where id.rawValue.hasPrefix("QI-") && !id.rawValue.hasPrefix("QI-F") {
                entries.append(Entry(id: id, summary: rule.summary(of: id)))
            }
        }
        return entries.sorted { order($0.id) < order($1.id) }
    }

    /// A Markdown table of every rule, quality rules first, for the README.
    public static var markdownTable: String {
        var lines = ["| rule | what it checks |", "|---|---|"]
        for entry in qualityRules + formatRules {
            lines.append("| \(entry.id) | \(entry.summary) |")
        }
        return lines.joined(separator: "\n")
    }

    /// Sorts R, C, A, V, P, then F; numbers numerically.
    private static func order(_ id: RuleID) -> (Int, Int) {
        let families = ["R", "C", "A", "V", "P", "F"]
        let rest = id.rawValue.dropFirst(3)
        let family = families.firstIndex(of: String(rest.prefix(1))) ?? families.count
        return (family, Int(rest.dropFirst()) ?? 0)
    }
}
