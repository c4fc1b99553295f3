/// A stable address segment for a name, used for the pages of localities: "Vale of White Horse" →
/// "vale-of-white-horse".
///
/// Two names with the same slug would share a page, so the loader refuses them.
public enum Slug {
    public static func of(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "other" : result
    }
}
