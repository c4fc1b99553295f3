import QIDomain
import QIYAML

/// The `cqc:` section of directory.yaml: how `qid import cqc` maps CQC's local authorities, service types and
/// service user bands onto the directory's localities, services and service areas.
enum CQCMappingDecoder {
    static func mapping(_ reader: MappingReader, localities: [Located<String>], sink: DiagnosticSink) -> CQCMapping? {
        guard let section = reader.mapping("cqc", record: ContentFormat.cqcMapping) else { return nil }
        let known = localities.map(\.value)
        let mapped = pairs(section, "localities", sink: sink)
        for (_, locality) in mapped where !known.contains(locality.value) {
            sink.error(
                .unknownReference, locality.location,
                "'\(locality.value)' is not a locality of directory.yaml\(Suggestions.didYouMean(locality.value, in: known))",
                fix: "map each CQC local authority or postcode district to one of: \(known.joined(separator: ", "))")
        }
        return CQCMapping(
            localities: Dictionary(mapped, uniquingKeysWith: { first, _ in first }),
            serviceTypes: Dictionary(pairs(section, "service_types", sink: sink), uniquingKeysWith: { first, _ in first }),
            serviceAreas: Dictionary(pairs(section, "service_areas", sink: sink), uniquingKeysWith: { first, _ in first }),
            defaultServiceArea: section.text("default_service_area"))
    }

    /// A mapping of CQC's words → the directory's, in file order; a key given twice is reported by the reader.
    private static func pairs(_ section: MappingReader, _ key: String, sink: DiagnosticSink) -> [(
        String, Located<String>
    )] {
        guard let node = section.node(key) else { return [] }
        guard case .mapping(let mapping) = node else {
            sink.error(
                .wrongType, section.location(of: node),
                "'\(key)' in 'cqc' must be a mapping of CQC's name: the directory's, found \(node.kindDescription)",
                fix: "write one 'CQC name: value' line per entry")
            return []
        }
        var result: [(String, Located<String>)] = []
        var seen: Set<String> = []
        for entry in mapping.entries {
            guard case .scalar(let from) = entry.key, case .scalar(let to) = entry.value, !to.isNull else {
                sink.error(
                    .wrongType, section.location(of: entry.key), "each entry of '\(key)' is 'CQC name: value'",
                    fix: "write one 'CQC name: value' line per entry")
                continue
            }
            let name = CQCMapping.normalised(from.value)
            guard seen.insert(name).inserted else {
                sink.error(
                    .duplicate, section.location(of: entry.key), "'\(from.value)' is mapped twice in '\(key)'",
                    fix: "keep one entry for each CQC name (names are matched ignoring case and spacing)")
                continue
            }
            result.append((name, Located(to.value, at: section.location(of: entry.value))))
        }
        return result
    }
}
