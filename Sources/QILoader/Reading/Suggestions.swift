import QIDomain

/// "Did you mean …": the nearest allowed word (`Closest`), offered only when it is close.
enum Suggestions {
    /// " (did you mean 'services'?)" or "".
    static func didYouMean(_ word: String, in candidates: [String]) -> String {
        Closest.word(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }
}
