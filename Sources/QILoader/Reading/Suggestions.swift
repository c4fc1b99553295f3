import QIDomain

/// "Did you mean …": the nearest allowed word (`Closest`), offered only when it is close.
enum Suggestions {
    /// " (did you mean 'services'?)" or "".
    ///
    /// Nothing is suggested for a word that is itself allowed (a file named like a folder, say).
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        if candidates.contains(word) { return "" }
        return Closest.word(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
