import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// The declarations (`ContentFormat`) are what the loader enforces, key by key: a sample of each file kind that
/// uses every declared key checks clean; removing each key is a QI-F4 error exactly when it is declared required;
/// an undeclared key is a QI-F3 error listing the declared keys; and a value of the wrong kind for each key's
/// declared type is reported at that key's line by a rule the declaration names (so the schemas and the field
/// reference, written from the same declarations, say what `qid check` does).
@Suite struct DeclarationTests {
    /// A sample file of one kind: one line per top-level key, in declaration order.
    struct Sample {
        var kind: FileKind
        var path: String
        var lines: [(key: String, value: String)]
        /// Each line's prefix (officers.yaml is a list: its item starts with "- ").
        var listItem = false

        func text(replacing key: String? = nil, with value: String? = nil, removing removed: String? = nil, adding extra: String? = nil)
            -> String
        {
            var out: [String] = []
            for line in lines where line.key != removed {
                out.append("\(line.key): \(line.key == key ? value ?? line.value : line.value)")
            }
            if let extra { out.append(extra) }
            guard listItem else { return out.joined(separator: "\n") + "\n" }
            return out.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }.joined(separator: "\n") + "\n"
        }

        /// The 1-based line of `key` in the text.
        func line(of key: String) -> Int {
            (lines.firstIndex { $0.key == key } ?? 0) + 1
        }
    }

    static let concernID = "2026-02-20-medication-errors"

    static let samples: [Sample] = [
        Sample(
            kind: .directory, path: "directory.yaml",
            lines: [
                ("title", "Test Directory"), ("organisation", "Test County Council"), ("policy", "oxfordshire"), ("base_url", "/"),
                ("contact", "qi@example.org"), ("localities", "[Cherwell, Oxford]"), ("extra_holidays", "[2026-05-08]"),
                ("cqc", "{localities: {Cherwell: Cherwell}}"),
            ]),
        Sample(
            kind: .provider, path: "providers/acorn-house/provider.yaml",
            lines: [
                ("name", "Acorn House"), ("organisation", "Acorn Care Group Ltd"), ("services", "[care-home-nursing]"),
                ("service_areas", "[age-well]"), ("locality", "Cherwell"), ("covers", "[Oxford]"), ("out_of_county", "false"),
                ("address", "1 High Street"),
                ("postcode", "OX16 1AA"), ("registration", "{ofsted_urn: SC040011, cqc_location: 1-1850346011}"),
                ("contract", "{tier: silver, annual_value: 100000, criticality: low}"), ("officer", "amira-khan"), ("status", "active"),
                ("commissioned_since", "2019-04-01"), ("contact", "{phone: 01295 000000, email: a@acorn.example, website: acorn.example}"),
                ("internal", "Owner changed in 2025."),
            ]),
        Sample(
            kind: .rating, path: "providers/acorn-house/ratings/2026-03-14.yaml",
            lines: [
                ("date", "2026-03-14"), ("basis", "concern"), ("concern", concernID), ("officer", "amira-khan"),
                (
                    "standards",
                    "{leadership: green, staffing: green, skills: green, personalisation: green, care-planning: green, "
                        + "health-safety: green, safeguarding: green, quality-assurance: green, involvement: green, partnership: not-assessed}"
                ),
                ("overall", "amber"), ("outcome", "requires-improvement"), ("summary", "Amber while the concern is open."),
                ("internal", "Notes."), ("approvals", "[{officer: ben-ortiz, role: qi-manager, date: 2026-03-20}]"),
                ("actions", "[{id: A1, action: Train staff., owner: provider, due: 2026-06-14, status: open}]"),
                ("next_review", "2026-09-14"),
            ]),
        Sample(
            kind: .concern, path: "providers/acorn-house/concerns/\(concernID).yaml",
            lines: [
                ("raised", "2026-02-20"), ("title", "Medication errors on one unit"), ("sources", "[safeguarding]"),
                ("triggers", "[medication-errors-low-harm]"), ("process", "standards-of-care"), ("risk", "medium"), ("chair", "ben-ortiz"),
                ("lead", "amira-khan"), ("meetings", "[{date: 2026-02-24, kind: provider}]"), ("actions", "[]"), ("status", "closed"),
                ("closed", "{date: 2026-03-10, by: ben-ortiz, outcome: resolved}"), ("summary", "Details."), ("internal", "Notes."),
            ]),
        Sample(
            kind: .cqc, path: "providers/acorn-house/cqc.yaml",
            lines: [
                ("location", "1-1850346011"), ("registration_status", "registered"), ("registered", "2019-01-01"),
                ("deregistered", "2030-01-01"), ("dormant", "false"), ("overall", "{rating: good, date: 2025-06-09}"),
                ("safe", "{rating: good}"), ("effective", "{rating: good}"), ("caring", "{rating: good}"), ("responsive", "{rating: good}"),
                ("well_led", "{rating: good, date: 2025-06-09, inherited: true}"), ("last_inspection", "2025-05-01"),
                ("latest_report", "2025-06-09"), ("data_date", "2026-03-01"),
            ]),
    ]

    /// Format problems (QI-F*) in one file of the tree, after the quality rules too (QI-F9 is checked there).
    static func formatProblems(_ tree: FixtureTree, in relative: String) throws -> [Diagnostic] {
        try tree.evaluate(asOf: "2026-03-31").diagnostics.filter {
            $0.location.file == "\(tree.path)/\(relative)" && $0.rule.rawValue.hasPrefix("QI-F")
        }
    }

    static func tree(with sample: Sample, text: String) throws -> FixtureTree {
        let tree = try FixtureTree.minimal()
        for other in samples where other.kind != sample.kind {
            try tree.writing(other.path, other.text())
        }
        return try tree.writing(sample.path, text)
    }

    @Test(arguments: samples.map(\.kind))
    func eachSampleUsesEveryDeclaredKeyAndChecksClean(kind: FileKind) throws {
        let sample = try #require(Self.samples.first { $0.kind == kind })
        #expect(sample.lines.map(\.key) == kind.record.keys)
        let tree = try Self.tree(with: sample, text: sample.text())
        defer { tree.remove() }
        #expect(try Self.formatProblems(tree, in: sample.path).isEmpty)
    }

    @Test(arguments: samples.map(\.kind))
    func removingAKeyIsAnErrorExactlyWhenItIsDeclaredRequired(kind: FileKind) throws {
        let sample = try #require(Self.samples.first { $0.kind == kind })
        for field in kind.record.fields where !(kind == .rating && field.key == "concern") {
            let tree = try Self.tree(with: sample, text: sample.text(removing: field.key))
            defer { tree.remove() }
            let missing = try Self.formatProblems(tree, in: sample.path).filter {
                $0.rule == .missingKey && $0.message.contains("'\(field.key)'")
            }
            #expect(missing.isEmpty == !field.required, "\(kind.path): removing '\(field.key)'")
        }
    }

    @Test(arguments: samples.map(\.kind))
    func anUndeclaredKeyListsTheDeclaredOnes(kind: FileKind) throws {
        let sample = try #require(Self.samples.first { $0.kind == kind })
        let tree = try Self.tree(with: sample, text: sample.text(adding: "colour: blue"))
        defer { tree.remove() }
        let problems = try Self.formatProblems(tree, in: sample.path)
        #expect(problems.map(\.rule) == [.unknownKey])
        #expect(problems.first?.fix == "use one of: " + kind.record.keys.joined(separator: ", "))
    }

    /// A value that the type does not allow, and the rule that must report it.
    static func wrongValue(for type: FieldType) -> (value: String, rule: RuleID) {
        switch type {
        case .text, .markdown: return ("[a, b]", .wrongType)
        case .date: return ("2026-02-30", .badValue)
        case .boolean: return ("maybe", .wrongType)
        case .integer: return ("lots", .wrongType)
        case .words, .registration: return ("zzz-not-allowed", .badValue)
        case .link: return ("javascript:alert(1)", .badValue)
        case .council: return ("zzz-not-allowed", .unknownReference)
        case .id: return ("Not An Id", .badID)
        case .list, .table: return ("{a: b}", .wrongType)
        case .record, .standards, .oneOf: return ("[a]", .wrongType)
        }
    }

    @Test(arguments: samples.map(\.kind))
    func aWrongValueForEachKeyIsReportedAtItsLineByARuleItsDeclarationNames(kind: FileKind) throws {
        let sample = try #require(Self.samples.first { $0.kind == kind })
        for field in kind.record.fields {
            let (value, rule) = Self.wrongValue(for: field.type)
            // directory.yaml's contact is text, checked as an email only when it holds an '@'.
            let tree = try Self.tree(with: sample, text: sample.text(replacing: field.key, with: value))
            defer { tree.remove() }
            let problems = try Self.formatProblems(tree, in: sample.path)
            let hit = problems.filter { $0.rule == rule && $0.location.line == sample.line(of: field.key) }
            #expect(!hit.isEmpty, "\(kind.path): '\(field.key): \(value)' gave \(problems.map { "\($0.location.line) \($0.rule)" })")
            #expect(field.rules.contains(rule), "\(kind.path): '\(field.key)' does not name \(rule)")
        }
    }

    @Test func officersYAMLIsAListOfDeclaredRecords() throws {
        let officer = Sample(
            kind: .officers, path: "officers.yaml",
            lines: [
                ("id", "zoe-test"), ("name", "Zoe Test"), ("roles", "[qi-officer]"), ("teams", "[age-well]"), ("email", "zoe@example.org"),
            ], listItem: true)
        #expect(officer.lines.map(\.key) == ContentFormat.officer.keys)
        let base = try FixtureTree.minimal()
        defer { base.remove() }
        let others = try base.read("officers.yaml")
        for field in ContentFormat.officer.fields {
            let (value, rule) = Self.wrongValue(for: field.type)
            let tree = try FixtureTree.minimal().writing("officers.yaml", officer.text(replacing: field.key, with: value) + others)
            defer { tree.remove() }
            let problems = try Self.formatProblems(tree, in: "officers.yaml")
            #expect(problems.contains { $0.rule == rule && $0.location.line == officer.line(of: field.key) }, "'\(field.key): \(value)'")
            #expect(field.rules.contains(rule))
            let removed = try FixtureTree.minimal().writing("officers.yaml", officer.text(removing: field.key) + others)
            defer { removed.remove() }
            let missing = try Self.formatProblems(removed, in: "officers.yaml").filter { $0.rule == .missingKey }
            #expect(missing.isEmpty == !field.required, "removing '\(field.key)'")
        }
    }
}
