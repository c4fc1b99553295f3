import QIDomain

/// One kind of YAML record (a file, or a mapping inside one): its keys, in the order the format documents them.
///
/// The loader checks keys (QI-F3) and required keys (QI-F4) against these declarations, and `qid schema` writes
/// the JSON Schemas and the field reference (`docs/content-format.md`) from the same ones, so the three cannot
/// drift apart.
public struct RecordDeclaration: Sendable {
    /// What the record is, for messages: "provider.yaml", "an action", "an approval".
    public let subject: String
    public let fields: [FieldDeclaration]

    public init(_ subject: String, _ fields: [FieldDeclaration]) {
        self.subject = subject
        self.fields = fields
        self.keys = fields.map(\.key)
        self.positions = KeyTable(keys)
    }

    /// The allowed keys, in declaration order.
    public let keys: [String]
    private let positions: KeyTable

    public var requiredKeys: [String] { fields.filter(\.required).map(\.key) }

    /// The position of `key` in `fields`, nil for an undeclared key.
    public func position(of key: String) -> Int? {
        positions.position(of: key)
    }

    public func field(_ key: String) -> FieldDeclaration? {
        position(of: key).map { fields[$0] }
    }

    /// Whether `key` is declared required (false for an undeclared key).
    public func isRequired(_ key: String) -> Bool {
        position(of: key).map { fields[$0].required } ?? false
    }
}

/// One key of a record: its type, whether it is required, and what it means.
public struct FieldDeclaration: Sendable {
    public let key: String
    public let type: FieldType
    public let required: Bool
    /// One line for the field reference and the schema's `description`.
    public let summary: String
    /// Rules beyond the type's own that check the value (QI-F8 for a file name's date, QI-R1 for an overall).
    public let alsoCheckedBy: [RuleID]

    public init(_ key: String, _ type: FieldType, required: Bool = false, _ summary: String, alsoCheckedBy: [RuleID] = []) {
        self.key = key
        self.type = type
        self.required = required
        self.summary = summary
        self.alsoCheckedBy = alsoCheckedBy
    }

    /// Every rule that checks the value: the type's, then the field's own.
    public var rules: [RuleID] {
        var rules = type.rules
        for rule in alsoCheckedBy where !rules.contains(rule) {
            rules.append(rule)
        }
        return rules
    }
}

/// A council's own words, read from its policy, `directory.yaml` or `officers.yaml` (checked by QI-F9).
public enum CouncilWords: String, CaseIterable, Sendable {
    case standards, lights
    /// The lights and the policy's `not_assessed` key: what a standard may be rated.
    case standardLights = "standard lights"
    case roles
    case serviceTypes = "service types"
    case serviceAreas = "service areas"
    case outcomes, processes, triggers, localities, officers
    /// `provider`, `council` or an officer id.
    case actionOwners = "action owners"

    /// Where the words come from, for the field reference.
    public var source: String {
        switch self {
        case .standards: return "a standard of the policy"
        case .lights: return "a light of the policy"
        case .standardLights: return "a light of the policy, or its not-assessed key"
        case .roles: return "a role of the policy"
        case .serviceTypes: return "a service type of the policy"
        case .serviceAreas: return "a service area of the policy"
        case .outcomes: return "an outcome of the policy"
        case .processes: return "a concern process of the policy"
        case .triggers: return "a trigger of the policy"
        case .localities: return "a locality of directory.yaml"
        case .officers: return "an officer id of officers.yaml"
        case .actionOwners: return "provider, council or an officer id of officers.yaml"
        }
    }
}

/// What a value must be.
public indirect enum FieldType: Sendable {
    /// Any single value (a YAML scalar).
    case text
    /// Markdown text.
    case markdown
    /// A date written YYYY-MM-DD.
    case date
    case boolean
    /// A whole number.
    case integer
    /// One of the content format's own words.
    case words([String])
    /// One of the council's words.
    case council(CouncilWords)
    /// An id: lower-case letters and digits in words joined by '-'.
    case id
    /// A regulator's identifier in its own format.
    case registration(RegistrationID)
    /// Text that becomes part of a link, in the shape the words say ("an email address").
    case link(String)
    case list(FieldType)
    case record(RecordDeclaration)
    /// A mapping of names to values: `roles: {qi-officer: Quality Improvement Officer}`.
    case table(key: FieldType, value: FieldType)
    /// A rating's `standards:`: every standard of the policy mapped to a light or `{light, note}`.
    case standards(RecordDeclaration)
    /// One of several shapes (a policy's overall rules).
    case oneOf([FieldType])

    /// The rules that check a value of this type.
    public var rules: [RuleID] {
        switch self {
        case .text, .markdown, .boolean, .integer: return [.wrongType]
        case .date, .words, .link, .registration: return [.badValue]
        case .council: return [.unknownReference]
        case .id: return [.badID]
        case .list(let item): return [.wrongType] + item.rules.filter { $0 != .wrongType }
        case .record: return [.wrongType, .unknownKey]
        case .table(let key, let value):
            var rules: [RuleID] = [.wrongType]
            for rule in key.rules + value.rules where !rules.contains(rule) { rules.append(rule) }
            return rules
        case .standards: return [.wrongType, .unknownReference, .missingKey]
        case .oneOf: return [.wrongType, .unknownKey]
        }
    }
}

extension FieldType {
    /// A single value (not a list or a mapping): what `MappingReader.text` reads.
    public var isSingleValue: Bool {
        switch self {
        case .list, .record, .table, .standards, .oneOf: return false
        default: return true
        }
    }

    /// The type of a list's items; nil for any other type.
    var listItem: FieldType? {
        if case .list(let item) = self { return item }
        return nil
    }

    /// Whether this is the content format's own list of `words`, in their order.
    func isWords(_ words: [String]) -> Bool {
        if case .words(let declared) = self { return declared == words }
        return false
    }
}
