/// The shape of ids in file and folder names and in `officers.yaml`: lower-case words joined by `-`.
public enum IDs {
    public static let shape = "lower-case letters and digits in words joined by '-' (like 'acorn-house')"

    static func isValid(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.first != "-", text.last != "-" else { return false }
        var previousWasDash = false
        for byte in text.utf8 {
            let isDash = byte == UInt8(ascii: "-")
            let isLower = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isDigit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            guard isDash || isLower || isDigit else { return false }
            if isDash && previousWasDash { return false }
            previousWasDash = isDash
        }
        return true
    }

    public static func isValid(_ text: String) -> Bool {
        isValid(Substring(text))
    }

    /// A suggested id for a bad one: lower-cased, spaces and underscores to dashes.
    static func suggestion(for text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber, character.isASCII {
                result.append(character)
            } else if !result.hasSuffix("-") {
                result.append("-")
            }
        }
        return String(result.drop(while: { $0 == "-" })).trimmingSuffixDashes()
    }
}

extension String {
    fileprivate func trimmingSuffixDashes() -> String {
        var copy = self
        while copy.hasSuffix("-") { copy.removeLast() }
        return copy
    }
}
