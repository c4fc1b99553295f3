import Foundation
import QITestSupport
import Testing

@testable import QIImport

/// What the import checks in the content folder before writing: provider.yaml and cqc.yaml errors stop it (a cqc.yaml
/// holding byte for byte what it would write is not read again); ratings and concerns are not read.
@Suite struct ImportContentCheckTests {
    static func imported() throws -> String {
        let content = try ImportFixtures.content()
        _ = try CQCImporter(content: content).run([ImportFixtures.api])
        return content
    }

    static func message(_ run: () throws -> ImportReport) -> String? {
        do {
            _ = try run()
            return nil
        } catch {
            return (error as? ImportError)?.message
        }
    }

    @Test func aCQCFileForAnotherLocationStopsTheImportAndNothingIsWritten() throws {
        let content = try Self.imported()
        let path = "\(content)/providers/helping-hands-oldham/cqc.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let other = try #require(text.split(separator: "\n").first { $0.hasPrefix("location: ") })
        try text.replacingOccurrences(of: String(other), with: "location: 1-101641521").write(
            toFile: path, atomically: true, encoding: .utf8)
        let before = ImportFixtures.snapshot(content)
        let message = Self.message { try CQCImporter(content: content).run([ImportFixtures.api]) }
        #expect(message?.contains("providers/helping-hands-oldham/cqc.yaml:") == true, "\(message ?? "no error")")
        #expect(message?.contains("fix the content first") == true)
        #expect(ImportFixtures.snapshot(content) == before)
    }

    @Test func aBrokenCQCFileOfAProviderNotInTheFilesStillStopsIt() throws {
        let content = try Self.imported()
        let folder = "\(content)/providers/elsewhere"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try
            "name: Elsewhere\nservices: [home-care]\nservice_areas: [age-well]\nlocality: Oldham\nregistration: {cqc_location: 1-101641599}\nstatus: active\n"
            .write(toFile: "\(folder)/provider.yaml", atomically: true, encoding: .utf8)
        try "location: [unclosed\n".write(toFile: "\(folder)/cqc.yaml", atomically: true, encoding: .utf8)
        let message = Self.message { try CQCImporter(content: content).run([ImportFixtures.api]) }
        #expect(message?.contains("providers/elsewhere/cqc.yaml:") == true, "\(message ?? "no error")")
        try FileManager.default.removeItem(atPath: "\(folder)/cqc.yaml")
        #expect(Self.message { try CQCImporter(content: content).run([ImportFixtures.api]) } == nil)
    }

    @Test func aProviderFileErrorStopsItBeforeTheFilesAreRead() throws {
        let content = try Self.imported()
        let path = "\(content)/providers/helping-hands-oldham/provider.yaml"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "status: active", with: "status: activ").write(toFile: path, atomically: true, encoding: .utf8)
        let broken = try ImportFixtures.file("broken.json", "[{\"locationId\": \"1-101641521\"},")
        let message = Self.message { try CQCImporter(content: content).run([broken]) }
        #expect(message?.contains("providers/helping-hands-oldham/provider.yaml:") == true, "\(message ?? "no error")")
    }

    @Test func aRatingWithAnErrorDoesNotStopIt() throws {
        let content = try Self.imported()
        let ratings = "\(content)/providers/helping-hands-oldham/ratings"
        try FileManager.default.createDirectory(atPath: ratings, withIntermediateDirectories: true)
        try "date: 2026-02-31\n".write(toFile: "\(ratings)/2026-02-01.yaml", atomically: true, encoding: .utf8)
        #expect(!DirectoryCheckRunner.errors(content).isEmpty, "the rating is an error to qid check")
        let report = try CQCImporter(content: content).run([ImportFixtures.api])
        #expect(report.unchanged == 6)
    }

    @Test func aFileHoldsATextOnlyWhenItsBytesAreExactlyThose() throws {
        let file = try ImportFixtures.file("cqc.yaml", "location: 1-101641521\n")
        #expect(AtomicFile.holds("location: 1-101641521\n", at: file))
        #expect(!AtomicFile.holds("location: 1-101641521", at: file))
        #expect(!AtomicFile.holds("location: 1-101641521\n\n", at: file))
        #expect(!AtomicFile.holds("location: 1-101641522\n", at: file))
        #expect(!AtomicFile.holds("", at: file))
        #expect(!AtomicFile.holds("location: 1-101641521\n", at: file + ".missing"))
        let empty = try ImportFixtures.file("empty.yaml", "")
        #expect(AtomicFile.holds("", at: empty))
    }
}
