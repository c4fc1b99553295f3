import CAllocator
import Dispatch

/// Runs independent pieces of work on every core and gives the results back in the input's order, so the
/// output never depends on which core finished first.
///
/// Built on `DispatchQueue.concurrentPerform` rather than a task group: the work is synchronous and does
/// blocking file I/O (reading records, writing pages), which must not tie up Swift concurrency's cooperative
/// threads, and it keeps `qid`'s commands synchronous. `concurrentPerform` runs as many threads as there are
/// cores and returns when all the work is done.
public enum Parallel {
    /// How many cores the work is spread over.
    public static var width: Int { max(1, System.activeProcessorCount) }

    /// Caps the C allocator's arenas at one per core, once, before any work is spread.
    ///
    /// glibc gives each new thread an arena of its own, up to eight per core; memory freed in one (a provider's
    /// YAML tree, a rendered batch) is not reused by another, so the peak grows with the threads the dispatch
    /// pool happens to start, not with the work (a 25,000-provider build: 625 MB with the default, 584 MB with two
    /// arenas on two cores).
    public static func limitAllocatorArenas() {
        _ = qid_limit_allocator_arenas(Int32(clamping: width))
    }

    /// `transform(item)` for every item, computed concurrently, in the items' order.
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let count = items.count
        guard count > 1, width > 1 else { return items.map(transform) }
        // A few chunks per core: enough to balance uneven items, few enough that scheduling costs nothing.
        let chunks = min(count, width * 8)
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            for index in range {
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.results()
    }

    /// `body(item)` for every item, concurrently; the first error thrown (in the items' order) is rethrown.
    public static func forEach<Item: Sendable>(_ items: [Item], _ body: @Sendable (Item) throws -> Void) throws {
        let failures = map(items) { item -> String? in
            do {
                try body(item)
                return nil
            } catch {
                return String(describing: error)
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            throw ParallelError(description: failure)
        }
    }
}

/// The first failure of a `Parallel.forEach`, as its description.
public struct ParallelError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// One slot per result.
///
/// Each index is written by exactly one iteration and read only after `concurrentPerform` has returned, so the slots
/// need no lock.
private final class ResultSlots<Result>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<Result?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func store(_ result: Result, at index: Int) {
        buffer[index] = result
    }

    func results() -> [Result] {
        let results = buffer.compactMap { $0 }
        precondition(results.count == buffer.count, "a parallel result is missing")
        return results
    }

    deinit {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}

/// The machine's cores, from the C library (no Foundation needed).
enum System {
    static var activeProcessorCount: Int {
        #if canImport(Glibc)
            Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))
        #else
            Int(sysconf(_SC_NPROCESSORS_ONLN))
        #endif
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
