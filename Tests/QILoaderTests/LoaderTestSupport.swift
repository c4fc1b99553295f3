import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FixtureTree {
    /// The loader's diagnostics only (no quality rules), sorted.
    func loadDiagnostics() -> [Diagnostic] {
        ContentLoader().load(root: path).diagnostics.sortedForOutput()
    }

    /// "file:line:col severity rule" for each loader diagnostic, paths relative to the tree.
    func loadSummaries() -> [String] {
        loadDiagnostics().summaries(relativeTo: path)
    }

    /// The one diagnostic at `relative` path (relative to the tree), recording an issue when there is not exactly one.
    func diagnostic(in diagnostics: [Diagnostic], file relative: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        -> Diagnostic?
    {
        let matching = diagnostics.filter { $0.location.file == "\(path)/\(relative)" }
        guard matching.count == 1 else {
            Issue.record(
                "expected one diagnostic in \(relative), found \(matching.count): \(diagnostics.summaries(relativeTo: path))",
                sourceLocation: sourceLocation)
            return nil
        }
        return matching[0]
    }

    func url(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }

    /// Renames a file or folder inside the tree.
    @discardableResult
    func moving(_ from: String, to: String) throws -> FixtureTree {
        try FileManager.default.moveItem(at: url(from), to: url(to))
        return self
    }

    /// Makes a symbolic link at `relative` pointing to `destination` (used as given: absolute or relative).
    @discardableResult
    func linking(_ relative: String, to destination: String) throws -> FixtureTree {
        try FileManager.default.createSymbolicLink(atPath: url(relative).path, withDestinationPath: destination)
        return self
    }

    /// Makes a named pipe at `relative`.
    @discardableResult
    func makingFIFO(_ relative: String) throws -> FixtureTree {
        guard mkfifo(url(relative).path, 0o644) == 0 else { throw FixtureError("mkfifo failed for \(relative)") }
        return self
    }
}

/// Runs `body` on its own thread and waits at most `limit`, so a hang fails the test instead of blocking the run.
///
/// Returns the result and the time taken, or nil (with an issue recorded) after the limit.
func finishing<T: Sendable>(
    within limit: Duration = .seconds(10), sourceLocation: Testing.SourceLocation = #_sourceLocation, _ body: @escaping @Sendable () -> T
) -> (value: T, elapsed: Duration)? {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        let clock = ContinuousClock()
        let start = clock.now
        let value = body()
        box.elapsed = clock.now - start
        box.value = value
        done.signal()
    }
    thread.start()
    let seconds = Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18
    guard done.wait(timeout: .now() + seconds) == .success, let value = box.value else {
        Issue.record("did not finish within \(limit): it hangs", sourceLocation: sourceLocation)
        return nil
    }
    return (value, box.elapsed)
}

/// Carries a result from the worker thread; written once before the semaphore is signalled, read after.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    var elapsed: Duration = .zero
}

/// A valid concern record for the minimal tree, raised on 2026-02-20.
let validConcern = """
    raised: 2026-02-20
    title: Medication errors on one unit
    sources: [safeguarding]
    triggers: [medication-errors-harm]
    process: serious-concerns
    risk: high
    chair: dana-frost
    lead: amira-khan
    meetings:
      - {date: 2026-02-24, kind: internal}
    actions: []
    status: closed
    closed: {date: 2026-03-01, by: dana-frost, outcome: resolved}

    """
