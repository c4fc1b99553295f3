import QIDomain
import QIYAML

/// Where policies come from: the built-in files compiled into qid, or a policy file in the content folder.
public enum PolicyLibrary {
    public static var builtInNames: [String] { BuiltInPolicyFiles.all.map(\.name) }

    /// The YAML text of a built-in policy, as `qid policy show` prints it.
    public static func builtInText(named name: String) -> String? {
        BuiltInPolicyFiles.all.first { $0.name == name }?.text
    }

    /// A built-in policy, decoded once.
    ///
    /// Every built-in decodes without a diagnostic (a test checks each).
    public static func builtIn(named name: String) -> Policy? {
        decodedBuiltIns[name]
    }

    private static let decodedBuiltIns: [String: Policy] = {
        var policies: [String: Policy] = [:]
        for file in BuiltInPolicyFiles.all {
            policies[file.name] = decode(Array(file.text.utf8), file: builtInFile(file.name)).policy
        }
        return policies
    }()

    /// How diagnostics name a built-in policy's file.
    public static func builtInFile(_ name: String) -> String {
        "(built-in policy)/\(name).yaml"
    }

    /// True when `directory.yaml`'s `policy:` names a file rather than a built-in policy.
    public static func isPath(_ value: String) -> Bool {
        value.contains("/") || value.hasSuffix(".yaml") || value.hasSuffix(".yml")
    }

    /// Decodes a policy file's bytes: the same YAML limits and checks as content.
    public static func decode(_ bytes: [UInt8], file: String, limits: YAMLLimits = .standard) -> (
        policy: Policy?, diagnostics: [Diagnostic]
    ) {
        let sink = DiagnosticSink()
        guard let node = YAMLDocuments.parse(bytes, file: file, limits: limits, lineOffset: 0, sink: sink) else {
            return (nil, sink.diagnostics)
        }
        let policy = PolicyDecoder(file: file, sink: sink).decode(node)
        return (sink.diagnostics.contains { $0.severity == .error } ? nil : policy, sink.diagnostics)
    }

    /// Reads and decodes a policy file anywhere on disk (`qid policy check FILE`), with the content limits.
    public static func load(path: String, limits: YAMLLimits = .standard) -> (policy: Policy?, diagnostics: [Diagnostic]) {
        let sink = DiagnosticSink()
        let folder = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
        let name = path.contains("/") ? String(path[path.index(after: path.lastIndex(of: "/") ?? path.startIndex)...]) : path
        guard let files = ContentFiles(root: folder.isEmpty ? "/" : folder, maximumBytes: limits.maximumBytes, sink: sink),
            files.exists(name) == .file
        else {
            sink.error(
                .layout, .start(of: path), "no policy file here", fix: "give the path of a policy file (see 'qid policy show oxfordshire')")
            return (nil, sink.diagnostics)
        }
        guard let bytes = files.read(name) else { return (nil, sink.diagnostics) }
        let decoded = decode(bytes, file: path, limits: limits)
        return (decoded.policy, sink.diagnostics + decoded.diagnostics)
    }
}
