import Foundation
import QIDomain
import QILoader

/// The content folder an import writes into, as read before anything is planned: the `cqc:` mapping, the policy's
/// service types and areas, and the providers already there (by CQC location id).
struct ImportTarget {
    var mapping: CQCMapping
    var serviceTypeKeys: Set<String>
    var serviceAreaKeys: Set<String>
    var byLocation: [String: Provider]
    /// Every folder under providers/, loaded or not: a new id never reuses one.
    var folderNames: Set<String>

    static func load(_ content: String) throws -> ImportTarget {
        let result = ContentLoader().load(root: content)
        guard let loaded = result.content else { throw ImportError.at(content, "no content folder here (give one with --content DIR)") }
        let blocking = result.diagnostics.filter { diagnostic in
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
            mapping: mapping, serviceTypeKeys: Set(policy.serviceTypes.map(\.key)), serviceAreaKeys: Set(policy.serviceAreas.map(\.key)),
            byLocation: Dictionary(
                loaded.providers.compactMap { provider in provider.registration.cqcLocation.map { ($0, provider) } },
                uniquingKeysWith: { first, _ in first }),
            folderNames: Set((try? FileManager.default.contentsOfDirectory(atPath: "\(content)/providers")) ?? []))
        try target.checkMappingAgainstPolicy()
        return target
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
