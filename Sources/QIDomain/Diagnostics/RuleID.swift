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

/// The content-format rules: problems with a file's shape rather than with what it says about quality.
/// Each has an entry in the README's rule catalogue.
extension RuleID {
    /// The file is not well-formed YAML (libyaml's problem and position), or holds more than one document.
    public static let yamlSyntax: RuleID = "QI-F1"
    /// A value has the wrong type: text where a list is expected, a mapping where text is expected, and so on.
    public static let wrongType: RuleID = "QI-F2"
    /// A key that the content format does not define (usually a typo): lists the allowed keys.
    public static let unknownKey: RuleID = "QI-F3"
    /// A required key is missing or empty.
    public static let missingKey: RuleID = "QI-F4"
    /// The same key twice in one mapping, or the same id twice.
    public static let duplicate: RuleID = "QI-F5"
    /// An id (provider folder, officer, concern slug, action) that is not lower-case words joined by `-`.
    public static let badID: RuleID = "QI-F6"
    /// A date that is not `YYYY-MM-DD` or does not exist (2026-02-30), a value outside its allowed list, or a value
    /// that becomes a link (base URL, website, email, phone, CQC or Ofsted id) without its plain shape (`SafeLink`).
    public static let badValue: RuleID = "QI-F7"
    /// A file name that disagrees with the `date` or `raised` inside it.
    public static let fileNameMismatch: RuleID = "QI-F8"
    /// A reference to an officer, concern, locality, standard, service, role, light or trigger that does not exist.
    public static let unknownReference: RuleID = "QI-F9"
    /// Hostile or unreadable input: too large, too deep, too many aliases, invalid UTF-8, binary, a link out.
    public static let unsafeInput: RuleID = "QI-F10"
    /// A file or folder that is not part of the content format, or a required file that is missing.
    public static let layout: RuleID = "QI-F11"
    /// Personal data: an NHS-number-shaped value (10 digits passing the modulus 11 check).
    public static let personalData: RuleID = "QI-P1"
}
