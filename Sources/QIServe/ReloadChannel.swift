import FlyingFox
import FlyingSocks
import Foundation

/// The server-sent events that tell open pages to reload: each browser tab holds one `GET /__qid/events`.
///
/// A new listener is sent the site's version at once (so a page that missed a change while it loaded reloads), then
/// one `reload` event per rebuild. `finishAll` ends every stream (when the server stops).
final class ReloadChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
    private var nextID = 0
    private var finished = false

    /// The `reload` event for `version`.
    static func event(_ version: Int) -> [UInt8] {
        Array("event: reload\ndata: \(version)\n\n".utf8)
    }

    /// A listener's stream, starting with the current version.
    func listen(version: Int) -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(8))
        continuation.yield(Array("retry: 500\n\n".utf8) + Self.event(version))
        let id: Int? = lock.withLock {
            guard !finished else { return nil }
            nextID += 1
            listeners[nextID] = continuation
            return nextID
        }
        guard let id else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) }
        }
        return stream
    }

    /// Tells every open page the site is now at `version`.
    func broadcast(version: Int) {
        let event = Self.event(version)
        for continuation in lock.withLock({ Array(listeners.values) }) {
            continuation.yield(event)
        }
    }

    /// Ends every stream; later listeners get their first event and the end.
    func finishAll() {
        let all = lock.withLock {
            finished = true
            defer { listeners = [:] }
            return Array(listeners.values)
        }
        for continuation in all { continuation.finish() }
    }

    /// Whether `finishAll` has run (the server is stopping).
    var isFinished: Bool { lock.withLock { finished } }
}

/// An event stream as a response body that FlyingFox sends in chunks as events arrive.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.AsyncIterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let event = await events.next() else { return nil }
                pending = event
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if !pending.isEmpty {
                defer { pending = [] }
                return pending
            }
            return await events.next()
        }
    }
}
