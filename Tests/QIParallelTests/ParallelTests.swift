import QIParallel
import Testing

@Suite struct ParallelTests {
    @Test(arguments: [0, 1, 2, 7, 1000])
    func resultsComeBackInTheItemsOrder(_ count: Int) {
        let items = Array(0..<count)
        #expect(Parallel.map(items) { $0 * $0 } == items.map { $0 * $0 })
    }

    @Test func unevenWorkStillComesBackInOrder() {
        let items = Array(0..<200)
        let results = Parallel.map(items) { item -> String in
            // Early items take longest, so they would finish last if order followed completion.
            var total = 0
            for step in 0..<((200 - item) * 500) { total &+= step }
            return "\(item):\(total % 7)"
        }
        #expect(results.map { Int($0.split(separator: ":")[0]) } == items)
    }

    struct Failure: Error, CustomStringConvertible {
        let item: Int
        var description: String { "item \(item) failed" }
    }

    @Test func forEachRethrowsTheFirstFailureInTheItemsOrder() {
        #expect(throws: ParallelError.self) {
            try Parallel.forEach(Array(0..<100)) { item in
                if item == 40 || item == 90 { throw Failure(item: item) }
            }
        }
        do {
            try Parallel.forEach(Array(0..<100)) { item in
                if item == 40 || item == 90 { throw Failure(item: item) }
            }
        } catch {
            #expect(String(describing: error) == "item 40 failed")
        }
    }
}
