import Foundation
import QIDomain
import QIParallel

/// CQC public API v1 location records (`GET /locations/{id}`), decoded with Foundation's JSONDecoder: only the
/// fields qid uses are declared, so the rest of a record (regulated activities and their contacts among them) is
/// never read.
enum APILocationReader {
    /// One record, or an array of records, from one JSON document.
    static func document(_ data: Data, file: String) throws -> [CQCLocation] {
        let decoder = JSONDecoder()
        do {
            if let first = data.first(where: { !Self.isSpace($0) }), first == UInt8(ascii: "[") {
                return try decoder.decode([APILocation].self, from: data).map(\.location)
            }
            return [try decoder.decode(APILocation.self, from: data).location]
        } catch {
            throw ImportError.at(file, line: Self.line(of: error, in: data), "bad JSON: \(Self.describe(error))")
        }
    }

    /// One record on each non-blank line (JSON lines), decoded on every core in chunks; the first bad line (by
    /// number) is the error.
    ///
    /// Each line is decoded from a slice of `data` (its storage is shared, not copied).
    static func lines(_ data: Data, file: String) throws -> [CQCLocation] {
        let lines = nonBlankLines(data)
        let chunkSize = 512
        let chunks = stride(from: 0, to: lines.count, by: chunkSize).map { Array(lines[$0..<min($0 + chunkSize, lines.count)]) }
        let start = data.startIndex
        let decoded = Parallel.map(chunks) { chunk -> Result<[CQCLocation], ImportError> in
            let decoder = JSONDecoder()
            var locations: [CQCLocation] = []
            for line in chunk {
                do {
                    let bytes = data[(start + line.bytes.lowerBound)..<(start + line.bytes.upperBound)]
                    locations.append(try decoder.decode(APILocation.self, from: bytes).location)
                } catch {
                    return .failure(ImportError.at(file, line: line.number, "bad JSON line: \(Self.describe(error))"))
                }
            }
            return .success(locations)
        }
        return try decoded.flatMap { try $0.get() }
    }

    /// Each line holding more than spaces, with its number (from 1) and where its bytes are (offsets from the start of
    /// `data`), in one pass over the bytes.
    ///
    /// The C library's `memchr` finds each line's end; only a line's opening bytes are looked at to see it is not
    /// blank. (`Data`'s generic `split` checked exclusive access on every byte and took half the import's time on
    /// 25,000 records; a Swift loop over every byte still took 14 instructions a byte.)
    static func nonBlankLines(_ data: Data) -> [(number: Int, bytes: Range<Int>)] {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var lines: [(number: Int, bytes: Range<Int>)] = []
            guard let base = buffer.baseAddress else { return lines }
            var start = 0
            var number = 1
            while start <= buffer.count {
                let end =
                    memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start).map { base.distance(to: $0) } ?? buffer.count
                if buffer[start..<end].contains(where: { !isSpace($0) }) { lines.append((number, start..<end)) }
                number += 1
                start = end + 1
            }
            return lines
        }
    }

    /// Whether more than one line opens with `{` (JSON lines rather than one document); stops at the second.
    static func hasSeveralRecordLines(_ data: Data) -> Bool {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var found = 0
            for index in buffer.indices where buffer[index] == UInt8(ascii: "{") && (index == 0 || buffer[index - 1] == UInt8(ascii: "\n"))
            {
                found += 1
                if found > 1 { return true }
            }
            return false
        }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// The line Foundation's error points at (it gives a byte offset or a line in its description), when it does.
    private static func line(of error: Error, in data: Data) -> Int? {
        let text = "\((error as NSError).userInfo)"
        for marker in ["line ", "around line "] {
            if let range = text.range(of: marker, options: .backwards) {
                let digits = text[range.upperBound...].prefix { $0.isNumber }
                if let line = Int(digits) { return line }
            }
        }
        if case .dataCorrupted(let context) = error as? DecodingError,
            let underlying = context.underlyingError as NSError?,
            let index = underlying.userInfo["NSJSONSerializationErrorIndex"] as? Int
        {
            return data.prefix(index).reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        switch error as? DecodingError {
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return underlying ?? context.debugDescription
        case .keyNotFound(let key, let context):
            return "no '\(key.stringValue)'\(path(context))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(context.debugDescription)\(path(context))"
        default:
            return "\(error)"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        let keys = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return keys.isEmpty ? "" : " at \(keys)"
    }
}

/// The fields of an API location record that qid reads.
private struct APILocation: Decodable {
    struct Named: Decodable {
        var name: String?
    }

    struct Rating: Decodable {
        var name: String?
        var rating: String?
        var reportDate: String?
        var organisationId: String?
        var keyQuestionRatings: [Rating]?
    }

    struct CurrentRatings: Decodable {
        var overall: Rating?
    }

    struct Inspection: Decodable {
        var date: String?
    }

    struct Report: Decodable {
        var reportDate: String?
    }

    var locationId: String
    var providerId: String?
    var name: String?
    var type: String?
    var postalAddressLine1: String?
    var postalAddressLine2: String?
    var postalAddressTownCity: String?
    var postalCode: String?
    var uprn: String?
    var registrationStatus: String?
    var registrationDate: String?
    var deregistrationDate: String?
    var dormancy: String?
    var localAuthority: String?
    var mainPhoneNumber: String?
    var website: String?
    var gacServiceTypes: [Named]?
    var specialisms: [Named]?
    var currentRatings: CurrentRatings?
    var lastInspection: Inspection?
    var reports: [Report]?

    var location: CQCLocation {
        var location = CQCLocation(locationID: locationId.trimmingSpaces)
        location.providerID = providerId?.nonEmpty
        location.name = name?.nonEmpty
        location.organisationType = type?.nonEmpty
        location.addressLines = [postalAddressLine1, postalAddressLine2, postalAddressTownCity].compactMap { $0?.nonEmpty }
        location.postcode = postalCode?.nonEmpty
        location.uprn = uprn?.nonEmpty
        location.registrationStatus = registrationStatus.flatMap { CQCRegistrationStatus(rawValue: $0.trimmingSpaces.lowercased()) }
        location.registered = registrationDate.flatMap(CQCDates.day)
        location.deregistered = deregistrationDate.flatMap(CQCDates.day)
        location.dormant = dormancy.map { $0.trimmingSpaces.uppercased() == "Y" }
        location.localAuthority = localAuthority?.nonEmpty
        location.phone = mainPhoneNumber?.nonEmpty
        location.website = website?.nonEmpty
        location.serviceTypes = (gacServiceTypes ?? []).compactMap { $0.name?.nonEmpty }
        location.specialisms = (specialisms ?? []).compactMap { $0.name?.nonEmpty }
        if let overall = currentRatings?.overall {
            let questions = overall.keyQuestionRatings ?? []
            let allInherited = !questions.isEmpty && questions.allSatisfy { $0.organisationId?.nonEmpty != nil }
            location.overall = Self.rating(overall, inherited: allInherited)
            for question in questions {
                guard let key = question.name.flatMap(CQCKeyQuestion.init(cqcName:)) else { continue }
                location.keyQuestions[key] = Self.rating(question, inherited: false)
            }
        }
        location.lastInspection = lastInspection?.date.flatMap(CQCDates.day)
        let reportDates =
            (reports ?? []).compactMap { $0.reportDate.flatMap(CQCDates.day) }
            + [currentRatings?.overall?.reportDate.flatMap(CQCDates.day)].compactMap { $0 }
        location.latestReport = reportDates.max()
        return location
    }

    private static func rating(_ rating: Rating, inherited: Bool) -> ImportedRating? {
        guard let value = rating.rating.flatMap(CQCRatingValue.init(cqcWords:)) else { return nil }
        let isInherited = inherited || rating.organisationId?.nonEmpty != nil
        return ImportedRating(value: value, date: rating.reportDate.flatMap(CQCDates.day), inherited: isInherited)
    }
}

extension CQCKeyQuestion {
    /// CQC's name of the key question ("Well-led", "well led") → the key question.
    init?(cqcName: String) {
        guard let question = Self.byTitle[cqcName] ?? Self.byLetters[cqcName.lowercased().filter { $0.isLetter }] else { return nil }
        self = question
    }

    /// Each key question by its title as CQC spells it ("Well-led"), looked up before its letters are taken.
    private static let byTitle: [String: CQCKeyQuestion] = Dictionary(
        allCases.map { ($0.title, $0) }, uniquingKeysWith: { first, _ in first })

    /// Each key question by the letters of its title, lower case ("wellled"), made once rather than per record.
    private static let byLetters: [String: CQCKeyQuestion] = Dictionary(
        allCases.map { ($0.title.lowercased().filter { $0.isLetter }, $0) }, uniquingKeysWith: { first, _ in first })
}
