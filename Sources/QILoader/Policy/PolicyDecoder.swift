import QIDomain
import QIYAML

/// A policy file (format 1) → a `Policy`, with a file:line:column diagnostic for every mistake: unknown or missing
/// keys, wrong types, duplicate keys, bad ids, and references to a light, role, process, service area or outcome the
/// file does not define.
///
/// The format is documented in the README and by `qid policy show oxfordshire`.
struct PolicyDecoder {
    let file: String
    let sink: DiagnosticSink

    /// The vocabulary read so far, for checking references.
    struct Vocabulary {
        var lights: [String] = []
        var standardLights: [String] = []
        var roles: [String] = []
        var serviceAreas: [String] = []
        var outcomes: [String] = []
        var processes: [String] = []
    }

    func decode(_ node: YAMLNode) -> Policy? {
        guard let top = MappingReader(node, file: file, record: PolicyFormat.policy, sink: sink) else { return nil }
        if let format = top.int("format"), format.value != 1 {
            sink.error(.badValue, format.location, "policy format \(format.value) is not one this qid reads", fix: "write 'format: 1'")
        }
        let name = top.text("name")
        if let name, !IDs.isValid(name.value) {
            sink.error(
                .badID, name.location, "policy name '\(name.value)' is not \(IDs.shape)",
                fix: "use a name like '\(IDs.suggestion(for: name.value))'")
        }
        let council = top.text("council")

        var vocabulary = Vocabulary()
        let roles = terms(top, "roles")
        vocabulary.roles = roles.map(\.key)
        let serviceTypes = terms(top, "service_types")
        let serviceAreas = terms(top, "service_areas")
        vocabulary.serviceAreas = serviceAreas.map(\.key)
        let outcomes = terms(top, "outcomes")
        vocabulary.outcomes = outcomes.map(\.key)

        guard let scale = lightScale(top) else { return nil }
        vocabulary.lights = scale.levels.map(\.key)
        vocabulary.standardLights = vocabulary.lights + [scale.notAssessed.key]
        let standards = self.standards(top)
        let processes = self.processes(top, vocabulary)
        vocabulary.processes = processes.map(\.key)
        let triggers = self.triggers(top, vocabulary)
        let rules = PolicyRulesDecoder(decoder: self, vocabulary: vocabulary)
        let overallRules = rules.overallRules(top)
        let lifting = rules.lifting(top)
        let escalations = rules.escalations(top)
        let reviews = rules.reviews(top)
        let actionPlans = rules.actionPlans(top)

        let team = top.text("team")?.value ?? "the council's quality team"
        let notices = self.notices(top, team: team)
        let officerAssignment = top.choice("officer_assignment", as: OfficerAssignment.self)?.value ?? .required
        let cqc = self.cqc(top, triggers: triggers)
        guard let name, let council else { return nil }
        var policy = Policy(
            name: name.value, council: council.value, team: team, standards: standards,
            standardsTitle: top.text("standards_title")?.value ?? "Standards",
            standardTitle: top.text("standard_title")?.value ?? "Standard", lightsTitle: scale.title,
            lights: scale.levels, notAssessed: scale.notAssessed, notYetRated: scale.notYetRated,
            overallRules: overallRules, processes: processes, triggers: triggers, liftApprovals: lifting,
            escalations: escalations, reviewCadenceMonths: reviews.everyMonths, reviewCadenceByLight: reviews.byLight,
            actionPlanWindowMonths: actionPlans.withinMonths, actionPlanOutcomes: actionPlans.outcomes,
            actionPlanLights: actionPlans.lights, reviewLevels: reviews.levels,
            newServiceWindowMonths: reviews.newServiceMonths, roles: roles, serviceTypes: serviceTypes,
            serviceAreas: serviceAreas, outcomes: outcomes, notices: notices, dueWithinDays: reviews.dueWithinDays,
            officerAssignment: officerAssignment)
        policy.cqc = cqc
        return policy
    }

    // MARK: Notices

    /// The words beside the light; each one the file leaves out keeps qid's default, naming the team.
    private func notices(_ top: MappingReader, team: String) -> PolicyNotices {
        var notices = PolicyNotices.defaults(team: team)
        guard let reader = top.mapping("notices", record: PolicyFormat.notices) else { return notices }
        if let text = reader.text("review_overdue") {
            checkPlaceholders(text, allowed: PolicyNotices.reviewPlaceholders)
            notices.reviewOverdue = text.value
        }
        for (key, path) in [("never_reviewed", \PolicyNotices.neverReviewed), ("suspended", \.suspended), ("closed", \.closed)] {
            guard let text = reader.text(key) else { continue }
            checkPlaceholders(text, allowed: [])
            notices[keyPath: path] = text.value
        }
        return notices
    }

    /// Every `{name}` in `text` is one of `allowed`.
    private func checkPlaceholders(_ text: Located<String>, allowed: [String]) {
        var rest = Substring(text.value)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = String(after[..<close])
            if !allowed.contains(name) {
                let uses =
                    allowed.isEmpty ? "this notice takes no placeholders" : "use " + allowed.map { "{\($0)}" }.joined(separator: " or ")
                sink.error(.badValue, text.location, "unknown placeholder '{\(name)}' in the notice", fix: uses)
            }
            rest = after[after.index(after: close)...]
        }
    }

    // MARK: Lights

    struct LightScale {
        static let notYetRatedKey = "not-yet-rated"
        var title: String
        var levels: [LightLevel]
        var notAssessed: Term
        var notYetRated: LightLevel
    }

    private func lightScale(_ top: MappingReader) -> LightScale? {
        guard let lights = top.mapping("lights", record: PolicyFormat.lights) else { return nil }
        var levels: [LightLevel] = []
        var seen = Seen(what: "light", sink: sink)
        for item in lights.list("levels") ?? [] {
            guard let level = lights.reader(for: item, record: PolicyFormat.level),
                let key = self.key(level, "key"), notReserved(key), seen.first(key)
            else { continue }
            let word = level.text("word")?.value ?? key.value
            levels.append(
                LightLevel(
                    key: key.value, word: word, label: level.text("label")?.value ?? word,
                    cssClass: cssClass(level) ?? LightLevel.neutralCSSClass, guidance: level.text("guidance")?.value ?? ""))
        }
        var notAssessed = Term("not-assessed", "Not assessed")
        if let reader = lights.mapping("not_assessed", record: PolicyFormat.notAssessed) {
            if let key = self.key(reader, "key"), notReserved(key), seen.first(key) { notAssessed.key = key.value }
            notAssessed.title = reader.text("word")?.value ?? notAssessed.title
        } else {
            // The default key must not be a light's too, or a standard "not assessed" would read as that light.
            _ = seen.first(Located(notAssessed.key, at: lights.location))
        }
        var notYetRated = LightLevel(
            key: LightScale.notYetRatedKey, word: "Not yet rated", label: "Not yet rated", cssClass: LightLevel.neutralCSSClass,
            guidance: "Not yet rated: check with the council before placing.")
        if let reader = lights.mapping("not_yet_rated", record: PolicyFormat.notYetRated) {
            notYetRated.word = reader.text("word")?.value ?? notYetRated.word
            notYetRated.label = reader.text("label")?.value ?? notYetRated.word
            notYetRated.cssClass = cssClass(reader) ?? notYetRated.cssClass
            notYetRated.guidance = reader.text("guidance")?.value ?? notYetRated.guidance
        }
        guard !levels.isEmpty else { return nil }
        return LightScale(
            title: lights.text("title")?.value ?? "Traffic light", levels: levels, notAssessed: notAssessed, notYetRated: notYetRated)
    }

    /// The key of "not yet rated" is fixed: a light with it would be shown as, and mixed with, providers that
    /// have no rating at all.
    private func notReserved(_ key: Located<String>) -> Bool {
        guard key.value != LightScale.notYetRatedKey else {
            sink.error(.duplicate, key.location, "'\(key.value)' is kept for providers with no rating", fix: "give this light another key")
            return false
        }
        return true
    }

    /// A CSS class name (`qi-light--red`): letters, digits, `-` and `_`, starting with a letter.
    private func cssClass(_ reader: MappingReader) -> String? {
        guard let text = reader.text("class") else { return nil }
        let isClassName =
            text.value.first?.isLetter == true
            && text.value.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSetASCII.isAlphanumeric($0) || $0 == "-" || $0 == "_") }
        guard isClassName else {
            sink.error(
                .badValue, text.location, "'\(text.value)' is not a CSS class name",
                fix: "use one of the theme's classes, like qi-light--amber")
            return nil
        }
        return text.value
    }

    // MARK: Standards, processes, triggers

    private func standards(_ top: MappingReader) -> [PolicyStandard] {
        var standards: [PolicyStandard] = []
        var seen = Seen(what: "standard", sink: sink)
        var numbers = Seen(what: "standard number", sink: sink)
        for item in top.list("standards") ?? [] {
            guard let standard = top.reader(for: item, record: PolicyFormat.standard),
                let key = self.key(standard, "key"), seen.first(key)
            else { continue }
            let number = standard.int("number")
            if let number { _ = numbers.first(Located(String(number.value), at: number.location)) }
            standards.append(
                PolicyStandard(
                    key: key.value, number: number?.value ?? standards.count + 1,
                    title: standard.text("title")?.value ?? key.value, critical: standard.bool("critical") ?? false))
        }
        return standards
    }

    private func processes(_ top: MappingReader, _ vocabulary: Vocabulary) -> [ConcernProcess] {
        var processes: [ConcernProcess] = []
        var seen = Seen(what: "process", sink: sink)
        for item in top.list("processes") ?? [] {
            guard let process = top.reader(for: item, record: PolicyFormat.process),
                let key = self.key(process, "key"), seen.first(key)
            else { continue }
            let floor = process.text("light_while_open")
            check(floor.map { [$0] } ?? [], in: vocabulary.lights, "light")
            let chairRoles = process.textList("chair_roles")
            check(chairRoles, in: vocabulary.roles, "role")
            var closedByChairOnly = false
            if let closedBy = process.text("closed_by") {
                switch closedBy.value {
                case "chair": closedByChairOnly = true
                case "any-officer": closedByChairOnly = false
                default:
                    sink.error(.badValue, closedBy.location, "'closed_by' is '\(closedBy.value)'", fix: "use chair or any-officer")
                }
            }
            processes.append(
                ConcernProcess(
                    key: key.value, title: process.text("title")?.value ?? key.value, floor: floor?.value,
                    chairRoles: chairRoles.map(\.value), closedByChairOnly: closedByChairOnly,
                    meetingDeadlineWorkingDays: number(process, "meeting_within_working_days", to: Self.maximumWorkingDays)))
        }
        return processes
    }

    private func triggers(_ top: MappingReader, _ vocabulary: Vocabulary) -> [Trigger] {
        var triggers: [Trigger] = []
        var seen = Seen(what: "trigger", sink: sink)
        for item in top.list("triggers") ?? [] {
            guard let trigger = top.reader(for: item, record: PolicyFormat.trigger),
                let code = self.key(trigger, "code"), seen.first(code)
            else { continue }
            let allows = trigger.textList("allows")
            check(allows, in: vocabulary.processes, "process")
            triggers.append(
                Trigger(code: code.value, title: trigger.text("title")?.value ?? code.value, allows: allows.map(\.value)))
        }
        return triggers
    }

    // MARK: Shared readers

    /// A required id-shaped key (`key`, `code`).
    func key(_ reader: MappingReader, _ name: String) -> Located<String>? {
        guard let key = reader.text(name) else { return nil }
        guard IDs.isValid(key.value) else {
            sink.error(
                .badID, key.location, "'\(key.value)' is not \(IDs.shape)", fix: "use a key like '\(IDs.suggestion(for: key.value))'")
            return nil
        }
        return key
    }

    /// A whole number from `minimum` to `maximum`, or nil (with a diagnostic when it is outside them).
    ///
    /// Every count in a policy has a ceiling far above any council's (ten years of months, a year of working days), so
    /// a typo cannot overflow a date or keep `qid` counting days for minutes.
    func number(_ reader: MappingReader, _ name: String, from minimum: Int = 1, to maximum: Int) -> Int? {
        guard let number = reader.int(name) else { return nil }
        return checked(number, name, from: minimum, to: maximum)
    }

    func checked(_ number: Located<Int>, _ name: String, from minimum: Int = 1, to maximum: Int) -> Int? {
        guard (minimum...maximum).contains(number.value) else {
            sink.error(
                .badValue, number.location, "'\(name)' must be from \(minimum) to \(maximum), found \(number.value)",
                fix: "give a whole number from \(minimum) to \(maximum)")
            return nil
        }
        return number.value
    }

    static let maximumMonths = 120
    static let maximumWorkingDays = 260
    /// A year of look-ahead for the work list.
    static let maximumDueWithinDays = 366

    /// Reports every reference that is not one of `keys`, with the nearest.
    func check(_ references: [Located<String>], in keys: [String], _ what: String) {
        for reference in references where !keys.contains(reference.value) {
            sink.error(
                .unknownReference, reference.location,
                "unknown \(what) '\(reference.value)'\(Suggestions.didYouMean(reference.value, in: keys)); the policy defines\(keys.isEmpty ? " none" : ": " + keys.joined(separator: ", "))",
                fix: "name a \(what) the policy file defines, or define it")
        }
    }

    /// A mapping of key → title, in file order (roles, service types, service areas, outcomes).
    private func terms(_ top: MappingReader, _ name: String) -> [Term] {
        guard let node = top.node(name) else { return [] }
        guard case .mapping(let mapping) = node else {
            sink.error(
                .wrongType, top.location(of: node), "'\(name)' must be a mapping of key: title, found \(node.kindDescription)",
                fix: "write one 'key: Title' line per entry")
            return []
        }
        var terms: [Term] = []
        var seen = Seen(what: String(name.dropLast()).replacingOccurrences(of: "_", with: " "), sink: sink)
        for entry in mapping.entries {
            guard case .scalar(let key) = entry.key, case .scalar(let title) = entry.value, !title.isNull else {
                sink.error(
                    .wrongType, top.location(of: entry.key), "each entry of '\(name)' is 'key: Title'",
                    fix: "write one 'key: Title' line per entry")
                continue
            }
            let located = Located(key.value, at: top.location(of: entry.key))
            guard IDs.isValid(key.value) else {
                sink.error(
                    .badID, located.location, "'\(key.value)' is not \(IDs.shape)",
                    fix: "use a key like '\(IDs.suggestion(for: key.value))'")
                continue
            }
            guard seen.first(located) else { continue }
            terms.append(Term(key.value, title.value))
        }
        if top.declaration.isRequired(name) && terms.isEmpty {
            sink.error(.missingKey, top.location(of: node), "'\(name)' needs at least one entry", fix: "add 'key: Title' lines")
        }
        return terms
    }
}

/// Remembers keys already defined and reports a second definition (QI-F5).
struct Seen {
    let what: String
    let sink: DiagnosticSink
    private var first: [String: SourceLocation] = [:]

    init(what: String, sink: DiagnosticSink) {
        self.what = what
        self.sink = sink
    }

    /// True the first time a key is seen.
    mutating func first(_ key: Located<String>) -> Bool {
        if let earlier = first[key.value] {
            sink.error(
                .duplicate, key.location, "\(what) '\(key.value)' is defined twice (first on line \(earlier.line))",
                fix: "define each \(what) once")
            return false
        }
        first[key.value] = key.location
        return true
    }
}

enum CharacterSetASCII {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
