/// The public identifiers of `registration:` in provider.yaml, each with the format its issuer uses.
///
/// Values in these fields are checked against their format (QI-F7) and are never read as NHS numbers (QI-P1).
public enum RegistrationID: String, CaseIterable, Sendable {
    case cqcLocation = "cqc_location"
    case cqcProvider = "cqc_provider"
    case ofstedURN = "ofsted_urn"
    case uprn
    case companiesHouse = "companies_house"

    /// The format in words, with a real-shaped example, for the QI-F7 message.
    public var format: String {
        switch self {
        case .cqcLocation: return "'1-' then 9 to 11 digits, as CQC issues location ids (for example 1-1850346011)"
        case .cqcProvider: return "'1-' then 9 to 11 digits, as CQC issues provider ids (for example 1-101641521)"
        case .ofstedURN: return "6 or 7 digits, or SC then 6 digits for social care (for example 105574 or SC040011)"
        case .uprn: return "1 to 12 digits, the Unique Property Reference Number (for example 100121240123)"
        case .companiesHouse:
            return "8 characters: 8 digits, or 2 letters (SC, NI, OC, SO, NC, LP, SL, NL, R0, IP, SP, RC, SR, …) and 6 digits "
                + "(for example 01234567 or SC123456)"
        }
    }

    /// A real-shaped value, for the fix of a QI-F7 message.
    public var example: String {
        switch self {
        case .cqcLocation: return "1-1850346011"
        case .cqcProvider: return "1-101641521"
        case .ofstedURN: return "SC040011"
        case .uprn: return "100121240123"
        case .companiesHouse: return "01234567"
        }
    }

    /// Whether `value` has this identifier's format.
    public func isValid(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        switch self {
        case .cqcLocation, .cqcProvider:
            return bytes.count >= 11 && bytes.count <= 13 && bytes[0] == UInt8(ascii: "1") && bytes[1] == UInt8(ascii: "-")
                && Self.allDigits(bytes.dropFirst(2))
        case .ofstedURN:
            if bytes.count == 8, bytes[0] == UInt8(ascii: "S"), bytes[1] == UInt8(ascii: "C") { return Self.allDigits(bytes.dropFirst(2)) }
            return (bytes.count == 6 || bytes.count == 7) && Self.allDigits(bytes[...])
        case .uprn:
            return (1...12).contains(bytes.count) && Self.allDigits(bytes[...])
        case .companiesHouse:
            guard bytes.count == 8 else { return false }
            if Self.allDigits(bytes[...]) { return true }
            let prefix = String(decoding: bytes.prefix(2), as: UTF8.self)
            return Self.companiesHousePrefixes.contains(prefix) && Self.allDigits(bytes.dropFirst(2))
        }
    }

    /// The format as a regular expression, for the JSON Schemas `qid schema` writes: the shape `isValid` checks.
    public var pattern: String {
        switch self {
        case .cqcLocation, .cqcProvider: return "^1-[0-9]{9,11}$"
        case .ofstedURN: return "^([0-9]{6,7}|SC[0-9]{6})$"
        case .uprn: return "^[0-9]{1,12}$"
        case .companiesHouse: return "^([0-9]{2}|\(Self.companiesHousePrefixes.sorted().joined(separator: "|")))[0-9]{6}$"
        }
    }

    /// Whether the id is digits only, so that YAML reads it unquoted as a number.
    public var isDigitsOnly: Bool { self == .ofstedURN || self == .uprn }

    /// Companies House's two-character prefixes: Scotland, Northern Ireland, LLPs, overseas, registered societies
    /// and other registers it keeps (R0 is Northern Ireland before partition; the rest are its published list).
    static let companiesHousePrefixes: Set<String> = [
        "SC", "NI", "OC", "SO", "NC", "LP", "SL", "NL", "R0", "IP", "SP", "RC", "SR", "NP", "NO", "NR", "FC", "SF", "NF", "GE",
        "IC", "SI", "NV", "RS", "SZ", "NZ", "ZC", "SA", "NA", "CE", "CS", "PC", "GS", "ES", "AC", "SE", "NE", "GN",
    ]

    private static func allDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
