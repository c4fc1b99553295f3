import Foundation
import QITestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A running `qid serve`, started on a free loopback port (`--port 0`), for the end-to-end tests.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = ""
    private(set) var port: UInt16 = 0

    /// Starts `qid serve ARGUMENTS --port 0` in `directory` and waits (up to `timeout` seconds) for the address it prints.
    init(_ arguments: [String], in directory: URL, timeout: Double = 120) throws {
        process.executableURL = try #require(QID.binary, "the qid executable was not found next to the tests or in .build/debug")
        process.arguments = ["serve"] + arguments + ["--port", "0"]
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.output += String(decoding: data, as: UTF8.self) }
        }
        try process.run()
        let found = try Self.poll(timeout: timeout) { [self] in
            lock.withLock { output.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//).map { String($0.1) } }
        }
        port = try #require(found.flatMap(UInt16.init), "qid serve printed no address:\n\(printed)")
    }

    var printed: String { lock.withLock { output } }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Sends `signal` and waits (up to `timeout` seconds) for the exit; its status, or nil when it is still running.
    func stop(_ signal: Int32 = SIGINT, timeout: Double = 10) throws -> Int32? {
        kill(process.processIdentifier, signal)
        let exited = try Self.poll(timeout: timeout) { [process] in process.isRunning ? nil : true }
        return exited == nil ? nil : process.terminationStatus
    }

    /// Calls `probe` every 20 ms until it returns a value or `timeout` seconds pass.
    static func poll<T>(timeout: Double, _ probe: () throws -> T?) throws -> T? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let value = try probe() { return value }
            usleep(20_000)
        }
        return try probe()
    }
}

/// A bare HTTP/1.1 client on a loopback socket: sends exactly the bytes a test gives (malformed ones too).
enum LoopbackHTTP {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Connects to 127.0.0.1:`port`, with `timeout` seconds for each read.
    static func connect(_ port: UInt16, timeout: Int = 10) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "could not connect to 127.0.0.1:\(port)")
        }
        return socket
    }

    static func send(_ socket: Int32, _ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(socket, $0.baseAddress, $0.count) }
    }

    /// Reads up to 64 KB: empty at the end of the stream, nil when the read timed out or failed.
    static func read(_ socket: Int32) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(socket, $0.baseAddress, $0.count) }
        return count >= 0 ? Array(buffer[..<count]) : nil
    }

    /// Sends `request` as it is and reads until the server closes; nil when it closed without a reply.
    static func exchange(_ port: UInt16, _ request: String) throws -> Reply? {
        let socket = try connect(port)
        defer { close(socket) }
        send(socket, request)
        var bytes: [UInt8] = []
        while true {
            guard let chunk = read(socket), !chunk.isEmpty else { break }
            bytes += chunk
        }
        return parse(bytes)
    }

    /// `METHOD PATH` with a Host header, the connection closed after the reply.
    static func request(_ port: UInt16, _ path: String, method: String = "GET") throws -> Reply {
        let reply = try exchange(port, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n")
        return try #require(reply, "no reply to \(method) \(path)")
    }

    static func parse(_ bytes: [UInt8]) -> Reply? {
        let separator = Array("\r\n\r\n".utf8)
        guard
            let end = (0...max(0, bytes.count - separator.count)).first(where: {
                bytes[$0..<min(bytes.count, $0 + 4)].elementsEqual(separator)
            })
        else { return nil }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = head.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Reply(status: status, headers: headers, body: Array(bytes[(end + 4)...]))
    }
}

/// `GET /__qid/events` held open: the versions its `reload` events carry.
final class ReloadEvents {
    let socket: Int32
    private var received = ""

    init(port: UInt16) throws {
        socket = try LoopbackHTTP.connect(port, timeout: 1)
        LoopbackHTTP.send(socket, "GET /__qid/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
    }

    deinit { close(socket) }

    /// The versions of every `reload` event so far.
    var versions: [Int] {
        received.matches(of: /event: reload\ndata: (\d+)\n\n/).compactMap { Int($0.1) }
    }

    /// Reads until a `reload` event newer than `version` arrives (nil after `timeout` seconds).
    func next(after version: Int, timeout: Double = 20) throws -> Int? {
        try ServeProcess.poll(timeout: timeout) {
            if let newer = versions.first(where: { $0 > version }) { return newer }
            received += String(decoding: LoopbackHTTP.read(socket) ?? [], as: UTF8.self)
            return versions.first { $0 > version }
        }
    }

    /// Whether the server ended the stream (the chunked body's last chunk, or the connection closed).
    func ended(timeout: Double = 10) throws -> Bool {
        try ServeProcess.poll(timeout: timeout) {
            let chunk = LoopbackHTTP.read(socket)
            received += String(decoding: chunk ?? [], as: UTF8.self)
            return received.hasSuffix("0\r\n\r\n") || chunk == [] ? true : nil
        } ?? false
    }
}
