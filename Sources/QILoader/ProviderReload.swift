import QIDomain

/// One provider folder read again after a change: its record (nil when the folder is gone or unreadable) and the
/// diagnostics a full load reports for it.
public struct ProviderReload: Sendable {
    public var id: String
    /// The folder as diagnostics name it (`content/providers/ID`).
    public var folder: String
    public var provider: Provider?
    public var diagnostics: [Diagnostic]
}

extension ContentLoader {
    /// Reads only the given provider folders, through the same code a full load runs for each of them.
    ///
    /// Nil when the content folder or its `providers/` folder cannot be read (the caller loads everything again,
    /// which reports why). The `providers/` listing is read again too (one folder, no files), so a folder that
    /// appeared, vanished or became a link is reported as a full load would.
    public func reloadProviders(root: String, ids: [String]) -> [ProviderReload]? {
        let listingSink = DiagnosticSink()
        guard let files = ContentFiles(root: root, maximumBytes: limits.maximumBytes, calls: calls, sink: listingSink),
            files.exists("providers") == .directory, let entries = files.list("providers")
        else { return nil }
        let location = files.location
        let limits = self.limits
        return ids.map { id in
            let folder = files.display("providers/\(id)")
            var diagnostics = listingSink.diagnostics.filter { $0.location.file.isInFolder(folder) }
            guard let entry = entries.first(where: { $0.name == id }) else {
                return ProviderReload(id: id, folder: folder, provider: nil, diagnostics: diagnostics)
            }
            let sink = DiagnosticSink()
            var session = LoadSession(files: ContentFiles(location, sink: sink), limits: limits, sink: sink)
            let provider = session.loadProvider(in: LoadSession.ProviderFolder(name: id, isDirectory: entry.kind == .directory))
            diagnostics += sink.diagnostics
            return ProviderReload(id: id, folder: folder, provider: provider, diagnostics: diagnostics)
        }
    }
}

extension String {
    /// Whether this path is `folder` itself or a path inside it.
    func isInFolder(_ folder: String) -> Bool {
        self == folder || (hasPrefix(folder) && dropFirst(folder.count).first == "/")
    }
}
