import CSV
import Foundation
import QIDomain

/// CQC's spreadsheets saved as CSV, read a row at a time with CSV.swift (quotes, line breaks inside quotes and a
/// byte-order mark are handled by it): the monthly care directory (a title block, then its header; lists
/// separated by `|`), the "care directory with filters" ratings sheet and the older directory export.
struct CSVSheetReader {
    enum Kind: String, Sendable {
        case careDirectory = "CQC care directory (CSV)"
        case ratingsSheet = "CQC care directory with filters and ratings (CSV)"
    }

    /// The rows before the header that may say when the data was produced.
    static let maximumTitleRows = 20

    /// What the first rows show: the kind and the header's position, or nil when no row is a CQC header.
    static func recognise(_ url: URL) throws -> (kind: Kind, headerRow: Int, columns: CSVColumns, title: [String])? {
        guard let stream = InputStream(url: url) else { return nil }
        let reader = try CSVReader(stream: stream, hasHeaderRow: false)
        var title: [String] = []
        for index in 0..<maximumTitleRows {
            guard let row = reader.next() else { return nil }
            let columns = CSVColumns(header: row)
            if columns.has(.locationID) && (columns.has(.name) || columns.has(.overall)) {
                return (columns.has(.overall) ? .ratingsSheet : .careDirectory, index, columns, title)
            }
            title.append(row.joined(separator: " ").trimmingSpaces)
        }
        return nil
    }

    /// Every location row of the sheet, streaming; a row with more cells than the header is malformed.
    static func read(_ url: URL, file: String, kind: Kind, headerRow: Int, columns: CSVColumns) throws -> (
        locations: [CQCLocation], rows: Int
    ) {
        guard let stream = InputStream(url: url) else { throw ImportError.at(file, "the file could not be opened") }
        let reader = try CSVReader(stream: stream, hasHeaderRow: false)
        var line = 1
        var width = 0
        var locations: [CQCLocation] = []
        var rows = 0
        var index = 0
        while let row = reader.next() {
            defer {
                line += 1 + row.reduce(0) { $0 + $1.reduce(0) { $0 + ($1 == "\n" || $1 == "\r\n" ? 1 : 0) } }
                index += 1
            }
            if index < headerRow { continue }
            if index == headerRow {
                width = row.count
                continue
            }
            if row.count == 1 && row[0].trimmingSpaces.isEmpty { continue }
            guard row.count <= width else {
                throw ImportError.at(
                    file, line: line, "bad CSV: this row has \(row.count) cells but the header has \(width) (a stray quote or delimiter)")
            }
            if row.count < width, row.last?.contains("\n") == true {
                throw ImportError.at(file, line: line, "bad CSV: a quoted cell is not closed before the end of the file")
            }
            rows += 1
            guard let id = columns.value(.locationID, in: row), RegistrationID.cqcLocation.isValid(id) else { continue }
            locations.append(location(id, row, columns, kind: kind))
        }
        // On Linux an InputStream at its end still says it has bytes, so CSV.swift ends every file with
        // `cannotReadFile`: that one is the end of the file. Any other error (invalid UTF-8) is the file's.
        if let error = reader.error {
            if case CSVError.cannotReadFile = error {
            } else {
                let problem = if case CSVError.unicodeDecoding = error { "the text is not UTF-8" } else { "\(error)" }
                throw ImportError.at(file, line: line, "bad CSV: \(problem)")
            }
        }
        return (locations, rows)
    }

    private static func location(_ id: String, _ row: [String], _ columns: CSVColumns, kind: Kind) -> CQCLocation {
        var location = CQCLocation(locationID: id)
        let value = { (field: CSVField) in columns.value(field, in: row) }
        location.providerID = value(.providerID)
        location.name = value(.name)
        location.organisation = value(.organisation)
        location.addressLines = [value(.address), value(.address1), value(.address2), value(.town)].compactMap { $0 }
        location.postcode = value(.postcode)
        location.uprn = value(.uprn)
        location.phone = value(.phone)
        location.website = value(.website)
        location.localAuthority = value(.localAuthority)
        location.serviceTypes = list(value(.serviceTypes))
        location.specialisms = list(value(.specialisms))
        location.registered = value(.registered).flatMap(CQCDates.day)
        location.deregistered = value(.deregistered).flatMap(CQCDates.day)
        // Both sheets list registered locations only; one with an end date has since been deregistered.
        location.registrationStatus = location.deregistered == nil ? .registered : .deregistered
        location.dormant = value(.dormant).map { $0.uppercased() == "Y" || $0.lowercased() == "yes" }
        location.lastInspection = value(.lastInspection).flatMap(CQCDates.day)
        let published = value(.publicationDate).flatMap(CQCDates.day)
        if let overall = value(.overall).flatMap(CQCRatingValue.init(cqcWords:)) {
            location.overall = ImportedRating(value: overall, date: published)
            location.latestReport = published
        }
        let questions: [(CSVField, CQCKeyQuestion)] = [
            (.safe, .safe), (.effective, .effective), (.caring, .caring), (.responsive, .responsive), (.wellLed, .wellLed),
        ]
        for (field, question) in questions {
            if let rating = value(field).flatMap(CQCRatingValue.init(cqcWords:)) {
                location.keyQuestions[question] = ImportedRating(value: rating, date: published)
            }
        }
        if let report = value(.reportDate).flatMap(CQCDates.day) {
            location.latestReport = [location.latestReport, report].compactMap { $0 }.max()
        }
        return location
    }

    /// A cell's list: `|`-separated in the monthly directory, `,`-separated in the other sheets.
    static func list(_ cell: String?) -> [String] {
        guard let cell else { return [] }
        let separator: Character = cell.contains("|") ? "|" : ","
        return cell.split(separator: separator).compactMap { String($0).nonEmpty }
    }
}
