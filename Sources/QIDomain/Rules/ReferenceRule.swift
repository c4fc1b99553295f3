/// QI-F9: every name that points somewhere must exist — officers, concerns, localities, standards,
/// services, service areas, roles, lights, outcomes, processes and triggers (from the policy) — and every
/// standard of the policy must be rated (QI-F4).
public struct ReferenceRule: QualityRule {
    public init() {}
    public var ids: [RuleID] { [.unknownReference, .missingKey] }
    public var summary: String { "Every officer, concern, locality, standard, service, role, light and trigger named exists." }

    public func check(_ context: EvaluationContext, into diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        let settings = context.content.settings
        for officer in context.content.officers {
            for role in officer.roles where policy.role(role.value) == nil {
                diagnostics.append(unknown("role", role, allowed: policy.roles.map(\.key)))
            }
            for team in officer.teams where !policy.serviceAreas.contains(where: { $0.key == team.value }) {
                diagnostics.append(unknown("team", team, allowed: policy.serviceAreas.map(\.key)))
            }
        }
        let localities = settings.localities.map(\.value)
        let listed = Set(localities)
        for provider in context.content.providers {
            for service in provider.services where !policy.serviceTypes.contains(where: { $0.key == service.value }) {
                diagnostics.append(unknown("service type", service, allowed: policy.serviceTypes.map(\.key)))
            }
            for area in provider.serviceAreas where !policy.serviceAreas.contains(where: { $0.key == area.value }) {
                diagnostics.append(unknown("service area", area, allowed: policy.serviceAreas.map(\.key)))
            }
            // No localities listed is directory.yaml's own error (they are required), not one per provider.
            if let locality = provider.locality, !listed.isEmpty, !listed.contains(locality.value) {
                diagnostics.append(unknown("locality", locality, allowed: localities, fixHint: "or add it to localities in directory.yaml"))
            }
            checkOfficer(provider.officer, context, &diagnostics)
            for rating in provider.ratings {
                checkRating(rating, provider: provider, context, &diagnostics)
            }
            for concern in provider.concerns {
                checkConcern(concern, context, &diagnostics)
            }
        }
    }

    private func checkRating(_ rating: Rating, provider: Provider, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        checkOfficer(rating.officer, context, &diagnostics)
        if let concern = rating.concern, provider.concern(withID: concern.value) == nil {
            diagnostics.append(unknown("concern", concern, allowed: provider.concerns.map(\.id), fixHint: "name a file in this provider's concerns/ folder, without .yaml"))
        }
        for standard in rating.standards {
            if policy.standard(standard.standard.value) == nil {
                diagnostics.append(unknown("standard", standard.standard, allowed: policy.standards.map(\.key)))
            }
            if !policy.standardLightKeys.contains(standard.light.value) {
                diagnostics.append(unknown("light", standard.light, allowed: policy.standardLightKeys))
            }
        }
        let rated = Set(rating.standards.map(\.standard.value))
        for standard in policy.standards where !rated.contains(standard.key) {
            diagnostics.append(.error(
                .missingKey, at: rating.standardsLocation, "standard \(standard.number) '\(standard.key)' (\(standard.title)) is not rated",
                fix: "add '\(standard.key): LIGHT' (or not-assessed) under standards"))
        }
        if policy.light(rating.overall.value) == nil {
            diagnostics.append(unknown("overall light", rating.overall, allowed: policy.lights.map(\.key)))
        }
        if let outcome = rating.outcome, !policy.outcomes.contains(where: { $0.key == outcome.value }) {
            diagnostics.append(unknown("outcome", outcome, allowed: policy.outcomes.map(\.key)))
        }
        for approval in rating.approvals {
            checkOfficer(approval.officer, context, &diagnostics)
            if policy.role(approval.role.value) == nil {
                diagnostics.append(unknown("role", approval.role, allowed: policy.roles.map(\.key)))
            }
        }
        checkActions(rating.actions, context, &diagnostics)
    }

    private func checkConcern(_ concern: Concern, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        let policy = context.policy
        if policy.process(concern.process.value) == nil {
            diagnostics.append(unknown("process", concern.process, allowed: policy.processes.map(\.key)))
        }
        for trigger in concern.triggers where policy.trigger(trigger.value) == nil {
            diagnostics.append(unknown("trigger", trigger, allowed: policy.triggers.map(\.code)))
        }
        checkOfficer(concern.chair, context, &diagnostics)
        checkOfficer(concern.lead, context, &diagnostics)
        checkOfficer(concern.closed?.by, context, &diagnostics)
        checkActions(concern.actions, context, &diagnostics)
    }

    private func checkActions(_ actions: [Action], _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        for action in actions {
            if let standard = action.standard, context.policy.standard(standard.value) == nil {
                diagnostics.append(unknown("standard", standard, allowed: context.policy.standards.map(\.key)))
            }
            let owner = action.owner.value
            if owner != "provider", owner != "council", context.officers[owner] == nil {
                diagnostics.append(unknown("action owner", action.owner, allowed: ["provider", "council"] + context.officers.keys.sorted()))
            }
        }
    }

    private func checkOfficer(_ id: Located<String>?, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) {
        guard let id, context.officers[id.value] == nil else { return }
        diagnostics.append(unknown("officer", id, allowed: context.officers.keys.sorted(), fixHint: "or add them to officers.yaml"))
    }

    private func unknown(_ what: String, _ value: Located<String>, allowed: [String], fixHint: String? = nil) -> Diagnostic {
        let nearest = Closest.word(to: value.value, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
        let list = !allowed.isEmpty && allowed.count <= 25 ? "use one of: \(allowed.joined(separator: ", "))" : "use a known \(what)"
        return .error(.unknownReference, at: value.location, "unknown \(what) '\(value.value)'\(nearest)", fix: list + (fixHint.map { "; \($0)" } ?? ""))
    }
}

/// The nearest word by edit distance, when it is close enough to be a likely typo.
///
/// The work per candidate is bounded by the candidate's length times the limit, whatever the length of the word:
/// a candidate whose length differs by more than the limit is skipped unseen, and the distance is computed only
/// within the limit's band, so a megabyte of text is compared with a list of keys in linear time.
public enum Closest {
    public static func word(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // Only a strictly nearer candidate replaces the best (the first of equals wins).
            let bound = min(limit, (best?.distance ?? Int.max) - 1)
            if bound < 0 { break }
            // Lengths alone rule most candidates out, before any lower-casing or copying.
            if abs(candidate.unicodeScalars.count - target.count) > bound { continue }
            if let distance = distance(target, Array(candidate.lowercased().unicodeScalars), limit: bound) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        return distance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The Levenshtein distance of `a` and `b` when it is at most `limit`, else nil; O(min(|a|, |b|) × limit).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let infinity = limit + 1
        var previous = [Int](repeating: infinity, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var current = [Int](repeating: infinity, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = i <= limit ? i : infinity
            current[low - 1] = low > 1 ? infinity : current[0]
            var rowMinimum = current[low - 1]
            if low <= high {
                let scalar = a[i - 1]
                for j in low...high {
                    // Plain comparisons rather than the generic min(_:_:_:), which is slow in a debug build.
                    var cell = previous[j - 1] + (scalar == b[j - 1] ? 0 : 1)
                    if previous[j] + 1 < cell { cell = previous[j] + 1 }
                    if current[j - 1] + 1 < cell { cell = current[j - 1] + 1 }
                    if cell > infinity { cell = infinity }
                    current[j] = cell
                    if cell < rowMinimum { rowMinimum = cell }
                }
            }
            // Cells outside the band stay "too far", so the next row never reads a stale value.
            if high < b.count { current[high + 1] = infinity }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
