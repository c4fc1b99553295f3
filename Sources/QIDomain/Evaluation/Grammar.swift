/// Small pieces of English shared by rule messages and explanations.
enum Grammar {
    /// "a" or "an" before `word`, by its first letter ("an Organisational safeguarding enquiry").
    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
