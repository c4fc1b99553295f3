import Foundation
import QISite
import QITestSupport
import Testing

/// The staging folder on its own: discarded, it leaves nothing; published, it replaces the target whole.
@Suite struct StagingFolderTests {
    static func parent() throws -> URL {
        let folder = TemporaryFolder.make("qid-staging")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func aDiscardedStagingFolderLeavesNothingBehind() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let staging = try StagingFolder(for: parent.appendingPathComponent("site").path)
        try staging.write([OutputFile(path: "providers/a/index.html", text: "<p>a</p>")])
        staging.discard()
        staging.discard()  // twice, as a failed write and its caller both do
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == [])
    }

    @Test func aPublishedStagingFolderReplacesTheSiteWhole() throws {
        let parent = try Self.parent()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("site")
        for text in ["first", "second"] {
            let staging = try StagingFolder(for: site.path)
            try staging.write([OutputFile(path: "index.html", text: text)])
            try staging.publish()
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path).sorted() == [".qid-site", "index.html"])
        #expect(try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8) == "second")
    }
}
