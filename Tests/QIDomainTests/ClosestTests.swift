import QIDomain
import Testing

/// The banded "did you mean" search gives the same answers as a full edit-distance table.
@Suite struct ClosestTests {
    /// The textbook Levenshtein table, for comparison.
    private func fullDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    /// The first candidate at the smallest distance within the limit, from the full table.
    private func fullNearest(_ word: String, _ candidates: [String]) -> String? {
        let limit = max(2, word.count / 3)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = fullDistance(word.lowercased(), candidate.lowercased())
            if distance <= limit, distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        return best?.0
    }

    @Test func bandedDistanceAgreesWithTheFullTable() {
        let letters = Array("abcde-é")
        func word(_ lengths: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: lengths)).map { _ in letters.randomElement() ?? "a" })
        }
        for _ in 0..<2_000 {
            let a = word(0...12)
            let b = word(0...12)
            #expect(Closest.editDistance(a, b) == fullDistance(a, b), "\(a) / \(b)")
            let candidates = (0..<5).map { _ in word(1...10) }
            #expect(Closest.word(to: a, in: candidates) == fullNearest(a, candidates), "\(a) in \(candidates)")
        }
    }

    @Test func typosAreSuggestedAndFarWordsAreNot() {
        #expect(Closest.word(to: "sevices", in: ["name", "services", "status"]) == "services")
        #expect(Closest.word(to: "GREN", in: ["green", "amber", "red"]) == "green")
        #expect(Closest.word(to: String(repeating: "a", count: 100_000), in: ["green", "amber", "red"]) == nil)
        #expect(Closest.word(to: "purple", in: ["green", "amber", "red"]) == nil)
    }
}
