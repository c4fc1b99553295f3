import Foundation
import QIImport
import QITestSupport

/// A fresh content folder (the minimal tree's directory.yaml and officers.yaml, Oldham added as a locality, and a
/// `cqc:` mapping) and the real CQC files of Tests/Fixtures/cqc-source.
enum ImportFixtures {
    static let source = FixtureTree.packageRoot.appendingPathComponent("Tests/Fixtures/cqc-source").path
    static let api = "\(source)/api-locations"
    static let ratingsSheet = "\(source)/care-directory-with-ratings.csv"
    static let directoryExport = "\(source)/directory-export.csv"
    static let monthly = "\(source)/care-directory-monthly-rearranged.csv"

    static let mapping = """
        cqc:
          localities:
            Oldham: Oldham
            OX16: Cherwell
          service_types:
            Shared Lives: other
          service_areas:
            Caring for adults over 65 yrs: age-well
          default_service_area: age-well

        """

    /// The content folder's path.
    static func content(mapping: String = mapping) throws -> String {
        let folder = TemporaryFolder.make("qid-import")
        let minimal = FixtureTree.packageRoot.appendingPathComponent("Tests/Fixtures/minimal")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["directory.yaml", "officers.yaml"] {
            try FileManager.default.copyItem(at: minimal.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let directory = folder.appendingPathComponent("directory.yaml")
        var text = try String(contentsOf: directory, encoding: .utf8)
        text = text.replacingOccurrences(of: "localities: [Cherwell, Oxford]", with: "localities: [Cherwell, Oxford, Oldham]") + mapping
        try text.write(to: directory, atomically: true, encoding: .utf8)
        return folder.path
    }

    /// A file of `text` in a temporary folder.
    static func file(_ name: String, _ text: String) throws -> String {
        let folder = TemporaryFolder.make("qid-import-input")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Every file under `root` with its bytes, by relative path.
    static func snapshot(_ root: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = "\(root)/\(relative)"
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
