import Foundation
import QITestSupport
import Testing

/// The default theme is compiled into qid: a copied binary builds from an empty folder, `--theme` still
/// overrides, and `qid theme export` writes the built-in theme out as a council's starting point.
@Suite struct BuiltInThemeTests {
    /// `qid` copied on its own into a new folder, run from another empty folder (no themes/ anywhere near).
    @Test func aCopiedQidBuildsFromAnEmptyFolder() throws {
        let binary = try #require(QID.binary)
        let alone = TemporaryFolder.make("qid-alone")
        let workplace = TemporaryFolder.make("qid-workplace")
        try FileManager.default.createDirectory(at: alone, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: workplace, withIntermediateDirectories: true)
        let copy = alone.appendingPathComponent("qid")
        try FileManager.default.copyItem(at: binary, to: copy)
        let tree = try FixtureTree.minimal()
        let process = Process()
        process.executableURL = copy
        process.arguments = ["build", tree.path, "-o", "site", "--as-of", "2026-06-01"]
        process.currentDirectoryURL = workplace
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let site = workplace.appendingPathComponent("site")
        let home = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(home.contains("Acorn House"))
        let css = try Data(contentsOf: site.appendingPathComponent("assets/qid.css"))
        #expect(css == (try Data(contentsOf: FixtureTree.defaultTheme.appendingPathComponent("assets/qid.css"))))
    }

    @Test func themeExportWritesTheBuiltInThemeAndABuildWithItIsTheSame() throws {
        let exported = TemporaryFolder.make("qid-theme")
        let output = try QID.run(["theme", "export", exported.path])
        #expect(output.status == 0, "\(output.stderr)")
        for folder in ["templates", "assets"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: FixtureTree.defaultTheme.appendingPathComponent(folder).path)
                .sorted()
            #expect(try FileManager.default.contentsOfDirectory(atPath: exported.appendingPathComponent(folder).path).sorted() == names)
            for name in names {
                let original = try Data(contentsOf: FixtureTree.defaultTheme.appendingPathComponent("\(folder)/\(name)"))
                #expect(try Data(contentsOf: exported.appendingPathComponent("\(folder)/\(name)")) == original, "\(folder)/\(name)")
            }
        }
        // Exporting again into the same folder is refused.
        let again = try QID.run(["theme", "export", exported.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("already holds files"))
        // --theme with the exported copy builds the same site as the built-in theme.
        let tree = try FixtureTree.minimal()
        let withBuiltIn = TemporaryFolder.make("qid-site")
        let withExport = TemporaryFolder.make("qid-site")
        #expect(try QID.run(["build", tree.path, "-o", withBuiltIn.path, "--as-of", "2026-06-01"]).status == 0)
        #expect(try QID.run(["build", tree.path, "-o", withExport.path, "--as-of", "2026-06-01", "--theme", exported.path]).status == 0)
        let a = try BuildCommandTests.files(in: withBuiltIn)
        let b = try BuildCommandTests.files(in: withExport)
        #expect(a.count > 5)
        #expect(a == b)
    }
}
