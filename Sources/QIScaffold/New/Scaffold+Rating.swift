import Foundation
import QIDomain
import QILoader

extension Scaffold {
    /// `providers/ID/ratings/DATE.yaml`: every standard of the policy at the previous rating's light (the least
    /// severe light for a first rating), the previous overall (or `overall`), the provider's officer, the approvals
    /// a lift or an escalation needs and, where the policy asks for one, an action plan to complete.
    public func newRating(provider id: String, date: Day, basis: RatingBasis? = nil, overall: String? = nil) throws -> NewFile {
        let provider = try self.provider(id)
        let path = "providers/\(id)/ratings/\(date).yaml"
        if fileExists(path) {
            throw ScaffoldError("\(display(path)) already exists: qid new never overwrites; edit it, or give another --date")
        }
        let previous = provider.ratings.filter { $0.date.value < date }.max { $0.date.value < $1.date.value }
        guard let leastSevere = policy.lights.first else { throw ScaffoldError("the policy has no lights") }
        let lights = policy.lights.map(\.key)
        if let overall, !lights.contains(overall) {
            throw ScaffoldError("--overall '\(overall)' is not a light of the policy: use one of \(lights.joined(separator: ", "))")
        }
        let basis = basis ?? (previous == nil ? .preServiceCheck : .desktopReview)
        let concern = try concernForBasis(basis, provider: provider, date: date)
        let newOverall = overall ?? previous?.overall.value ?? leastSevere.key
        let standards = self.standards(previous: previous, overall: newOverall)

        var yaml = YAMLLines()
        yaml.line(SchemaModeline.line(for: .rating))
        yaml.line("# A rating of \(provider.name.value). Set each standard's light and the overall, then run qid check.")
        yaml.line("date: \(date)", comment: "must equal the file name")
        yaml.line("basis: \(basis.rawValue)", comment: RatingBasis.allCases.map(\.rawValue).joined(separator: " | "))
        if let concern { yaml.line("concern: \(concern)", comment: "the concern file this rating follows, without .yaml") }
        if let officer = provider.officer?.value { yaml.line("officer: \(officer)", comment: "the provider's officer") }
        let standardLights = policy.standardLightKeys.joined(separator: " | ")
        yaml.line("standards:", comment: "each: \(standardLights), or {light: …, note: \"…\"}")
        for standard in policy.standards {
            let critical = standard.critical ? ", critical" : ""
            yaml.line(
                "  \(standard.key): \(standards[standard.key] ?? leastSevere.key)",
                comment: "\(standard.number) \(standard.title)\(critical)")
        }
        yaml.line("overall: \(newOverall)", comment: lights.joined(separator: " | "))
        if !policy.outcomes.isEmpty {
            yaml.line("# outcome: …", comment: policy.outcomes.map(\.key).joined(separator: " | "))
        }
        yaml.line("# summary: |", comment: "public, Markdown: what the review found")
        var next = ["set each standard's light and the overall to what the review found, and write the summary"]
        next += approvals(&yaml, provider: provider, overall: newOverall, date: date)
        next += actionPlan(&yaml, overall: newOverall, date: date)
        let cadence = policy.reviewCadence(at: newOverall)
        yaml.line("next_review: \(date.adding(months: cadence))", comment: "\(cadence) months at this light")
        return NewFile(kind: .rating, path: path, text: yaml.text, next: next)
    }

    /// Each standard's light: the previous rating's, no less severe than a lifted overall allows (a standard worse
    /// than the overall it is lifted to would contradict it), or the overall for a first rating.
    private func standards(previous: Rating?, overall: String) -> [String: String] {
        var lights: [String: String] = [:]
        for standard in policy.standards {
            let before = previous?.standards.first { $0.standard.value == standard.key }?.light.value ?? overall
            if let rank = policy.rank(of: before), let cap = policy.rank(of: overall), rank > cap {
                lights[standard.key] = overall
            } else {
                lights[standard.key] = before
            }
        }
        return lights
    }

    /// The concern a rating with basis `concern` follows: the provider's latest raised on or before the date.
    private func concernForBasis(_ basis: RatingBasis, provider: Provider, date: Day) throws -> String? {
        guard basis == .concern else { return nil }
        guard let concern = provider.concerns.filter({ $0.raised.value <= date }).max(by: { $0.raised.value < $1.raised.value }) else {
            throw ScaffoldError(
                "a rating with basis concern names its concern, but \(provider.id) has no concern raised by \(date): "
                    + "add one with 'qid new concern \(provider.id)', or choose another --basis")
        }
        return concern.id
    }

    /// The approvals block a lift (QI-A2, QI-A3) or an escalation (QI-A5) needs, naming the roles; each names an
    /// officer holding the role and the rating's date, for the officer to correct to who approved and when.
    private func approvals(_ yaml: inout YAMLLines, provider: Provider, overall: String, date: Day) -> [String] {
        let areas = Set(provider.serviceAreas.map(\.value))
        var needed: [(roles: [String], why: String)] = []
        // From the light in effect on the date: after a lift still awaiting an approval, the light before it.
        if let from = Lifts.ratingLiftedFrom(provider, policy: policy, on: date)?.overall.value {
            for requirement in Lifts.required(provider, policy: policy, from: from, to: overall) {
                needed.append((requirement.roles, "the lift from \(word(from)) to \(word(overall)) (\(requirement.rule))"))
            }
        }
        for escalation in policy.escalations where escalation.lights.contains(overall) {
            guard escalation.serviceAreas.map({ !areas.isDisjoint(with: $0) }) ?? true else { continue }
            needed.append((escalation.roles, "\(escalation.title) at \(word(overall)) (\(EscalationRule.id))"))
        }
        guard !needed.isEmpty else { return [] }
        yaml.line("approvals:", comment: "replace each officer and date with who approved and when")
        for (roles, why) in needed {
            let holder = content.officers.first { officer in roles.contains { officer.holds($0) } }
            let role = roles.first { holder?.holds($0) ?? false } ?? roles[0]
            let titles = roles.map { policy.roleTitle($0) }.joined(separator: " or ")
            let officer = holder?.id.value ?? "OFFICER"
            yaml.line("  - {officer: \(officer), role: \(role), date: \(date)}", comment: "\(titles): \(why)")
        }
        let roleWords = needed.map { $0.roles.map { policy.roleTitle($0) }.joined(separator: " or ") }
        return [
            "record the approvals (\(roleWords.joined(separator: "; "))): each names an officer who holds the role and the rating's date, "
                + "placeholders to replace with who approved and when"
        ]
    }

    /// An action plan to complete where the policy asks for one at this light (QI-V2).
    private func actionPlan(_ yaml: inout YAMLLines, overall: String, date: Day) -> [String] {
        guard policy.actionPlanLights.contains(overall) else { return [] }
        let due = date.adding(months: policy.actionPlanWindowMonths)
        yaml.line("actions:", comment: "a rating of \(word(overall)) needs an action plan (QI-V2)")
        yaml.line("  - id: A1")
        yaml.line("    action: Describe the agreed action.")
        yaml.line("    owner: provider", comment: "provider | council | an officer id")
        yaml.line("    due: \(due)", comment: "within \(policy.actionPlanWindowMonths) months")
        yaml.line("    status: open", comment: ActionStatus.allCases.map(\.rawValue).joined(separator: " | "))
        return ["write the agreed actions under actions (A1 is a placeholder)"]
    }

    func word(_ light: String) -> String {
        policy.light(light)?.word ?? light
    }
}
