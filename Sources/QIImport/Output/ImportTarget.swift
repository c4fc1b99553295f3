import Foundation
import QIDomain
import QILoader

/// The content folder an import writes into, as read before anything is planned: the `cqc:` mapping, the policy's
/// service types and areas, and the providers already there (by CQC location id).
///
/// Only what the import reads is loaded and checked: directory.yaml, officers.yaml, the policy and every provider.yaml.
/// Ratings and concerns are not read (their errors never stopped an import), and cqc.yaml files, which only the
/// importer writes, are checked afterwards by `checkCQCFiles`, except those holding byte for byte what it would write.
struct ImportTarget {
    var content: String
    var mapping: CQCMapping
    var serviceTypeKeys: Set<String>
    var serviceAreaKeys: Set<String>
    var byLocation: [String: Provider]
    /// Every folder under providers/, loaded or not: a new id never reuses one.
    var folderNames: Set<String>
    /// Each loaded provider's id and the CQC location its provider.yaml registers, in folder order.
    var registrations: [(id: String, registered: String?)]

    /// The loader the import reads with: provider.yaml only, of each provider's folder.
    static let loader: ContentLoader = {
        var loader = ContentLoader()
        loader.providerReading = .providerFileOnly
        return loader
    }()

    static func load(_ content: String) throws -> ImportTarget {
        let result = loader.load(root: content)
        guard let loaded = result.content else { throw ImportError.at(content, "no content folder here (give one with --content DIR)") }
        try refuseErrors(result.diagnostics, content: content)
        guard let policy = result.policy else {
            throw ImportError.at(loaded.settings.file, "the policy could not be read; run qid check \(content)")
        }
        guard let mapping = loaded.settings.cqc else {
            throw ImportError.at(
                loaded.settings.file,
                "there is no 'cqc:' section: add one with 'localities:' mapping CQC's local authorities to your localities "
                    + "(see 'Starting from CQC data' in the README)")
        }
        let target = ImportTarget(
            content: content, mapping: mapping, serviceTypeKeys: Set(policy.serviceTypes.map(\.key)),
            serviceAreaKeys: Set(policy.serviceAreas.map(\.key)),
            byLocation: Dictionary(
                loaded.providers.compactMap { provider in provider.registration.cqcLocation.map { ($0, provider) } },
                uniquingKeysWith: { first, _ in first }),
            folderNames: Set((try? FileManager.default.contentsOfDirectory(atPath: "\(content)/providers")) ?? []),
            registrations: loaded.providers.map { ($0.id, $0.registration.cqcLocation) })
        try target.checkMappingAgainstPolicy()
        return target
    }

    /// Checks every provider's cqc.yaml as a whole load would, except those of `identical` (providers whose cqc.yaml
    /// holds exactly what this import writes: the importer's own output, valid as written).
    func checkCQCFiles(except identical: Set<String>) throws {
        let others = registrations.filter { !identical.contains($0.id) }
        try Self.refuseErrors(Self.loader.cqcDiagnostics(root: content, providers: others), content: content)
    }

    /// The first error in a file the import reads (directory.yaml, officers.yaml, provider.yaml, cqc.yaml) stops it.
    private static func refuseErrors(_ diagnostics: [Diagnostic], content: String) throws {
        let blocking = diagnostics.filter { diagnostic in
            diagnostic.severity == .error
                && (diagnostic.location.file.hasSuffix("directory.yaml") || diagnostic.location.file.hasSuffix("provider.yaml")
                    || diagnostic.location.file.hasSuffix("cqc.yaml") || diagnostic.location.file.hasSuffix("officers.yaml"))
        }
        if let first = blocking.first {
            let location = first.location
            throw ImportError(
                "\(location.file):\(location.line):\(location.column): \(first.message) [\(first.rule)]; fix the content first "
                    + "(qid check \(content)): \(blocking.count) error(s) in files the import reads")
        }
    }

    /// A mapping to a service type or area the policy does not define would write providers that fail QI-F9.
    private func checkMappingAgainstPolicy() throws {
        let types = mapping.serviceTypes.values.sorted { $0.location < $1.location }
        for value in types where !serviceTypeKeys.contains(value.value) {
            throw ImportError(
                "\(value.location): 'cqc.service_types' maps to '\(value.value)', which is not a service type of the policy "
                    + "(\(serviceTypeKeys.sorted().joined(separator: ", ")))")
        }
        let areas = (mapping.serviceAreas.values + [mapping.defaultServiceArea].compactMap { $0 }).sorted { $0.location < $1.location }
        for value in areas where !serviceAreaKeys.contains(value.value) {
            throw ImportError(
                "\(value.location): '\(value.value)' is not a service area of the policy "
                    + "(\(serviceAreaKeys.sorted().joined(separator: ", ")))"
            )
        }
    }
}
