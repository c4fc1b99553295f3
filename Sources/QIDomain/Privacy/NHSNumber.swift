/// Finds NHS-number-shaped values: ten digits (alone, or grouped 3-3-4 by spaces or dashes) whose last digit
/// is the modulus 11 check digit of the first nine. Content must never hold personal data (QI-P1).
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

    /// Byte offsets and lengths of every NHS-number-shaped value in `bytes`.
    public static func matches(in bytes: [UInt8]) -> [(offset: Int, length: Int)] {
        var found: [(offset: Int, length: Int)] = []
        let count = bytes.count
        var index = 0
        while index < count {
            guard isDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            if let match = match(at: index, in: bytes) {
                found.append((index, match.length))
                index += match.length
            } else {
                // Skip the rest of this run of digits: a number inside a longer one is not a match.
                while index < count, isDigit(bytes[index]) { index += 1 }
            }
        }
        return found
    }

    private static func match(at start: Int, in bytes: [UInt8]) -> (length: Int, digits: [Int])? {
        // Ten digits in a row.
        if let digits = digitRun(at: start, in: bytes), digits.count == 10, isValid(digits), ends(at: start + 10, in: bytes) {
            return (10, digits)
        }
        // 3-3-4 with one space or dash between the groups (one separator kind throughout).
        guard start + 12 <= bytes.count else { return nil }
        let separator = bytes[start + 3]
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"), bytes[start + 7] == separator else { return nil }
        var digits: [Int] = []
        for offset in 0..<12 where offset != 3 && offset != 7 {
            let byte = bytes[start + offset]
            guard isDigit(byte) else { return nil }
            digits.append(Int(byte - UInt8(ascii: "0")))
        }
        guard isValid(digits), ends(at: start + 12, in: bytes) else { return nil }
        return (12, digits)
    }

    private static func digitRun(at start: Int, in bytes: [UInt8]) -> [Int]? {
        var digits: [Int] = []
        var index = start
        while index < bytes.count, isDigit(bytes[index]), digits.count <= 10 {
            digits.append(Int(bytes[index] - UInt8(ascii: "0")))
            index += 1
        }
        return digits
    }

    /// The match must not run on into more digits or letters.
    private static func ends(at end: Int, in bytes: [UInt8]) -> Bool {
        end >= bytes.count || !isWordByte(bytes[end])
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
