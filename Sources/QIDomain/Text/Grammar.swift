/// Small pieces of English shared by rule messages, explanations and pages.
public enum Grammar {
    /// "a" or "an" before `word`, by its first letter ("an Organisational safeguarding enquiry").
    public static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }

    /// A whole number with thousands separators: 25000 → "25,000".
    ///
    /// Fixed grouping, not the machine's locale, so the output is the same everywhere.
    public static func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// "1 day", "2 days", "1,250 providers": a count and its noun, singular for exactly one.
    public static func count(_ value: Int, _ singular: String, plural: String? = nil) -> String {
        "\(number(value)) \(value == 1 ? singular : plural ?? singular + "s")"
    }
}
