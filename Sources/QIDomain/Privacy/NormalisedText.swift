import Foundation

extension NHSNumber {
    /// The NHS numbers in `text` as a reader sees it, whatever the spelling: Unicode NFKC (fullwidth digits, no-break
    /// and thin spaces become their plain forms), every decimal digit of any script (Unicode Nd) read as its ASCII
    /// digit, zero-width characters (U+200B…U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) dropped, and any run of
    /// spaces (Unicode Zs, tab) and dashes (Unicode Pd, U+2212 minus) read as one separator.
    ///
    /// The groups of 3-3-4 may then be split by any separator. Linear in the length of the text.
    public static func matches(inText text: String) -> [Match] {
        // Only runs of digits and separators holding ten digits or more are normalised and matched (with the two
        // characters before and one after them, which decide a match's edges): pages are mostly words, and
        // normalising every character of 25,000 pages costs more than building them.
        var found: [Match] = []
        for window in candidateTexts(text) {
            found += matches(in: normalisedUnits(window), mixedSeparators: true)
        }
        return found
    }

    /// The text of each window `candidateWindows` finds, found in the UTF-8 bytes: ASCII is classified by its byte,
    /// and only other characters are decoded (a published page is mostly ASCII, and walking it scalar by scalar was
    /// most of the output scan).
    static func candidateTexts(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var windows: [String] = []
            /// Where the character before the one starting at `index` starts.
            func characterStart(before index: Int) -> Int {
                var start = index - 1
                while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
                return start
            }
            /// Where the character starting at `index` ends.
            func characterEnd(from index: Int) -> Int {
                var end = index + 1
                while end < count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                return end
            }
            var runStart: Int?
            var digits = 0
            func close(at end: Int) {
                if let start = runStart, digits >= 10 {
                    var from = start
                    for _ in 0..<2 where from > 0 { from = characterStart(before: from) }
                    let to = end < count ? characterEnd(from: end) : end
                    windows.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self))
                }
                runStart = nil
                digits = 0
            }
            var index = 0
            while index < count {
                let byte = bytes[index]
                let kind: RunKind
                let next: Int
                if byte < 0x80 {
                    kind = byte &- 0x30 < 10 ? .digit : byte == 0x20 || byte == 0x09 || byte == 0x2D ? .separator : .breaks
                    next = index + 1
                } else {
                    next = characterEnd(from: index)
                    let character = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<next]), as: UTF8.self)
                    kind = character.unicodeScalars.first.map(runKind) ?? .breaks
                }
                if kind == .breaks {
                    close(at: index)
                } else {
                    if runStart == nil { runStart = index }
                    if kind == .digit { digits += 1 }
                }
                index = next
            }
            close(at: count)
            return windows
        }
    }

    /// The stretches of `text` that could hold ten digits split only by spaces, dashes and invisible characters,
    /// widened by two characters before and one after.
    ///
    /// Read scalar by scalar: the plain statement of what `candidateTexts` finds faster in the UTF-8 bytes, kept as
    /// the reference a test holds it to.
    static func candidateWindows(_ text: String) -> [Range<String.UnicodeScalarView.Index>] {
        let scalars = text.unicodeScalars
        var windows: [Range<String.UnicodeScalarView.Index>] = []
        var runStart: String.UnicodeScalarView.Index?
        var digits = 0
        func close(at end: String.UnicodeScalarView.Index) {
            if let start = runStart, digits >= 10 {
                var from = start
                for _ in 0..<2 where from > scalars.startIndex { from = scalars.index(before: from) }
                let to = end < scalars.endIndex ? scalars.index(after: end) : end
                windows.append(from..<to)
            }
            runStart = nil
            digits = 0
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let kind = runKind(scalars[index])
            if kind == .breaks {
                close(at: index)
            } else {
                if runStart == nil { runStart = index }
                if kind == .digit { digits += 1 }
            }
            index = scalars.index(after: index)
        }
        close(at: scalars.endIndex)
        return windows
    }

    private enum RunKind {
        case digit, separator, breaks
    }

    /// How a character bears on a run of digits: ASCII by its byte, other characters by their Unicode properties.
    private static func runKind(_ scalar: Unicode.Scalar) -> RunKind {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x30 && value <= 0x39 { return .digit }
            return value == 0x20 || value == 0x09 || value == 0x2D ? .separator : .breaks
        }
        if scalar.properties.numericType != nil { return .digit }
        if ignored.contains(value) || value == 0x2212 { return .separator }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .dashPunctuation: return .separator
        default: return .breaks
        }
    }

    /// Whether `text` could hold ten digits at all: a cheap test before normalising.
    public static func mayHoldTenDigits(_ text: String) -> Bool {
        let utf8 = text.utf8
        // Ten digits take ten bytes at least, whatever their script.
        guard utf8.count >= 10 else { return false }
        // Native strings are one buffer: read it directly, rather than through the view's iterator.
        let ascii = utf8.withContiguousStorageIfAvailable { Self.count($0) } ?? Self.count(utf8)
        if ascii.digits >= 10 { return true }
        guard !ascii.plain else { return false }
        var digits = 0
        // Any numeric character counts: NFKC turns fullwidth and other compatibility digits into decimal ones.
        for scalar in text.unicodeScalars where scalar.properties.numericType != nil {
            digits += 1
            if digits >= 10 { return true }
        }
        return false
    }

    /// How many ASCII digits `bytes` hold, and whether every byte is ASCII.
    private static func count(_ bytes: some Sequence<UInt8>) -> (digits: Int, plain: Bool) {
        var digits = 0
        var plain = true
        for byte in bytes {
            if byte &- 0x30 < 10 {
                digits += 1
            } else if byte >= 0x80 {
                plain = false
            }
        }
        return (digits, plain)
    }

    /// `text` as units: digits, one separator for each run of spaces and dashes, letters, anything else.
    public static func normalisedUnits(_ text: String) -> [Unit] {
        var units: [Unit] = []
        units.reserveCapacity(text.utf8.count)
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars {
            let unit: Unit
            if scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue {
                unit = .digit(Int(value))
            } else if ignored.contains(scalar.value) {
                continue
            } else if scalar.properties.generalCategory == .dashPunctuation || scalar.value == 0x2212 {
                unit = .dash
            } else if scalar.properties.generalCategory == .spaceSeparator || scalar == "\t" {
                unit = .space
            } else if scalar.properties.isAlphabetic {
                unit = .word
            } else {
                unit = .other
            }
            if unit.isSeparator, let last = units.last, last.isSeparator {
                // A run of separators is one: a dash anywhere in it makes it a dash (for the `1-` of CQC ids).
                if unit == .dash { units[units.count - 1] = .dash }
                continue
            }
            units.append(unit)
        }
        return units
    }

    /// Zero-width space, non-joiner and joiner, word joiner, byte-order mark, soft hyphen.
    private static let ignored: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]
}
