import QIDomain

/// The date forms in CQC's files: ISO (`2025-01-02`, `2023-05-03T00:00:00Z`), the ratings sheet's US form with a
/// time (`1/2/2025 12:00:00 AM`, month first), the care directory's UK form (`02/01/2025`, day first) and long
/// dates (`2 January 2025`, `02-Jan-2025`).
enum CQCDates {
    static func day(_ text: String) -> Day? {
        let value = text.trimmingSpaces
        guard !value.isEmpty else { return nil }
        if value.utf8.count >= 10, let day = Day(iso: value.prefix(10)) { return day }
        let words = value.split(separator: " ")
        if let first = words.first, first.contains("/") {
            let parts = first.split(separator: "/").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            let hasClock = words.count > 1
            return hasClock ? Day(year: parts[2], month: parts[0], day: parts[1]) : Day(year: parts[2], month: parts[1], day: parts[0])
        }
        let pieces = value.split(whereSeparator: { $0 == " " || $0 == "-" })
        if pieces.count == 3, let dayNumber = Int(pieces[0]), let year = Int(pieces[2]), let month = month(pieces[1]) {
            return Day(year: year < 100 ? 2000 + year : year, month: month, day: dayNumber)
        }
        return nil
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    private static func month(_ word: Substring) -> Int? {
        let prefix = word.lowercased().prefix(3)
        return months.firstIndex(of: String(prefix)).map { $0 + 1 }
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces (CQC's cells carry them: `" AbilityAvenue Care"`).
    var trimmingSpaces: String {
        // Most values have nothing to trim: when neither end's byte can begin (or end) a space, skip the walk over
        // characters (grapheme breaking showed in the profile of reading API records).
        if let first = utf8.first, let last = utf8.last, !Self.spaceFirstBytes.contains(first), !Self.spaceLastBytes.contains(last) {
            return self
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\r" || $0 == "\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }

    /// The first UTF-8 byte of each space `trimmingSpaces` removes (0xC2 opens a no-break space).
    private static let spaceFirstBytes: Set<UInt8> = [0x20, 0x09, 0x0D, 0x0A, 0xC2]
    /// The last UTF-8 byte of each (0xA0 ends a no-break space).
    private static let spaceLastBytes: Set<UInt8> = [0x20, 0x09, 0x0D, 0x0A, 0xA0]

    /// nil for an empty or blank value.
    var nonEmpty: String? {
        let trimmed = trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}
