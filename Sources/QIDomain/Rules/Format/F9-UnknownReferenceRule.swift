/// QI-F9: every name that points somewhere must exist: officers, concerns, localities, standards, services,
/// service areas, roles, lights, outcomes, processes and triggers (from the policy); and every standard of the
/// policy must be rated (QI-F4, `MissingKeyRule.standardNotRated`).
///
/// The loader reports the names it can check as it reads (`RuleID.unknownReference`: the policy file named, a
/// policy's own names); the names in content are checked here, in the evaluate step, against the policy and
/// `officers.yaml`.
public struct UnknownReferenceRule: FormatRule, RuleCheck {
    public static let id: RuleID = "QI-F9"
    public static let summary =
        "Officers, concerns, localities, standards, services, roles, lights, outcomes, processes and triggers named exist."

    public init() {}

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        let settings = context.content.settings
        for officer in context.content.officers {
            for role in officer.roles where policy.role(role.value) == nil {
                diagnostics.append(Self.unknown("role", role, allowed: policy.roles.map(\.key)))
            }
            for team in officer.teams where !policy.serviceAreas.contains(where: { $0.key == team.value }) {
                diagnostics.append(Self.unknown("team", team, allowed: policy.serviceAreas.map(\.key)))
            }
        }
        let localities = settings.localities.map(\.value)
        let listed = Set(localities)
        for (position, provider) in context.content.providers.enumerated() {
            for service in provider.services where !policy.serviceTypes.contains(where: { $0.key == service.value }) {
                diagnostics.append(Self.unknown("service type", service, allowed: policy.serviceTypes.map(\.key)))
            }
            for area in provider.serviceAreas where !policy.serviceAreas.contains(where: { $0.key == area.value }) {
                diagnostics.append(Self.unknown("service area", area, allowed: policy.serviceAreas.map(\.key)))
            }
            // No localities listed is directory.yaml's own error (they are required), not one per provider.
            if let locality = provider.locality, !listed.isEmpty, !listed.contains(locality.value) {
                let hint = "or add it to localities in directory.yaml"
                diagnostics.append(Self.unknown("locality", locality, allowed: localities, fixHint: hint))
            }
            checkOfficer(provider.officer, context, &diagnostics)
            for (ratingIndex, rating) in provider.ratings.enumerated() {
                let standards = context.ratedStandards[position][ratingIndex]
                checkRating(rating, provider: provider, standardsComplete: standards?.isComplete ?? false, context, &diagnostics)
            }
            for concern in provider.concerns {
                checkConcern(concern, context, &diagnostics)
            }
        }
    }

    /// `standardsComplete`: the rating's standards are known to be complete and known (`RatedStandards`).
    private func checkRating(
        _ rating: Rating, provider: Provider, standardsComplete: Bool, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) {
        let policy = context.policy
        checkOfficer(rating.officer, context, &diagnostics)
        if let concern = rating.concern, provider.concern(withID: concern.value) == nil {
            let hint = "name a file in this provider's concerns/ folder, without .yaml"
            diagnostics.append(Self.unknown("concern", concern, allowed: provider.concerns.map(\.id), fixHint: hint))
        }
        if !standardsComplete { checkStandards(of: rating, context, &diagnostics) }
        if context.index.rank(of: rating.overall.value) == nil {
            diagnostics.append(Self.unknown("overall light", rating.overall, allowed: policy.lights.map(\.key)))
        }
        if let outcome = rating.outcome, !policy.outcomes.contains(where: { $0.key == outcome.value }) {
            diagnostics.append(Self.unknown("outcome", outcome, allowed: policy.outcomes.map(\.key)))
        }
        for approval in rating.approvals {
            checkOfficer(approval.officer, context, &diagnostics)
            if policy.role(approval.role.value) == nil {
                diagnostics.append(Self.unknown("role", approval.role, allowed: policy.roles.map(\.key)))
            }
        }
        checkActions(rating.actions, context, &diagnostics)
    }

    /// Each standard a rating names is the policy's, at a light a standard may take; every policy standard is rated.
    private func checkStandards(of rating: Rating, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        let index = context.index
        let count = index.standardKeys.count
        // The policy's standards rated, by their key's first position (a mask while there are at most 64).
        var ratedMask: UInt64 = 0
        var rated: Set<Int> = []
        for (offset, standard) in rating.standards.enumerated() {
            if let position = index.standardPosition(of: standard.standard.value, hint: offset) {
                if count <= 64 { ratedMask |= 1 << UInt64(position) } else { rated.insert(position) }
            } else {
                diagnostics.append(Self.unknown("standard", standard.standard, allowed: index.standardKeys))
            }
            if !index.standardLightKeys.contains(standard.light.value) {
                diagnostics.append(Self.unknown("light", standard.light, allowed: index.standardLightKeys))
            }
        }
        for (position, standard) in policy.standards.enumerated() {
            let first = index.firstStandardPositions[position]
            let isRated = count <= 64 ? ratedMask & (1 << UInt64(first)) != 0 : rated.contains(first)
            if !isRated { diagnostics.append(MissingKeyRule.standardNotRated(standard, at: rating.standardsLocation)) }
        }
    }

    private func checkConcern(_ concern: Concern, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        if policy.process(concern.process.value) == nil {
            diagnostics.append(Self.unknown("process", concern.process, allowed: policy.processes.map(\.key)))
        }
        for trigger in concern.triggers where policy.trigger(trigger.value) == nil {
            diagnostics.append(Self.unknown("trigger", trigger, allowed: policy.triggers.map(\.code)))
        }
        checkOfficer(concern.chair, context, &diagnostics)
        checkOfficer(concern.lead, context, &diagnostics)
        checkOfficer(concern.closed?.by, context, &diagnostics)
        checkActions(concern.actions, context, &diagnostics)
    }

    private func checkActions(_ actions: [Action], _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        for action in actions {
            if let standard = action.standard, context.index.standardPosition(of: standard.value) == nil {
                diagnostics.append(Self.unknown("standard", standard, allowed: context.index.standardKeys))
            }
            let owner = action.owner.value
            if owner != "provider", owner != "council", context.officers[owner] == nil {
                let allowed = ["provider", "council"] + context.officers.keys.sorted()
                diagnostics.append(Self.unknown("action owner", action.owner, allowed: allowed))
            }
        }
    }

    private func checkOfficer(_ id: Located<String>?, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        guard let id, context.officers[id.value] == nil else { return }
        diagnostics.append(Self.unknown("officer", id, allowed: context.officers.keys.sorted(), fixHint: "or add them to officers.yaml"))
    }

}

// MARK: Messages

extension UnknownReferenceRule {
    /// "unknown officer 'amira-kahn' (did you mean 'amira-khan'?)", with the allowed names when there are few.
    static func unknown(_ what: String, _ value: Located<String>, allowed: [String], fixHint: String? = nil) -> Diagnostic {
        let nearest = Closest.word(to: value.value, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
        let list = !allowed.isEmpty && allowed.count <= 25 ? "use one of: \(allowed.joined(separator: ", "))" : "use a known \(what)"
        return .error(id, at: value.location, "unknown \(what) '\(value.value)'\(nearest)", fix: list + (fixHint.map { "; \($0)" } ?? ""))
    }
}
