/// A stable rule identifier (`QI-R1`) that diagnostics, tests and documentation cite.
public struct RuleID: RawRepresentable, Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }
}

/// The rules the loader reports, by what they catch: each forwards to its declaration in `Rules/Format/` (and
/// `Rules/Privacy/` for QI-P1), which gives the id and the README catalogue's line.
extension RuleID {
    /// QI-F1: not well-formed YAML, or more than one document.
    public static let yamlSyntax = YAMLSyntaxRule.id
    /// QI-F2: a value of the wrong type.
    public static let wrongType = WrongTypeRule.id
    /// QI-F3: a key the content format does not define.
    public static let unknownKey = UnknownKeyRule.id
    /// QI-F4: a required key missing or empty.
    public static let missingKey = MissingKeyRule.id
    /// QI-F5: a key or an id twice.
    public static let duplicate = DuplicateRule.id
    /// QI-F6: an id that is not lower-case words joined by `-`.
    public static let badID = BadIDRule.id
    /// QI-F7: a bad date, or a value outside its allowed list.
    public static let badValue = BadValueRule.id
    /// QI-F8: a file name that disagrees with the date inside it.
    public static let fileNameMismatch = FileNameRule.id
    /// QI-F9: a name that points nowhere.
    public static let unknownReference = UnknownReferenceRule.id
    /// QI-F10: hostile or unreadable input.
    public static let unsafeInput = UnsafeInputRule.id
    /// QI-F11: a file or folder outside the content format, or a required file missing.
    public static let layout = LayoutRule.id
    /// A link of a built site that goes to none of its files (the build's link check).
    public static let brokenLink = BrokenLinkRule.id
    /// QI-F13: a covered locality (`covers:`) that is not one of directory.yaml's, or listed twice.
    public static let coveredLocality = CoveredLocalityRule.id
    /// QI-P1: an NHS-number-shaped value.
    public static let personalData = PersonalDataRule.id
}
