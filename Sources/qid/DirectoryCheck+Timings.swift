import QIDomain
import QILoader
import QIReport

extension DirectoryCheck {
    /// `run(root:asOf:)` with the load and the evaluation timed apart, for `--timings`.
    static func run(root: String, asOf: Day, timings: inout PhaseTimings) -> DirectoryCheck {
        let loaded = timings.measure(.load) { ContentLoader().load(root: root) }
        return timings.measure(.evaluate) { evaluate(loaded, asOf: asOf) }
    }
}
