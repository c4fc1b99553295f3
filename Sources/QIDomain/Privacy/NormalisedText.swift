import Foundation

extension NHSNumber {
    /// The NHS numbers in `text` as a reader sees it, whatever the spelling: Unicode NFKC (fullwidth digits,
    /// no-break and thin spaces become their plain forms), every decimal digit of any script (Unicode Nd) read
    /// as its ASCII digit, zero-width characters (U+200B…U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD)
    /// dropped, and any run of spaces (Unicode Zs, tab) and dashes (Unicode Pd, U+2212 minus) read as one
    /// separator. The groups of 3-3-4 may then be split by any separator. Linear in the length of the text.
    public static func matches(inText text: String) -> [Match] {
        matches(in: normalisedUnits(text), mixedSeparators: true)
    }

    /// Whether `text` could hold ten digits at all: a cheap test before normalising.
    public static func mayHoldTenDigits(_ text: String) -> Bool {
        var digits = 0
        // Any numeric character counts: NFKC turns fullwidth and other compatibility digits into decimal ones.
        for scalar in text.unicodeScalars where scalar.properties.numericType != nil {
            digits += 1
            if digits >= 10 { return true }
        }
        return false
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
