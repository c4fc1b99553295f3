import Foundation
import QIDomain
import QIImport
import QILoader
import QITestSupport
import Testing

/// `CQCImporter` on the real CQC files: what it writes, what it skips and why, and that a second run is a no-op.
@Suite struct CQCImporterTests {
    @Test func apiRecordsBecomeProvidersWithTheirCQCFacts() throws {
        let content = try ImportFixtures.content()
        let report = try CQCImporter(content: content).run([ImportFixtures.api])
        #expect(
            report.created == [
                "ebenezer-care-services", "helping-hands-oldham", "neville-house-residential-home", "alexandra-oldham",
                "chadderton-total-care", "future-directions-cic",
            ])
        #expect(report.skipped[.healthOnly] == ["Dentist": 1])
        #expect(report.skipped[.deregistered] == ["": 1])
        let provider = try String(contentsOfFile: "\(content)/providers/future-directions-cic/provider.yaml", encoding: .utf8)
        #expect(provider.contains("services: [home-care, supported-living]"))
        #expect(provider.contains("service_areas: [start-well, live-well, age-well]"))
        #expect(provider.contains("  cqc_location: 1-443780345\n"))
        #expect(!provider.contains("uprn"))
        let cqc = try String(contentsOfFile: "\(content)/providers/chadderton-total-care/cqc.yaml", encoding: .utf8)
        #expect(cqc.contains("overall: {rating: requires-improvement, date: 2023-04-13, inherited: true}"))
        #expect(cqc.contains("caring: {rating: good, date: 2020-11-28, inherited: true}"))
        #expect(cqc.hasSuffix("data_date: 2023-09-08\n"))  // the newest date in the eight records
    }

    @Test func theImportedDirectoryChecksWithNoErrors() throws {
        let content = try ImportFixtures.content()
        _ = try CQCImporter(content: content).run([ImportFixtures.api, ImportFixtures.ratingsSheet, ImportFixtures.monthly])
        let result = DirectoryCheckRunner.errors(content)
        #expect(result.isEmpty, "\(result)")
    }

    @Test func aSecondImportChangesNoByte() throws {
        let content = try ImportFixtures.content()
        let inputs = [ImportFixtures.api, ImportFixtures.ratingsSheet, ImportFixtures.directoryExport, ImportFixtures.monthly]
        _ = try CQCImporter(content: content).run(inputs)
        let before = ImportFixtures.snapshot(content)
        let second = try CQCImporter(content: content).run(inputs)
        #expect(ImportFixtures.snapshot(content) == before)
        #expect(second.created.isEmpty && second.updated.isEmpty && second.unchanged == 6)
    }

    @Test func aDryRunWritesNothing() throws {
        let content = try ImportFixtures.content()
        let before = ImportFixtures.snapshot(content)
        let report = try CQCImporter(content: content, dryRun: true).run([ImportFixtures.api])
        #expect(report.created.count == 6)
        #expect(report.text.contains("(dry run: nothing written)"))
        #expect(ImportFixtures.snapshot(content) == before)
    }

    @Test func anOfficersProviderFileIsNeverRewrittenButADifferentNameIsAWarning() throws {
        let content = try ImportFixtures.content()
        _ = try CQCImporter(content: content).run([ImportFixtures.api])
        let path = "\(content)/providers/helping-hands-oldham/provider.yaml"
        let edited = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "name: \"Helping Hands Oldham\"", with: "name: Helping Hands (Oldham branch)")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let report = try CQCImporter(content: content).run([ImportFixtures.api])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
        #expect(report.warnings.contains { $0.contains("CQC's name is 'Helping Hands Oldham'") })
    }

    @Test func aDeregisteredLocationInTheDirectoryIsCountedAndItsCQCFileSaysSo() throws {
        let content = try ImportFixtures.content()
        let folder = "\(content)/providers/italia-house"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try
            "name: Italia House\nservices: [home-care]\nservice_areas: [age-well]\nlocality: Oldham\nregistration: {cqc_location: 1-3995862205}\nstatus: active\n"
            .write(toFile: "\(folder)/provider.yaml", atomically: true, encoding: .utf8)
        let report = try CQCImporter(content: content).run([ImportFixtures.api])
        #expect(report.deregistered == ["italia-house"])
        let cqc = try String(contentsOfFile: "\(folder)/cqc.yaml", encoding: .utf8)
        #expect(cqc.contains("registration_status: deregistered\n") && cqc.contains("deregistered: 2020-07-21\n"))
    }

    @Test func anUnmappedLocalAuthorityIsSkippedAndListedOnceWithItsCount() throws {
        let content = try ImportFixtures.content()
        let report = try CQCImporter(content: content).run([ImportFixtures.ratingsSheet])
        #expect(report.created.isEmpty)
        #expect(report.skipped[.unmappedLocality]?["Dorset"] == 1)
        #expect(
            report.text.contains("skipped 8: local authority (or postcode district) not in directory.yaml's cqc.localities: Bradford ×1,"))
    }

    @Test func onlyTheLocalAuthoritiesAskedForAreImported() throws {
        let content = try ImportFixtures.content()
        let report = try CQCImporter(content: content, localAuthorities: ["oldham"]).run([ImportFixtures.api, ImportFixtures.ratingsSheet])
        #expect(report.created.count == 6)
        #expect(report.skipped[.otherLocalAuthority]?.values.reduce(0, +) == 8)
    }

    @Test func withoutACQCSectionTheImportSaysWhatToAdd() throws {
        let content = try ImportFixtures.content(mapping: "")
        #expect(throws: ImportError.self) { try CQCImporter(content: content).run([ImportFixtures.api]) }
        do {
            _ = try CQCImporter(content: content).run([ImportFixtures.api])
        } catch let error as ImportError {
            #expect(error.message.contains("there is no 'cqc:' section"))
        }
    }
}

/// The content's errors as `qid check` finds them.
enum DirectoryCheckRunner {
    static func errors(_ content: String) -> [String] {
        let result = CheckedDirectory.run(root: content, asOf: Day(year: 2025, month: 4, day: 1) ?? Day(daysSinceEpoch: 0))
        return result.diagnostics.filter { $0.severity == .error }.map { "\($0.location): \($0.message) [\($0.rule)]" }
    }
}
