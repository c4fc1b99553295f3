import QIDomain
import QIParallel

/// How much of each provider's folder a load reads.
public enum ProviderReading: Sendable, Equatable {
    /// provider.yaml, cqc.yaml, ratings/ and concerns/: what `qid check` and `qid build` read.
    case everything
    /// provider.yaml and the folder's listing only: ratings/ and concerns/ are not read and cqc.yaml is not parsed.
    ///
    /// What `qid import cqc` needs: each provider's registration, name and postcode. It compares cqc.yaml, which only
    /// it writes, by bytes, and checks with `cqcDiagnostics` each one that is not byte for byte what it would write.
    case providerFileOnly
}

extension ContentLoader {
    /// What a whole load reports about each given provider's cqc.yaml (nothing where it has none), read on every core,
    /// in the order given.
    ///
    /// `providers`: each provider's id (its folder's name) and the CQC location its provider.yaml registers.
    public func cqcDiagnostics(root: String, providers: [(id: String, registered: String?)]) -> [Diagnostic] {
        let rootSink = DiagnosticSink()
        guard let files = ContentFiles(root: root, maximumBytes: limits.maximumBytes, calls: calls, sink: rootSink) else { return [] }
        let location = files.location
        let limits = self.limits
        let found = Parallel.map(providers.map { CQCFileToCheck(id: $0.id, registered: $0.registered) }) { provider in
            let sink = DiagnosticSink()
            var session = LoadSession(files: ContentFiles(location, sink: sink), limits: limits, sink: sink)
            let path = "providers/\(provider.id)/cqc.yaml"
            if session.files.exists(path) == .file { _ = session.loadCQC(path, registered: provider.registered) }
            return sink.diagnostics
        }
        return found.flatMap { $0 }
    }
}

/// One provider whose cqc.yaml `cqcDiagnostics` reads.
private struct CQCFileToCheck: Sendable {
    var id: String
    var registered: String?
}
