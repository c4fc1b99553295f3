#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where the time of a `check` or `build` went, phase by phase, and the process's peak memory:
/// what `--timings` prints (and `make bench` reads).
public struct PhaseTimings: Sendable {
    /// The pipeline's phases, in the order they run.
    public enum Phase: String, CaseIterable, Sendable {
        case load
        case evaluate
        case render
        case searchIndex = "search index"
        case write
        case linkCheck = "link check"
        case outputScan = "output scan"
        /// The swap: the new site is live when it ends.
        case publish
        /// Removing the previous site's tree, after the new one is live.
        case previousRemoval = "old site removal"
    }

    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var durations: [Phase: Duration] = [:]

    public init() {
        start = clock.now
    }

    /// Runs `work`, adding its wall time to `phase` (a phase may be measured in several pieces).
    public mutating func measure<Result>(_ phase: Phase, _ work: () throws -> Result) rethrows -> Result {
        let begin = clock.now
        defer { durations[phase, default: .zero] += clock.now - begin }
        return try work()
    }

    /// Seconds since these timings began.
    public var elapsed: Double { Self.seconds(clock.now - start) }

    public func seconds(_ phase: Phase) -> Double? {
        durations[phase].map(Self.seconds)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The most memory the process has held at once (its peak resident set), in bytes.
    public static var peakMemoryBytes: Int {
        var usage = rusage()
        #if canImport(Glibc)
            let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        #if canImport(Darwin)
            return Int(usage.ru_maxrss)
        #else
            return Int(usage.ru_maxrss) * 1024
        #endif
    }

    /// The report: one line per phase that ran, the total and the peak memory, aligned for reading.
    ///
    ///     qid timings: load 0.412 s
    ///     qid timings: total 1.950 s
    ///     qid timings: peak memory 123.4 MB
    public func report() -> String {
        var lines: [String] = []
        for phase in Phase.allCases {
            guard let seconds = seconds(phase) else { continue }
            lines.append(Self.line(phase.rawValue, Self.format(seconds) + " s"))
        }
        lines.append(Self.line("total", Self.format(elapsed) + " s"))
        lines.append(Self.line("peak memory", Self.format(Double(Self.peakMemoryBytes) / 1_048_576, digits: 1) + " MB"))
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ name: String, _ value: String) -> String {
        "qid timings: " + name + String(repeating: " ", count: max(1, 14 - name.count)) + value
    }

    /// Fixed-point without Foundation: 0.0123 → "0.012".
    static func format(_ value: Double, digits: Int = 3) -> String {
        var scale = 1
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let whole = scaled / scale
        let fraction = String(scaled % scale)
        return "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}
