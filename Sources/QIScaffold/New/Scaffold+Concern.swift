import Foundation
import QIDomain
import QILoader

extension Scaffold {
    /// `providers/ID/concerns/DATE-SLUG.yaml`: an open process of the policy, raised on `date`, its chair an
    /// officer who may chair it and its lead the provider's officer.
    public func newConcern(provider id: String, title: String, process key: String, date: Day) throws -> NewFile {
        let provider = try self.provider(id)
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, !title.contains(where: \.isNewline) else {
            throw ScaffoldError("give the concern a public title on one line with --title, like --title \"Medication errors on one unit\"")
        }
        let processes = policy.processes.map(\.key)
        guard let process = policy.process(key) else {
            let nearest = Closest.word(to: key, in: processes).map { " (did you mean '\($0)'?)" } ?? ""
            throw ScaffoldError(
                "--process '\(key)' is not a process of the policy\(nearest): use one of \(processes.joined(separator: ", "))")
        }
        let path = "providers/\(id)/concerns/\(date)-\(Slug.of(title)).yaml"
        if fileExists(path) {
            throw ScaffoldError("\(display(path)) already exists: qid new never overwrites; edit it, or give another --title or --date")
        }
        var yaml = YAMLLines()
        yaml.line(SchemaModeline.line(for: .concern))
        yaml.line("# A \(process.title) process for \(provider.name.value). Fill in the details, then run qid check.")
        yaml.line("raised: \(date)", comment: "must equal the date the file name starts with")
        yaml.line("title: \(YAMLLines.scalar(title))", comment: "public: no personal data")
        yaml.line(
            "# sources: [\(ConcernSource.allCases[0].rawValue)]", comment: ConcernSource.allCases.map(\.rawValue).joined(separator: " | "))
        let triggers = policy.triggers.filter { $0.allows.contains(key) }.map(\.code)
        if !triggers.isEmpty {
            yaml.line("# triggers: [\(triggers[0])]", comment: "allowing \(key): " + triggers.joined(separator: " | "))
        }
        yaml.line("process: \(key)", comment: processes.joined(separator: " | "))
        yaml.line("# risk: medium", comment: ConcernRisk.allCases.map(\.rawValue).joined(separator: " | "))
        var next = ["write the internal summary, the sources and the triggers (commented out)"]
        if let chair = content.officers.first(where: { officer in process.chairRoles.contains { officer.holds($0) } }) {
            let roles = process.chairRoles.map { policy.roleTitle($0) }.joined(separator: " or ")
            yaml.line("chair: \(chair.id.value)", comment: "held by a \(roles) (QI-C5)")
            next.append("check the chair (\(chair.id.value), the first officer who may chair a \(process.title) process)")
        }
        if let lead = provider.officer?.value {
            yaml.line("lead: \(lead)", comment: "the provider's officer")
        } else if let floor = process.floor, floor != policy.lights.first?.key {
            next.append(
                "assign the provider's officer in provider.yaml: while the process is open its light is at least \(word(floor)) (QI-A1)")
        }
        if let days = process.meetingDeadlineWorkingDays {
            yaml.line("meetings: []", comment: "a provider meeting within \(days) working days (QI-C3): {date: YYYY-MM-DD, kind: provider}")
            next.append("record the meetings as they are held (a provider meeting within \(days) working days)")
        } else {
            yaml.line("meetings: []", comment: "{date: YYYY-MM-DD, kind: \(MeetingKind.allCases.map(\.rawValue).joined(separator: " | "))}")
        }
        yaml.line("status: open", comment: ConcernStatus.allCases.map(\.rawValue).joined(separator: " | "))
        yaml.line("# summary: |", comment: "internal, Markdown: the concern's details (safeguarding information)")
        return NewFile(kind: .concern, path: path, text: yaml.text, next: next)
    }
}
