import Foundation
import QIDomain

/// The files given to `qid import cqc`, each recognised from its content (never from its name), read into one
/// record per location.
public struct CQCInputs: Sendable {
    /// One line per file for the summary: what it was recognised as, how many records, which columns were used.
    public var descriptions: [String] = []
    /// By location id; a location in several files is merged (the first file's values win).
    public var locations: [String: CQCLocation] = [:]
    /// The date a title block says the data was produced, if any file has one.
    public var producedOn: Day?
    public var recordsRead = 0

    public init() {}

    /// Reads every path; the first malformed or unrecognised file stops it with an error naming the file and line.
    public static func read(_ paths: [String]) throws -> CQCInputs {
        var inputs = CQCInputs()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ImportError.at(path, "no such file or folder")
            }
            if isFolder.boolValue {
                try inputs.readFolder(path)
            } else {
                try inputs.readFile(path)
            }
        }
        return inputs
    }

    /// A folder of `.json` files, one API record (or an array, or JSON lines) each, in name order.
    private mutating func readFolder(_ path: String) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
        guard !names.isEmpty else { throw ImportError.at(path, "the folder holds no .json files (CQC API location records)") }
        var count = 0
        for name in names {
            let file = (path as NSString).appendingPathComponent(name)
            let data = try Self.contents(file)
            guard Self.firstByte(data).map({ $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }) == true else {
                throw ImportError.at(file, "not a CQC API location record: \(Self.opening(data))")
            }
            count += add(try Self.json(data, file: file))
        }
        descriptions.append("\(path): CQC API location records (JSON), \(names.count) files, \(count) records")
    }

    private mutating func readFile(_ path: String) throws {
        let data = try Self.contents(path, limit: 64 * 1024)
        if let first = Self.firstByte(data), first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            let count = add(try Self.json(try Self.contents(path), file: path))
            descriptions.append("\(path): CQC API location records (JSON), \(count) records")
            return
        }
        let url = URL(fileURLWithPath: path)
        guard let sheet = try CSVSheetReader.recognise(url) else {
            throw ImportError.at(
                path,
                "not a CQC file qid reads: \(Self.opening(data)); expected CQC API location JSON "
                    + "or a CQC CSV whose header has a Location ID column"
            )
        }
        let read = try CSVSheetReader.read(url, file: path, kind: sheet.kind, headerRow: sheet.headerRow, columns: sheet.columns)
        let count = add(read.locations)
        if producedOn == nil { producedOn = sheet.title.lazy.compactMap(Self.dateInTitle).first }
        let titled = sheet.headerRow > 0 ? ", header on line \(sheet.headerRow + 1) after a title block" : ""
        descriptions.append(
            "\(path): \(sheet.kind.rawValue)\(titled), \(read.rows) rows, \(count) locations; columns used: \(sheet.columns.used)")
    }

    private mutating func add(_ read: [CQCLocation]) -> Int {
        for location in read {
            recordsRead += 1
            if var known = locations[location.locationID] {
                known.fill(from: location)
                locations[location.locationID] = known
            } else {
                locations[location.locationID] = location
            }
        }
        return read.count
    }

    /// One document (a record or an array), or JSON lines when more than one line opens a record.
    private static func json(_ data: Data, file: String) throws -> [CQCLocation] {
        // Only a file opening with a byte-order mark is copied (without it); the rest is read where it lies.
        let document = data.starts(with: [0xEF, 0xBB, 0xBF]) ? Data(data.dropFirst(3)) : data
        return APILocationReader.hasSeveralRecordLines(document)
            ? try APILocationReader.lines(document, file: file) : try APILocationReader.document(document, file: file)
    }

    private static func contents(_ path: String, limit: Int? = nil) throws -> Data {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportError.at(path, "the file could not be opened") }
        defer { try? handle.close() }
        let data = limit.map { handle.readData(ofLength: $0) } ?? handle.readDataToEndOfFile()
        return data
    }

    private static func firstByte(_ data: Data) -> UInt8? {
        let body = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return body.first { !APILocationReader.isSpace($0) }
    }

    /// "it starts with 'PK…'" or "it is empty", for the error.
    private static func opening(_ data: Data) -> String {
        guard !data.isEmpty else { return "it is empty" }
        let line = data.prefix(60).split(separator: UInt8(ascii: "\n")).first ?? data.prefix(60)
        let text = String(decoding: line, as: UTF8.self).unicodeScalars.map { $0.value < 32 || $0.value == 0xFFFD ? "?" : String($0) }
            .joined()
        return "it starts with '\(text)'"
    }

    /// "This data was produced on 1 October 2026" → 2026-10-01.
    static func dateInTitle(_ line: String) -> Day? {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," })
        for start in words.indices {
            for length in [1, 3] where start + length <= words.count {
                if let day = CQCDates.day(words[start..<start + length].joined(separator: " ")) { return day }
            }
        }
        return nil
    }
}
