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
        // Each location's files and outcome are worked out on every core (they are independent); ids, which must be
        // unique across the import, are then given in location-id order, so the result is a serial loop's.
        let located = inputs.locations.keys.sorted().compactMap { inputs.locations[$0] }
        let plans = Parallel.map(located) { location in
            LocationPlan(location, dataDate: dataDate, directory: directory, content: content, mapper: mapper)
        }
        var usedIDs = directory.folderNames
        var nextSuffix: [String: Int] = [:]
        var writes: [PlannedFolder] = []
        for (location, plan) in zip(located, plans) {
            switch plan {
            case .existing(let providerID, let cqcText, let changed, let warnings):
                if changed {
                    writes.append(PlannedFolder(path: "\(content)/providers/\(providerID)", isNew: false, files: [("cqc.yaml", cqcText)]))
                }
                if location.registrationStatus == .deregistered {
                    report.deregistered.append(providerID)
                } else if changed {
                    report.updated.append(providerID)
                } else {
                    report.unchanged += 1
                }
                report.warnings += warnings
            case .skipped(let reason, let values):
                report.skip(reason, values)
                report.skippedLocations[reason, default: 0] += 1
            case .new(let idBase, let providerText, let cqcText, let unmappedServiceTypes):
                let providerID = Self.newID(base: idBase, used: &usedIDs, next: &nextSuffix)
                writes.append(
                    PlannedFolder(
                        path: "\(content)/providers/\(providerID)", isNew: true,
                        files: [("provider.yaml", providerText), ("cqc.yaml", cqcText)]))
                report.created.append(providerID)
                if !unmappedServiceTypes.isEmpty {
                    report.warnings.append(
                        "providers/\(providerID)/: CQC service types with no mapping were left out: "
                            + unmappedServiceTypes.joined(separator: ", ")
                    )
                }
            }
        }
        // A cqc.yaml the import would not leave as it is gets the checks a whole load gives it, before anything is written.
        try directory.checkCQCFiles(except: Set(plans.compactMap(\.unchangedProvider)))
        if !dryRun { try Self.write(writes, into: content) }
        return report
    }

    /// The planned files, a provider's folder at a time, written on every core; the first failure in the plan's order
    /// is the error.
    ///
    /// providers/ is made first, so writers on different cores never race to make it; a new provider's folder is made
    /// once, before its two files.
    static func write(_ folders: [PlannedFolder], into content: String) throws {
        guard !folders.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: "\(content)/providers", withIntermediateDirectories: true)
        let failures = Parallel.map(folders) { folder -> (any Error)? in
            do {
                if folder.isNew { try AtomicFile.makeFolder(folder.path) }
                for (name, text) in folder.files { try AtomicFile.write(text, to: "\(folder.path)/\(name)") }
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// The id a new provider is named from ("Abbey Hey Care Home" → `abbey-hey-care-home`), before it is made unique.
    static func idBase(for location: CQCLocation) -> String {
        Slug.of(location.name ?? location.locationID)
    }

    /// `base` made unique with a suffix (`-2`, `-3` and on).
    ///
    /// `next` remembers the last suffix tried for each base, so a name shared by thousands of locations stays linear.
    static func newID(base: String, used: inout Set<String>, next: inout [String: Int]) -> String {
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

/// One provider's folder and the files the import will write in it (file name, text).
struct PlannedFolder: Sendable {
    var path: String
    /// Made by this import (a new provider), so it is created before its files are written.
    var isNew: Bool
    var files: [(name: String, text: String)]
}

/// What one location becomes, worked out on its own (on any core): everything but a new provider's id.
enum LocationPlan: Sendable {
    /// A provider already in the directory: its cqc.yaml's new text, whether that differs from the file's bytes, and
    /// where CQC's name or address differs from provider.yaml.
    case existing(providerID: String, cqcText: String, changed: Bool, warnings: [String])
    /// A new provider: the base of its id, its provider.yaml and cqc.yaml, and the CQC service types that mapped to
    /// nothing.
    case new(idBase: String, providerText: String, cqcText: String, unmappedServiceTypes: [String])
    case skipped(SkipReason, values: [String])

    /// The provider whose cqc.yaml already holds what the import would write.
    var unchangedProvider: String? {
        if case .existing(let providerID, _, let changed, _) = self, !changed { return providerID }
        return nil
    }

    init(_ location: CQCLocation, dataDate: Day, directory: ImportTarget, content: String, mapper: LocationMapper) {
        let cqcText = RecordText.cqc(location, dataDate: dataDate)
        if let provider = directory.byLocation[location.locationID] {
            let path = "\(content)/providers/\(provider.id)/cqc.yaml"
            self = .existing(
                providerID: provider.id, cqcText: cqcText, changed: !AtomicFile.holds(cqcText, at: path),
                warnings: CQCImporter.differences(provider, location))
            return
        }
        switch mapper.map(location) {
        case .skipped(let reason, let values):
            self = .skipped(reason, values: values)
        case .mapped(let mapped):
            self = .new(
                idBase: CQCImporter.idBase(for: location), providerText: RecordText.provider(location, mapped), cqcText: cqcText,
                unmappedServiceTypes: mapped.unmappedServiceTypes)
        }
    }
}
