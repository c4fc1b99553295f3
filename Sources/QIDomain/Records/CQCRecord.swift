/// `providers/ID/cqc.yaml`: what the Care Quality Commission publishes about the location.
///
/// As `qid import cqc` last wrote it: only the importer writes this file; officers' records stay in provider.yaml
/// and ratings/.
public struct CQCRecord: Sendable, Equatable {
    /// `providers/ID/cqc.yaml` as displayed in diagnostics.
    public var file: String
    /// CQC's location id (`1-…`), the same as provider.yaml's `registration.cqc_location`.
    public var location: Located<String>
    public var registrationStatus: Located<CQCRegistrationStatus>
    public var registered: Day?
    public var deregistered: Day?
    /// CQC marks a registered location dormant when it provides no regulated activity for now.
    public var dormant: Located<Bool>
    /// CQC's overall rating, then Safe, Effective, Caring, Responsive and Well-led (absent ones are left out).
    public var overall: CQCRating?
    public var keyQuestions: [CQCKeyQuestionRating]
    public var lastInspection: Day?
    /// The newest report CQC has published on the location.
    public var latestReport: Located<Day>?
    /// The date of the data the importer read: when it was produced, or the newest date in it.
    public var dataDate: Located<Day>

    public init(
        file: String, location: Located<String>, registrationStatus: Located<CQCRegistrationStatus>, registered: Day? = nil,
        deregistered: Day? = nil, dormant: Located<Bool>, overall: CQCRating? = nil, keyQuestions: [CQCKeyQuestionRating] = [],
        lastInspection: Day? = nil, latestReport: Located<Day>? = nil, dataDate: Located<Day>
    ) {
        self.file = file
        self.location = location
        self.registrationStatus = registrationStatus
        self.registered = registered
        self.deregistered = deregistered
        self.dormant = dormant
        self.overall = overall
        self.keyQuestions = keyQuestions
        self.lastInspection = lastInspection
        self.latestReport = latestReport
        self.dataDate = dataDate
    }

    /// The location's page on the CQC website.
    public var pageURL: String { "https://www.cqc.org.uk/location/\(location.value)" }
}

/// Whether CQC lists the location as registered.
public enum CQCRegistrationStatus: String, CaseIterable, Sendable {
    case registered, deregistered
}

/// One of CQC's ratings with the date of the report that gave it.
public struct CQCRating: Sendable, Equatable {
    public var rating: Located<CQCRatingValue>
    public var date: Day?
    /// The rating was given to a previous registration of the service (CQC's `organisationId` on the rating).
    public var inherited: Bool

    public init(rating: Located<CQCRatingValue>, date: Day?, inherited: Bool = false) {
        self.rating = rating
        self.date = date
        self.inherited = inherited
    }
}

/// A rating of one of CQC's five key questions.
public struct CQCKeyQuestionRating: Sendable, Equatable {
    public var question: CQCKeyQuestion
    public var rating: CQCRating

    public init(question: CQCKeyQuestion, rating: CQCRating) {
        self.question = question
        self.rating = rating
    }
}

/// CQC's five key questions, in CQC's order.
public enum CQCKeyQuestion: String, CaseIterable, Sendable {
    case safe, effective, caring, responsive
    case wellLed = "well_led"

    /// As CQC writes it: "Well-led".
    public var title: String {
        switch self {
        case .safe: return "Safe"
        case .effective: return "Effective"
        case .caring: return "Caring"
        case .responsive: return "Responsive"
        case .wellLed: return "Well-led"
        }
    }
}

/// CQC's rating scale (and its "insufficient evidence" verdict), as keys in cqc.yaml.
public enum CQCRatingValue: String, CaseIterable, Sendable {
    case outstanding, good
    case requiresImprovement = "requires-improvement"
    case inadequate
    case insufficientEvidence = "insufficient-evidence"

    /// As CQC writes it: "Requires improvement".
    public var word: String {
        switch self {
        case .outstanding: return "Outstanding"
        case .good: return "Good"
        case .requiresImprovement: return "Requires improvement"
        case .inadequate: return "Inadequate"
        case .insufficientEvidence: return "Insufficient evidence to rate"
        }
    }

    /// CQC's words in any case and spacing ("Requires Improvement", "requires improvement") → the value.
    public init?(cqcWords: String) {
        // CQC's own spellings first (every record has several ratings), then any spacing and case.
        if let value = Self.byCQCSpelling[cqcWords] {
            self = value
            return
        }
        let key = cqcWords.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).joined(separator: "-")
        switch key {
        case "outstanding": self = .outstanding
        case "good": self = .good
        case "requires-improvement": self = .requiresImprovement
        case "inadequate": self = .inadequate
        case "insufficient-evidence-to-rate", "insufficient-evidence": self = .insufficientEvidence
        default: return nil
        }
    }

    /// The words as CQC's files spell them, each with the rating the general reading gives it.
    private static let byCQCSpelling: [String: CQCRatingValue] = [
        "Outstanding": .outstanding, "Good": .good, "Requires improvement": .requiresImprovement, "Inadequate": .inadequate,
    ]
}

/// How the CQC importer maps CQC's words onto the directory's: the `cqc:` section of directory.yaml.
public struct CQCMapping: Sendable, Equatable {
    /// CQC local authority name, or postcode district (`OX16`), → a locality of directory.yaml.
    public var localities: [String: Located<String>]
    /// CQC service type (either vocabulary) → a policy service type; adds to or overrides the built-in table.
    public var serviceTypes: [String: Located<String>]
    /// CQC specialism (service user band) → a policy service area; adds to or overrides the built-in table.
    public var serviceAreas: [String: Located<String>]
    /// The service area used when no specialism maps.
    public var defaultServiceArea: Located<String>?

    public init(
        localities: [String: Located<String>] = [:], serviceTypes: [String: Located<String>] = [:],
        serviceAreas: [String: Located<String>] = [:], defaultServiceArea: Located<String>? = nil
    ) {
        self.localities = localities
        self.serviceTypes = serviceTypes
        self.serviceAreas = serviceAreas
        self.defaultServiceArea = defaultServiceArea
    }
}

extension CQCMapping {
    /// How names are matched: lower case, runs of spaces and `_` as one space ("Caring for adults over 65
    /// yrs" and "caring for adults  over 65 yrs" are one name).
    ///
    /// ASCII names (nearly all of CQC's) are done byte by byte, with the same result as the general way, which breaks
    /// the text into characters and showed in the profile of a 25,000-record import.
    public static func normalised(_ name: String) -> String {
        if let ascii = asciiNormalised(name) { return ascii }
        return name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "_" || $0 == "\u{A0}" }).joined(
            separator: " ")
    }

    /// `normalised` for a name of ASCII bytes only; nil for any other name.
    static func asciiNormalised(_ name: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return nil }
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "_") {
                pendingSpace = !bytes.isEmpty
                continue
            }
            if pendingSpace {
                bytes.append(UInt8(ascii: " "))
                pendingSpace = false
            }
            bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
