/// Finds NHS-number-shaped values: ten digits (alone, or grouped 3-3-4 by spaces or dashes) whose last digit is the
/// modulus 11 check digit of the first nine.
///
/// Content must never hold personal data (QI-P1).
///
/// Not a match: a run of digits that is part of a longer run of digits or glued to letters, and digits that
/// follow `1-` (as in a CQC id written in prose, "CQC location 1-1850346011").
public enum NHSNumber {
    /// Whether ten digits form a valid NHS number (weights 10…2, check = 11 − sum mod 11; 11 → 0, 10 → invalid).
    public static func isValid(_ digits: [Int]) -> Bool {
        guard digits.count == 10 else { return false }
        var sum = 0
        for (index, digit) in digits.prefix(9).enumerated() {
            sum += digit * (10 - index)
        }
        var check = 11 - sum % 11
        if check == 11 { check = 0 }
        return check != 10 && check == digits[9]
    }

    /// Byte offsets and lengths of every NHS-number-shaped value in raw `bytes`: ASCII digits, with exactly
    /// one space or one dash between the groups of 3-3-4 (the same one twice).
    public static func matches(in bytes: [UInt8]) -> [(offset: Int, length: Int)] {
        guard mayMatch(bytes) else { return [] }
        // The bytes are read as units where they lie: no copy of the text, whatever its size.
        return bytes.withUnsafeBufferPointer { buffer in
            scan(ASCIIUnits(bytes: buffer), mixedSeparators: false).map { ($0.offset, $0.length) }
        }
    }

    /// Whether `bytes` hold a run of exactly ten ASCII digits, or of three digits, a space or dash, three digits, the
    /// same separator and four digits: the shapes every raw match has.
    ///
    /// Files without one, most of them (dates have
    /// eight digits, phone numbers eleven), skip the matcher.
    static func mayMatch(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            func isDigit(_ index: Int) -> Bool { index < count && buffer[index] &- UInt8(ascii: "0") < 10 }
            func digits(from start: Int, _ length: Int) -> Bool { (start..<(start + length)).allSatisfy(isDigit) }
            var index = 0
            while index < count {
                guard isDigit(index) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while isDigit(end) { end += 1 }
                if end - index == 10 { return true }
                if end - index == 3, end + 8 <= count {
                    let separator = buffer[end]
                    if separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"), digits(from: end + 1, 3),
                        buffer[end + 4] == separator, digits(from: end + 5, 4)
                    {
                        return true
                    }
                }
                index = end
            }
            return false
        }
    }

    /// One position of scanned text, reduced to what the matcher needs.
    public enum Unit: Equatable, Sendable {
        case digit(Int)
        case space
        case dash
        /// A letter: digits glued to one are not a match.
        case word
        case other

        init(ascii byte: UInt8) {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): self = .digit(Int(byte - UInt8(ascii: "0")))
            case UInt8(ascii: " "): self = .space
            case UInt8(ascii: "-"): self = .dash
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): self = .word
            default: self = .other
            }
        }

        public var digit: Int? {
            if case .digit(let value) = self { return value }
            return nil
        }

        public var isSeparator: Bool { self == .space || self == .dash }
        public var isWordOrDigit: Bool { self == .word || digit != nil }
    }

    /// A match in a sequence of units: where it starts, how many units it spans, and its ten digits.
    public struct Match: Equatable, Sendable {
        public var offset: Int
        public var length: Int
        public var digits: String
    }

    /// Every match in `units`, left to right, in one pass (each position is looked at a bounded number of times).
    ///
    /// `mixedSeparators`: the 3-3-4 groups may be split by any separator (normalised text, where a run of spaces and
    /// dashes is already one unit); otherwise both separators are the same one.
    public static func matches(in units: [Unit], mixedSeparators: Bool) -> [Match] {
        scan(units, mixedSeparators: mixedSeparators)
    }

    private static func scan(_ units: some UnitSource, mixedSeparators: Bool) -> [Match] {
        var found: [Match] = []
        let count = units.count
        var index = 0
        while index < count {
            guard units[index].digit != nil, index == 0 || !units[index - 1].isWordOrDigit else {
                index += 1
                continue
            }
            if !followsCQCPrefix(index, in: units), let match = match(at: index, in: units, mixedSeparators: mixedSeparators) {
                found.append(match)
                index += match.length
            } else {
                // Skip the rest of this run of digits: a number inside a longer one is not a match.
                while index < count, units[index].digit != nil { index += 1 }
            }
        }
        return found
    }

    /// `1-` just before `start`, the `1` not part of a longer word or number: a CQC id such as 1-1850346011.
    private static func followsCQCPrefix(_ start: Int, in units: some UnitSource) -> Bool {
        start >= 2 && units[start - 1] == .dash && units[start - 2] == .digit(1) && (start == 2 || !units[start - 3].isWordOrDigit)
    }

    /// The match starting at `start`, read in place: most runs of digits (dates, phone numbers) are not one, and
    /// looking costs no allocation.
    private static func match(at start: Int, in units: some UnitSource, mixedSeparators: Bool) -> Match? {
        let count = units.count
        // Ten digits in a row, not followed by an eleventh digit or a letter.
        var run = 0
        while start + run < count, run <= 10, units[start + run].digit != nil { run += 1 }
        if run == 10, ends(at: start + 10, in: units) {
            let offsets = Array(start..<(start + 10))
            if let match = validMatch(offsets, in: units, length: 10) { return match }
        }
        // 3-3-4 with one separator between the groups.
        guard start + 12 <= count else { return nil }
        let first = units[start + 3]
        let second = units[start + 7]
        guard first.isSeparator, second.isSeparator, mixedSeparators || first == second else { return nil }
        guard (0..<12).allSatisfy({ $0 == 3 || $0 == 7 || units[start + $0].digit != nil }), ends(at: start + 12, in: units) else {
            return nil
        }
        let offsets = (0..<12).filter { $0 != 3 && $0 != 7 }.map { start + $0 }
        return validMatch(offsets, in: units, length: 12)
    }

    /// A match of the digits at `offsets` when they pass the check; reached only by ten digits in the right shape.
    private static func validMatch(_ offsets: [Int], in units: some UnitSource, length: Int) -> Match? {
        let digits = offsets.compactMap { units[$0].digit }
        guard isValid(digits), let start = offsets.first else { return nil }
        return Match(offset: start, length: length, digits: digits.map(String.init).joined())
    }

    /// The match must not run on into more digits or letters.
    private static func ends(at end: Int, in units: some UnitSource) -> Bool {
        end >= units.count || !units[end].isWordOrDigit
    }
}

/// Units the matcher reads by position: a normalised text's, or raw bytes read as units on the fly.
protocol UnitSource {
    var count: Int { get }
    subscript(_ index: Int) -> NHSNumber.Unit { get }
}

extension Array: UnitSource where Element == NHSNumber.Unit {}

/// Raw ASCII bytes as units, each read when the matcher looks at it.
struct ASCIIUnits: UnitSource {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    subscript(_ index: Int) -> NHSNumber.Unit { NHSNumber.Unit(ascii: bytes[index]) }
}
