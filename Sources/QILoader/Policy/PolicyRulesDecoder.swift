import QIDomain
import QIYAML

/// The rule sections of a policy file: overall rules, lifting approvals, escalations, reviews and action plans.
///
/// Every light, role, service area and outcome they name must be defined elsewhere in the file.
struct PolicyRulesDecoder {
    let decoder: PolicyDecoder
    let vocabulary: PolicyDecoder.Vocabulary
    private var sink: DiagnosticSink { decoder.sink }

    init(decoder: PolicyDecoder, vocabulary: PolicyDecoder.Vocabulary) {
        self.decoder = decoder
        self.vocabulary = vocabulary
    }

    // MARK: Overall rules (QI-R1..R3)

    /// Two kinds, told apart by their keys: "a critical standard at this light forces the overall to at least
    /// that light" (QI-R1) and "this overall needs its critical standards within these lights" (QI-R2, QI-R3).
    func overallRules(_ top: MappingReader) -> [OverallRule] {
        var rules: [OverallRule] = []
        for item in top.list("overall_rules") ?? [] {
            let isForcing: Bool
            if case .mapping(let mapping) = item {
                isForcing = mapping.entries.contains { entry in
                    if case .scalar(let key) = entry.key { return key.value == "critical_standard_at" || key.value == "overall_at_least" }
                    return false
                }
            } else {
                isForcing = false
            }
            let record = isForcing ? PolicyFormat.forcingRule : PolicyFormat.requiringRule
            guard let reader = top.reader(for: item, record: record),
                let rule = ruleID(reader, allowed: isForcing ? [CriticalStandardRule.id] : [LimitedOverallRule.id, BestOverallRule.id])
            else { continue }
            if isForcing {
                let standardLight = reader.text("critical_standard_at")
                let overall = reader.text("overall_at_least")
                decoder.check([standardLight, overall].compactMap { $0 }, in: vocabulary.lights, "light")
                guard let standardLight, let overall else { continue }
                rules.append(.criticalForcesOverall(rule: rule, standardLight: standardLight.value, overallAtLeast: overall.value))
            } else {
                let overall = reader.text("overall")
                let criticalIn = reader.textList("critical_standards_in")
                let noStandardAt = reader.textList("no_standard_at")
                decoder.check(overall.map { [$0] } ?? [], in: vocabulary.lights, "light")
                decoder.check(criticalIn + noStandardAt, in: vocabulary.standardLights, "light")
                guard let overall else { continue }
                rules.append(
                    .overallRequires(
                        rule: rule, overall: overall.value, criticalIn: criticalIn.map(\.value), noStandardIn: noStandardAt.map(\.value)))
            }
        }
        return rules
    }

    private func ruleID(_ reader: MappingReader, allowed: [RuleID]) -> RuleID? {
        guard let rule = reader.text("rule") else { return nil }
        guard allowed.contains(RuleID(rawValue: rule.value)) else {
            let list = allowed.map(\.rawValue).joined(separator: " or ")
            sink.error(.badValue, rule.location, "'\(rule.value)' is not a rule this section can carry", fix: "use \(list)")
            return nil
        }
        return RuleID(rawValue: rule.value)
    }

    // MARK: Approvals (QI-A2, QI-A3, QI-A5)

    func lifting(_ top: MappingReader) -> [LiftApproval] {
        var lifts: [LiftApproval] = []
        for item in top.list("lifting") ?? [] {
            guard let reader = top.reader(for: item, record: PolicyFormat.lifting),
                let rule = ruleID(reader, allowed: [LiftWorstLightRule.id, LiftOtherLightRule.id])
            else { continue }
            let from = reader.textList("from")
            let to = reader.textList("to")
            decoder.check(from + to, in: vocabulary.lights, "light")
            var requirements: [ApprovalRequirement] = []
            for approval in reader.list("approvals") ?? [] {
                guard let needs = reader.reader(for: approval, record: PolicyFormat.liftApproval) else { continue }
                let roles = needs.textList("roles")
                decoder.check(roles, in: vocabulary.roles, "role")
                let areas = needs.has("service_areas") ? needs.textList("service_areas") : nil
                decoder.check(areas ?? [], in: vocabulary.serviceAreas, "service area")
                requirements.append(ApprovalRequirement(roles: roles.map(\.value), serviceAreas: areas?.map(\.value)))
            }
            lifts.append(LiftApproval(rule: rule, from: from.map(\.value), to: to.map(\.value), requirements: requirements))
        }
        return lifts
    }

    func escalations(_ top: MappingReader) -> [Escalation] {
        var escalations: [Escalation] = []
        for item in top.list("escalations") ?? [] {
            guard let reader = top.reader(for: item, record: PolicyFormat.escalation) else { continue }
            let lights = reader.textList("lights")
            let roles = reader.textList("roles")
            let areas = reader.has("service_areas") ? reader.textList("service_areas") : nil
            decoder.check(lights, in: vocabulary.lights, "light")
            decoder.check(roles, in: vocabulary.roles, "role")
            decoder.check(areas ?? [], in: vocabulary.serviceAreas, "service area")
            escalations.append(
                Escalation(
                    lights: lights.map(\.value), roles: roles.map(\.value), title: reader.text("title")?.value ?? "escalation",
                    serviceAreas: areas?.map(\.value)))
        }
        return escalations
    }

    // MARK: Reviews and action plans (QI-V1..V4)

    struct Reviews {
        var everyMonths = 12
        var byLight: [String: Int] = [:]
        var newServiceMonths = 12
        var levels: [ReviewLevel] = []
        var dueWithinDays = 30
    }

    func reviews(_ top: MappingReader) -> Reviews {
        var reviews = Reviews()
        guard let reader = top.mapping("reviews", record: PolicyFormat.reviews) else {
            return reviews
        }
        reviews.everyMonths = decoder.number(reader, "every_months", to: PolicyDecoder.maximumMonths) ?? reviews.everyMonths
        // 0 turns QI-V4 off: the council has no pre-service check.
        reviews.newServiceMonths =
            decoder.number(reader, "new_service_months", from: 0, to: PolicyDecoder.maximumMonths) ?? reviews.newServiceMonths
        // How far ahead the work list looks (0: only what is overdue).
        reviews.dueWithinDays =
            decoder.number(reader, "due_within_days", from: 0, to: PolicyDecoder.maximumDueWithinDays) ?? reviews.dueWithinDays
        if let node = reader.node("by_light") {
            if case .mapping(let mapping) = node {
                var seen = Seen(what: "light in 'by_light'", sink: sink)
                for entry in mapping.entries {
                    guard case .scalar(let light) = entry.key, case .scalar(let months) = entry.value, let value = Int(months.value) else {
                        sink.error(
                            .wrongType, reader.location(of: entry.value),
                            "each entry of 'by_light' is 'LIGHT: MONTHS' with a whole number of months", fix: "write it like 'amber: 3'")
                        continue
                    }
                    let key = Located(light.value, at: reader.location(of: entry.key))
                    guard seen.first(key),
                        let checked = decoder.checked(
                            Located(value, at: reader.location(of: entry.value)), "by_light", to: PolicyDecoder.maximumMonths)
                    else { continue }
                    decoder.check([key], in: vocabulary.lights, "light")
                    reviews.byLight[light.value] = checked
                }
            } else {
                sink.error(
                    .wrongType, reader.location(of: node), "'by_light' must be a mapping of LIGHT: MONTHS, found \(node.kindDescription)",
                    fix: "write one 'LIGHT: MONTHS' line per light")
            }
        }
        var levels = Seen(what: "review level", sink: sink)
        for item in reader.list("levels") ?? [] {
            guard let level = reader.reader(for: item, record: PolicyFormat.reviewLevel),
                let number = level.int("level")
            else { continue }
            guard levels.first(Located(String(number.value), at: number.location)) else { continue }
            reviews.levels.append(
                ReviewLevel(
                    level: number.value, title: level.text("title")?.value ?? "Level \(number.value)",
                    bases: level.choiceList("bases", as: RatingBasis.self).map(\.value),
                    fromCriticality: level.choice("from_criticality", as: Criticality.self)?.value,
                    fromAnnualValue: level.int("from_annual_value")?.value))
        }
        reviews.levels.sort { $0.level < $1.level }
        return reviews
    }

    struct ActionPlans {
        var withinMonths = 3
        var outcomes: [String] = []
        var lights: [String] = []
    }

    func actionPlans(_ top: MappingReader) -> ActionPlans {
        var plans = ActionPlans()
        guard let reader = top.mapping("action_plans", record: PolicyFormat.actionPlans) else {
            return plans
        }
        plans.withinMonths = decoder.number(reader, "within_months", to: PolicyDecoder.maximumMonths) ?? plans.withinMonths
        let outcomes = reader.textList("outcomes")
        let lights = reader.textList("lights")
        decoder.check(outcomes, in: vocabulary.outcomes, "outcome")
        decoder.check(lights, in: vocabulary.lights, "light")
        plans.outcomes = outcomes.map(\.value)
        plans.lights = lights.map(\.value)
        return plans
    }
}
