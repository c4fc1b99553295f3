import QIDomain
import QIParallel
import QIYAML

/// What a load produced: the records (nil only when the folder itself cannot be read), every format
/// diagnostic, and how many files were read.
public struct LoadResult: Sendable {
    public var content: DirectoryContent?
    /// The policy `directory.yaml` names (built in or a file); nil when it is unknown or its file has errors.
    public var policy: Policy?
    public var diagnostics: [Diagnostic]
    public var filesRead: Int
}

/// Reads a content tree (content format v1) into records.
///
/// Read-only: it never writes under the folder.
///
/// The layout: `directory.yaml`, `officers.yaml`, `providers/ID/{provider.yaml, ratings/DATE.yaml,
/// concerns/DATE-SLUG.yaml}`, `pages/NAME.md`. Every file is also scanned for NHS numbers (QI-P1,
/// `PersonalDataScan`).
public struct ContentLoader: Sendable {
    public var limits: YAMLLimits
    /// How files are read and folders listed: the system's calls, or failing ones in tests.
    public var calls: FileSystemCalls
    /// How much of each provider's folder is read: everything, or only provider.yaml (the importer's load).
    public var providerReading: ProviderReading = .everything

    public init(limits: YAMLLimits = .standard, calls: FileSystemCalls = .system) {
        self.limits = limits
        self.calls = calls
    }

    public func load(root: String) -> LoadResult {
        let sink = DiagnosticSink()
        guard let files = ContentFiles(root: root, maximumBytes: limits.maximumBytes, calls: calls, sink: sink) else {
            sink.error(
                .layout, .start(of: root), "the content folder does not exist",
                fix: "give the path of a content folder (the one holding directory.yaml)")
            return LoadResult(content: nil, policy: nil, diagnostics: sink.diagnostics, filesRead: 0)
        }
        var session = LoadSession(files: files, limits: limits, sink: sink)
        session.providerReading = providerReading
        let content = session.loadTree()
        return LoadResult(content: content, policy: session.policy, diagnostics: sink.diagnostics, filesRead: session.filesRead)
    }
}

/// One pass over one tree.
struct LoadSession {
    let files: ContentFiles
    let limits: YAMLLimits
    let sink: DiagnosticSink
    var providerReading = ProviderReading.everything
    private(set) var filesRead = 0
    /// The policy `directory.yaml` names, once read; nil when it is unknown or its file has errors.
    private(set) var policy: Policy?

    init(files: ContentFiles, limits: YAMLLimits, sink: DiagnosticSink) {
        self.files = files
        self.limits = limits
        self.sink = sink
    }

    /// What the top of a content folder holds; `schemas/` is where `qid schema` writes the editors' JSON Schemas.
    static let rootEntries = ["directory.yaml", "officers.yaml", "providers", "pages", "schemas"]

    mutating func loadTree() -> DirectoryContent {
        let directoryFile = files.display("directory.yaml")
        var settings = DirectorySettings(file: directoryFile, policy: Located("oxfordshire", at: .start(of: directoryFile)))
        var settingsRead = false
        if let node = document(required: "directory.yaml", what: "the directory's settings (title, localities, policy)"),
            let decoded = SettingsDecoder.directory(node, file: directoryFile, sink: sink)
        {
            settings = decoded
            settingsRead = true
        }
        let policyFile =
            PolicyLibrary.isPath(settings.policy.value)
            ? Self.policyPath(settings.policy.value).split(separator: "/").first.map(String.init) : nil
        let rootEntries = files.list("") ?? []
        for entry in rootEntries where !Self.rootEntries.contains(entry.name) && !entry.name.hasPrefix("README") && entry.name != policyFile
        {
            sink.warning(
                .layout, .start(of: files.display(entry.name)),
                "'\(entry.name)' is not part of the content format and is ignored\(Suggestions.didYouMean(entry.name, in: Self.rootEntries))",
                fix: "the content folder holds \(Self.rootEntries.joined(separator: ", ")); move other files elsewhere")
        }
        // Without directory.yaml there is no policy to check against (only a guess), so the quality rules do not
        // run: its one error is reported, not a rule error for every locality, light and role it would have named.
        policy = settingsRead ? loadPolicy(settings.policy) : nil
        var officers: [Officer] = []
        if let node = document(required: "officers.yaml", what: "the list of officers and their roles") {
            officers = SettingsDecoder.officers(node, file: files.display("officers.yaml"), sink: sink)
        }
        let providers = files.exists("providers") == .directory ? loadProviders() : []
        let pages = files.exists("pages") == .directory ? loadPages() : []
        return DirectoryContent(settings: settings, officers: officers, providers: providers, pages: pages)
    }

    // MARK: Policy

    /// `policy:`'s path without `.` parts: `./policy.yaml` is `policy.yaml`.
    static func policyPath(_ value: String) -> String {
        value.hasPrefix("/")
            ? value : value.split(separator: "/", omittingEmptySubsequences: false).filter { $0 != "." }.joined(separator: "/")
    }

    /// `directory.yaml`'s `policy:`: a built-in name, or a policy file inside the content folder.
    private mutating func loadPolicy(_ value: Located<String>) -> Policy? {
        guard PolicyLibrary.isPath(value.value) else {
            if let policy = PolicyLibrary.builtIn(named: value.value) { return policy }
            if let text = PolicyLibrary.builtInText(named: value.value) {
                // A built-in policy that does not decode is a bug in qid; say where, rather than "unknown".
                sink.append(contentsOf: PolicyLibrary.decode(Array(text.utf8), file: PolicyLibrary.builtInFile(value.value)).diagnostics)
                return nil
            }
            let names = PolicyLibrary.builtInNames
            sink.error(
                .unknownReference, value.location,
                "unknown policy '\(value.value)'\(Suggestions.didYouMean(value.value, in: names)); the built-in policies are \(names.joined(separator: ", "))",
                fix: "name a built-in policy, or give the path of a policy file in the content folder, like 'policy: policy.yaml'")
            return nil
        }
        let path = Self.policyPath(value.value)
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(".."), !components.contains(""),
            files.exists(path) == .file, let real = ContentFiles.realPath(files.display(path)), real.hasPrefix(files.realRoot + "/")
        else {
            sink.error(
                .unknownReference, value.location, "no policy file at '\(value.value)' inside the content folder",
                fix:
                    "put the policy file in the content folder and give its path from there (like 'policy: policy.yaml'), or name a built-in policy"
            )
            return nil
        }
        guard let bytes = readFile(path) else { return nil }
        PersonalDataScan.scanYAML(bytes, suspects: [], file: files.display(path), sink: sink)
        let decoded = PolicyLibrary.decode(bytes, file: files.display(path), limits: limits)
        sink.append(contentsOf: decoded.diagnostics)
        return decoded.policy
    }

    // MARK: Providers

    /// Providers are independent, so their folders are read and parsed on every core, each into a sink of its
    /// own; the results are gathered in folder order, so providers and diagnostics come out as a serial load's.
    private mutating func loadProviders() -> [Provider] {
        let entries = (files.list("providers") ?? []).map { ProviderFolder(name: $0.name, isDirectory: $0.kind == .directory) }
        let location = files.location
        let limits = self.limits
        let reading = providerReading
        let loaded = Parallel.map(entries) { folder in
            let sink = DiagnosticSink()
            var session = LoadSession(files: ContentFiles(location, sink: sink), limits: limits, sink: sink)
            session.providerReading = reading
            let provider = session.loadProvider(in: folder)
            return LoadedProvider(provider: provider, diagnostics: session.sink.diagnostics, filesRead: session.filesRead)
        }
        var providers: [Provider] = []
        for result in loaded {
            sink.append(contentsOf: result.diagnostics)
            filesRead += result.filesRead
            if let provider = result.provider { providers.append(provider) }
        }
        return providers
    }

    struct ProviderFolder: Sendable {
        var name: String
        var isDirectory: Bool
    }

    struct LoadedProvider: Sendable {
        var provider: Provider?
        var diagnostics: [Diagnostic]
        var filesRead: Int
    }

    mutating func loadProvider(in folder: ProviderFolder) -> Provider? {
        let path = "providers/\(folder.name)"
        guard folder.isDirectory else {
            sink.error(
                .layout, .start(of: files.display(path)), "'\(folder.name)' is a file; providers/ holds one folder per provider",
                fix: "move it to providers/ID/provider.yaml")
            return nil
        }
        if !IDs.isValid(folder.name) {
            sink.error(
                .badID, .start(of: files.display(path)), "provider id '\(folder.name)' is not \(IDs.shape)",
                fix: "rename the folder to '\(IDs.suggestion(for: folder.name))'")
        }
        return loadProvider(id: folder.name, path: path)
    }

    static let providerEntries = ["provider.yaml", "cqc.yaml", "ratings", "concerns"]

    private mutating func loadProvider(id: String, path: String) -> Provider? {
        var ratingFiles: [String] = []
        var concernFiles: [String] = []
        var hasProviderFile = false
        var hasCQCFile = false
        // A folder that cannot be listed is reported as such, not as one with no provider.yaml.
        guard let entries = files.list(path) else { return nil }
        let readsRecords = providerReading == .everything
        for entry in entries {
            switch (entry.name, entry.kind) {
            case ("provider.yaml", .file): hasProviderFile = true
            case ("cqc.yaml", .file): hasCQCFile = readsRecords
            case ("ratings", .directory): ratingFiles = readsRecords ? yamlFiles(in: "\(path)/ratings", kind: "rating") : []
            case ("concerns", .directory): concernFiles = readsRecords ? yamlFiles(in: "\(path)/concerns", kind: "concern") : []
            default:
                sink.error(
                    .layout, .start(of: files.display("\(path)/\(entry.name)")),
                    "'\(entry.name)' is not part of a provider's folder\(Suggestions.didYouMean(entry.name, in: Self.providerEntries))",
                    fix:
                        "a provider's folder holds provider.yaml, cqc.yaml (written by qid import cqc), ratings/DATE.yaml and concerns/DATE-SLUG.yaml"
                )
            }
        }
        guard hasProviderFile else {
            sink.error(
                .layout, .start(of: files.display(path)), "provider folder '\(id)' has no provider.yaml",
                fix: "add provider.yaml with at least name, services, service_areas and status")
            return nil
        }
        let file = files.display("\(path)/provider.yaml")
        guard let node = document(at: "\(path)/provider.yaml", exempt: ProviderDecoder.validIdentifiers),
            var provider = ProviderDecoder.provider(id: id, node: node, file: file, sink: sink)
        else { return nil }
        provider.ratings = ratingFiles.compactMap { loadRating($0) }.sorted { $0.date.value < $1.date.value }
        provider.concerns = concernFiles.compactMap { loadConcern($0) }
        if hasCQCFile { provider.cqc = loadCQC("\(path)/cqc.yaml", registered: provider.registration.cqcLocation) }
        return provider
    }

    /// The `.yaml` files of a ratings/ or concerns/ folder; anything else is reported.
    private func yamlFiles(in folder: String, kind: String) -> [String] {
        (files.list(folder) ?? []).compactMap { entry in
            guard entry.kind == .file, entry.name.hasSuffix(".yaml") else {
                let hint =
                    entry.name.hasSuffix(".yml")
                    ? "rename it to end in .yaml" : "\(folder.split(separator: "/").last ?? "") holds only \(kind) files named *.yaml"
                sink.error(
                    .layout, .start(of: files.display("\(folder)/\(entry.name)")), "'\(entry.name)' is not a \(kind) file", fix: hint)
                return nil
            }
            return "\(folder)/\(entry.name)"
        }
    }

    /// A record file's name without its folder and its `.yaml`.
    static func stem(of path: String) -> String {
        let utf8 = path.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { path[utf8.index(after: $0)...] } ?? path[...]
        return String(name.dropLast(5))
    }

    private mutating func loadRating(_ path: String) -> Rating? {
        let file = files.display(path)
        let stem = Self.stem(of: path)
        let nameDay = Day(iso: stem)
        if nameDay == nil {
            sink.error(
                .fileNameMismatch, .start(of: file), "a rating file is named by its date (YYYY-MM-DD.yaml), not '\(stem).yaml'",
                fix: "rename the file to its rating's date")
        }
        guard let node = document(at: path), let rating = RatingDecoder.rating(node: node, file: file, sink: sink) else { return nil }
        if let nameDay, nameDay != rating.date.value {
            sink.error(
                .fileNameMismatch, rating.date.location, "date is \(rating.date.value) but the file is named \(stem).yaml",
                fix: "make the date and the file name agree (rename the file or correct the date)")
        }
        return rating
    }

    /// cqc.yaml: its location must be the one provider.yaml registers, or the facts are another location's.
    mutating func loadCQC(_ path: String, registered: String?) -> CQCRecord? {
        let file = files.display(path)
        guard let node = document(at: path), let record = CQCDecoder.record(node: node, file: file, sink: sink) else { return nil }
        guard record.location.value == registered else {
            let registers = registered.map { "registers \($0)" } ?? "has no registration.cqc_location"
            sink.error(
                .badValue, record.location.location,
                "cqc.yaml is for CQC location \(record.location.value) but provider.yaml \(registers)",
                fix: "set registration.cqc_location in provider.yaml to the location's id, or delete cqc.yaml and import again")
            return nil
        }
        return record
    }

    private mutating func loadConcern(_ path: String) -> Concern? {
        let file = files.display(path)
        let stem = Self.stem(of: path)
        let nameDay = stem.count > 11 ? Day(iso: stem.prefix(10)) : nil
        let slug = stem.dropFirst(11)
        if nameDay == nil || stem.dropFirst(10).first != "-" || !IDs.isValid(slug) {
            sink.error(
                .fileNameMismatch, .start(of: file),
                "a concern file is named DATE-SLUG.yaml (like 2026-02-20-medication-errors.yaml), not '\(stem).yaml'",
                fix: "rename it to the date raised and a short lower-case slug")
        }
        guard let node = document(at: path), let concern = ConcernDecoder.concern(id: stem, node: node, file: file, sink: sink) else {
            return nil
        }
        if let nameDay, nameDay != concern.raised.value {
            sink.error(
                .fileNameMismatch, concern.raised.location, "raised is \(concern.raised.value) but the file name starts \(nameDay)",
                fix: "make the date raised and the file name agree")
        }
        return concern
    }

    // MARK: Pages

    private mutating func loadPages() -> [Page] {
        var pages: [Page] = []
        for entry in files.list("pages") ?? [] {
            let path = "pages/\(entry.name)"
            guard entry.kind == .file, entry.name.hasSuffix(".md") else {
                sink.error(
                    .layout, .start(of: files.display(path)), "'\(entry.name)' is not a page; pages/ holds Markdown files named NAME.md",
                    fix: "rename it to end in .md or move it elsewhere")
                continue
            }
            let slug = String(entry.name.dropLast(3))
            if !IDs.isValid(slug) {
                sink.error(
                    .badID, .start(of: files.display(path)), "page name '\(slug)' is not \(IDs.shape)",
                    fix: "rename it to '\(IDs.suggestion(for: slug)).md'")
                continue
            }
            guard let bytes = readFile(path) else { continue }
            if let page = PageDecoder.page(bytes: bytes, slug: slug, file: files.display(path), limits: limits, sink: sink) {
                pages.append(page)
            }
        }
        return pages
    }

    // MARK: Files → documents

    private mutating func document(required name: String, what: String) -> YAMLNode? {
        guard files.exists(name) == .file else {
            sink.error(
                .layout, .start(of: files.display(name)), "\(name) is missing: it holds \(what)",
                fix: "add \(name) to the content folder (see the content format in the README)")
            return nil
        }
        return document(at: name)
    }

    /// Reads, checks and parses one YAML file; nil (with diagnostics) when it has no usable document.
    ///
    /// `exempt`: the scalars QI-P1 does not read (valid registration ids).
    private mutating func document(at path: String, exempt: (YAMLNode) -> [YAMLScalar] = { _ in [] }) -> YAMLNode? {
        guard let bytes = readFile(path) else { return nil }
        let file = files.display(path)
        let (node, suspects) = YAMLDocuments.parse(
            bytes, file: file, limits: limits, lineOffset: 0, sink: sink, noting: PersonalDataScan.isSuspect)
        PersonalDataScan.scanYAML(bytes, suspects: suspects, exempt: node.map(exempt) ?? [], file: file, sink: sink)
        return node
    }

    private mutating func readFile(_ path: String) -> [UInt8]? {
        guard let bytes = files.read(path) else { return nil }
        filesRead += 1
        return bytes
    }
}
