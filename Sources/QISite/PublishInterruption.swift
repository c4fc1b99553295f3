import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Handles SIGINT and SIGTERM during a build by removing what the build was writing or removing.
///
/// The build's own staging folder (or, once swapped, the previous site being removed) is deleted before the
/// process exits with 128 + the signal's number. The swap itself is never cut in two: a signal that arrives during
/// it is handled once it is done. Before a build has a staging folder, the signals end it as usual.
final class PublishInterruption: @unchecked Sendable {
    static let shared = PublishInterruption()

    /// Guards `pending` and the swap; a handled signal takes it and never gives it back (the process ends).
    private let lock = NSLock()
    private var pending: String?
    private var sources: [DispatchSourceSignal] = []
    /// Its own queue, so the handler gets a thread even while every core is rendering or writing.
    private let queue = DispatchQueue(label: "qid.publish.signals")

    /// Sets the folder to delete if the build is interrupted (nil: nothing); installs the handlers the first time.
    func register(_ path: String?) {
        lock.withLock {
            pending = path
            guard sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [unowned self] in self.interrupted(by: number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Runs `body` with no interruption handled until it is done.
    func uninterrupted<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    private func interrupted(by number: Int32) {
        lock.lock()
        if let pending {
            // Renamed away first: writers still running get "no such folder" instead of filling it again.
            let doomed = pending + "-interrupted"
            let path = rename(pending, doomed) == 0 ? doomed : pending
            FolderRemoval.remove(path)
        }
        let name = number == SIGINT ? "SIGINT" : "SIGTERM"
        FileHandle.standardError.write(Data("qid build: stopped by \(name); the build's staging folder was removed\n".utf8))
        _exit(128 + number)
    }
}

/// Where a publish can be stopped by the test hooks, in order.
enum PublishStep: String, CaseIterable, Sendable {
    /// The staging folder exists, with its marker and nothing else.
    case staged
    /// Every file is written to the staging folder; nothing is swapped yet.
    case written
    /// Only where the filesystem cannot exchange: the previous site is moved aside, the new one not yet in.
    case movedAside = "moved-aside"
    /// The new site is in place; the previous one is not yet removed.
    case swapped
    /// Part of the previous site is removed.
    case removing
}

/// Test hooks that stop a publish at one of its steps; read only by the publisher, they do nothing when unset.
///
/// `QID_TEST_KILL_AT=STEP` kills the process with SIGKILL at that step of the publish; `QID_TEST_PAUSE_AT=STEP`
/// sleeps there for a minute (for a test to send a signal); `QID_TEST_NO_EXCHANGE=1` publishes as on a filesystem
/// that cannot exchange (two renames). The end-to-end tests use them to stop a real `qid build` at every step.
enum PublishTestHook {
    static let killAt = ProcessInfo.processInfo.environment["QID_TEST_KILL_AT"]
    static let pauseAt = ProcessInfo.processInfo.environment["QID_TEST_PAUSE_AT"]
    static let noExchange = ProcessInfo.processInfo.environment["QID_TEST_NO_EXCHANGE"] == "1"

    static func reach(_ step: PublishStep) {
        if killAt == step.rawValue { kill(getpid(), SIGKILL) }
        if pauseAt == step.rawValue { sleep(60) }
    }
}
