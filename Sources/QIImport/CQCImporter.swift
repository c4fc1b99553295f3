import Foundation
import QIDomain
import QILoader
import QIParallel

/// `qid import cqc`: CQC's public data → new providers (provider.yaml) and every matched provider's cqc.yaml.
///
/// Everything is read and planned first; a malformed input stops the import before anything is written. Officers'
/// files are never rewritten: only cqc.yaml is replaced, and only when its bytes change.
public struct CQCImporter: Sendable {
    public var content: String
    public var localAuthorities: [String]
    public var dryRun: Bool

    public init(content: String, localAuthorities: [String] = [], dryRun: Bool = false) {
        self.content = content
        self.localAuthorities = localAuthorities
        self.dryRun = dryRun
    }

    public func run(_ paths: [String]) throws -> ImportReport {
        let directory = try ImportTarget.load(content)
        let inputs = try CQCInputs.read(paths)
        let allDates = inputs.locations.values.flatMap(\.dates)
        guard let dataDate = inputs.producedOn ?? allDates.max() else {
            throw ImportError("the files hold no CQC locations with a date (nothing to import)")
        }
        let mapper = LocationMapper(
            mapping: directory.mapping, serviceTypeKeys: directory.serviceTypeKeys, serviceAreaKeys: directory.serviceAreaKeys,
            localAuthorities: Set(localAuthorities.map(CQCMapping.normalised)))
        var report = ImportReport()
        report.dryRun = dryRun
        report.inputs = inputs.descriptions
        report.recordsRead = inputs.recordsRead
        report.locations = inputs.locations.count
        report.dataDate = "\(dataDate)"
        var usedIDs = directory.folderNames
        var nextSuffix: [String: Int] = [:]
        var writes: [(path: String, text: String)] = []
        for id in inputs.locations.keys.sorted() {
            guard let location = inputs.locations[id] else { continue }
            let cqcText = RecordText.cqc(location, dataDate: dataDate)
            if let provider = directory.byLocation[id] {
                let path = "\(content)/providers/\(provider.id)/cqc.yaml"
                let changed = AtomicFile.contents(path) != Data(cqcText.utf8)
                if changed { writes.append((path, cqcText)) }
                if location.registrationStatus == .deregistered {
                    report.deregistered.append(provider.id)
                } else if changed {
                    report.updated.append(provider.id)
                } else {
                    report.unchanged += 1
                }
                report.warnings += Self.differences(provider, location)
                continue
            }
            switch mapper.map(location) {
            case .skipped(let reason, let values):
                report.skip(reason, values)
                report.skippedLocations[reason, default: 0] += 1
            case .mapped(let mapped):
                let providerID = Self.newID(for: location, used: &usedIDs, next: &nextSuffix)
                writes.append(("\(content)/providers/\(providerID)/provider.yaml", RecordText.provider(location, mapped)))
                writes.append(("\(content)/providers/\(providerID)/cqc.yaml", cqcText))
                report.created.append(providerID)
                if !mapped.unmappedServiceTypes.isEmpty {
                    report.warnings.append(
                        "providers/\(providerID)/: CQC service types with no mapping were left out: "
                            + mapped.unmappedServiceTypes.joined(separator: ", ")
                    )
                }
            }
        }
        if !dryRun { try Self.write(writes, into: content) }
        return report
    }

    /// The planned files, written on every core; the first failure in the plan's order is the error.
    ///
    /// providers/ is made first, so writers on different cores never race to make it.
    static func write(_ writes: [(path: String, text: String)], into content: String) throws {
        guard !writes.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: "\(content)/providers", withIntermediateDirectories: true)
        let failures = Parallel.map(writes.map { PlannedFile(path: $0.path, text: $0.text) }) { file -> (any Error)? in
            do {
                try AtomicFile.write(file.text, to: file.path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// An id from the name ("Abbey Hey Care Home" → `abbey-hey-care-home`), made unique with `-2`, `-3` …
    /// `next` remembers the last suffix tried for each name, so a name shared by thousands of locations stays linear.
    static func newID(for location: CQCLocation, used: inout Set<String>, next: inout [String: Int]) -> String {
        let base = Slug.of(location.name ?? location.locationID)
        var candidate = base
        var number = next[base] ?? 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        next[base] = number
        used.insert(candidate)
        return candidate
    }

    /// CQC's name or address now differs from the officer's provider.yaml: a warning, never an edit.
    static func differences(_ provider: Provider, _ location: CQCLocation) -> [String] {
        var warnings: [String] = []
        let file = "providers/\(provider.id)/provider.yaml"
        if let name = location.name, CQCMapping.normalised(name) != CQCMapping.normalised(provider.name.value) {
            warnings.append("\(file): CQC's name is '\(name)', provider.yaml has '\(provider.name.value)' (not changed)")
        }
        if let postcode = location.postcode, let recorded = provider.postcode,
            CQCMapping.normalised(postcode) != CQCMapping.normalised(recorded)
        {
            warnings.append(
                "\(file): CQC's address is '\((location.addressLines + [postcode]).joined(separator: ", "))', "
                    + "provider.yaml has postcode '\(recorded)' (not changed)")
        }
        return warnings
    }
}

/// One file the import will write.
private struct PlannedFile: Sendable {
    var path: String
    var text: String
}
