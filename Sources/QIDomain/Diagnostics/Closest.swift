/// The nearest word by edit distance, when it is close enough to be a likely typo.
///
/// The work per candidate is bounded by the candidate's length times the limit, whatever the length of the word:
/// a candidate whose length differs by more than the limit is skipped unseen, and the distance is computed only
/// within the limit's band, so a megabyte of text is compared with a list of keys in linear time.
public enum Closest {
    public static func word(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        let limit = max(2, word.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            // Only a strictly nearer candidate replaces the best (the first of equals wins).
            let bound = min(limit, (best?.distance ?? Int.max) - 1)
            if bound < 0 { break }
            // Lengths alone rule most candidates out, before any lower-casing or copying.
            if abs(candidate.unicodeScalars.count - target.count) > bound { continue }
            if let distance = distance(target, Array(candidate.lowercased().unicodeScalars), limit: bound) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Levenshtein distance over Unicode scalars.
    public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        return distance(a, b, limit: max(a.count, b.count)) ?? max(a.count, b.count)
    }

    /// The Levenshtein distance of `a` and `b` when it is at most `limit`, else nil; O(min(|a|, |b|) × limit).
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let infinity = limit + 1
        var previous = [Int](repeating: infinity, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        var current = [Int](repeating: infinity, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = i <= limit ? i : infinity
            current[low - 1] = low > 1 ? infinity : current[0]
            var rowMinimum = current[low - 1]
            if low <= high {
                let scalar = a[i - 1]
                for j in low...high {
                    // Plain comparisons rather than the generic min(_:_:_:), which is slow in a debug build.
                    var cell = previous[j - 1] + (scalar == b[j - 1] ? 0 : 1)
                    if previous[j] + 1 < cell { cell = previous[j] + 1 }
                    if current[j - 1] + 1 < cell { cell = current[j - 1] + 1 }
                    if cell > infinity { cell = infinity }
                    current[j] = cell
                    if cell < rowMinimum { rowMinimum = cell }
                }
            }
            // Cells outside the band stay "too far", so the next row never reads a stale value.
            if high < b.count { current[high + 1] = infinity }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
