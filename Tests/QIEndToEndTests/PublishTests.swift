import Foundation
import QITestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The publish, stopped at every step of a real `qid build` (the publisher's `QID_TEST_KILL_AT` and
/// `QID_TEST_PAUSE_AT` hooks): the output folder is always one whole site, the previous or the new, and what a
/// stopped build leaves is cleared by the next one, and nothing else is.
@Suite struct PublishTests {
    /// A folder holding the output `site`, a content tree, and the site that tree builds when left alone.
    struct Setup {
        let parent: FixtureTree
        let tree: FixtureTree
        let site: URL
        let previous: [String: Data]
        let next: [String: Data]

        /// Builds the tree into `site` (the previous site), then changes the tree and builds it elsewhere (the next).
        init(previousSite: Bool = true) throws {
            parent = try FixtureTree.empty()
            tree = try FixtureTree.named("canary")
            site = parent.root.appendingPathComponent("site")
            if previousSite {
                #expect(try BuildCommandTests.build(tree.path, to: site).status == 0)
                previous = try BuildCommandTests.files(in: site)
            } else {
                previous = [:]
            }
            try tree.editing("directory.yaml", replacing: "title: Test Directory", with: "title: Rebuilt Directory")
            let reference = tree.root.appendingPathComponent("../qid-reference-\(UUID().uuidString)").standardizedFileURL
            defer { try? FileManager.default.removeItem(at: reference) }
            #expect(try BuildCommandTests.build(tree.path, to: reference).status == 0)
            next = try BuildCommandTests.files(in: reference)
            #expect(previous != next && String(decoding: next["index.html"] ?? Data(), as: UTF8.self).contains("Rebuilt Directory"))
        }

        func build(_ environment: [String: String] = [:]) throws -> QID.Output {
            try QID.run(["build", tree.path, "-o", site.path, "--as-of", "2026-06-01"], environment: environment)
        }

        func url(_ relative: String) -> URL {
            parent.root.appendingPathComponent(relative)
        }

        /// Makes a symbolic link at `relative` (in the parent folder) to `destination`, as given.
        func link(_ relative: String, to destination: String) throws {
            try FileManager.default.createSymbolicLink(atPath: url(relative).path, withDestinationPath: destination)
        }

        /// The names in the parent folder besides `site`.
        func leftovers() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0 != "site" }.sorted()
        }

        func remove() {
            try? FileManager.default.removeItem(at: parent.root)
            try? FileManager.default.removeItem(at: tree.root)
        }
    }

    @Test(arguments: ["staged", "written", "swapped", "removing"])
    func aBuildKilledAtAnyStepLeavesOneWholeSiteAndTheNextBuildClearsUp(step: String) throws {
        let setup = try Setup()
        defer { setup.remove() }
        let killed = try setup.build(["QID_TEST_KILL_AT": step])
        #expect(killed.status == SIGKILL, "the build was killed at \(step)")
        let after = try BuildCommandTests.files(in: setup.site)
        let expected = ["staged", "written"].contains(step) ? setup.previous : setup.next
        #expect(after == expected, "after a kill at \(step) the site is the \(expected == setup.previous ? "previous" : "next") one, whole")
        #expect(try setup.leftovers().count == 1, "the killed build left its folder")
        #expect(try setup.build().status == 0)
        #expect(try setup.leftovers() == [], "the next build removed it")
        #expect(try BuildCommandTests.files(in: setup.site) == setup.next)
    }

    /// Where the filesystem cannot exchange, two renames: whole sites, and the one gap (between them) is closed
    /// by the next build.
    @Test(arguments: ["moved-aside", "swapped", "removing"])
    func withoutExchangeTwoRenamesPublishAndTheNextBuildClearsUp(step: String) throws {
        let setup = try Setup()
        defer { setup.remove() }
        let killed = try setup.build(["QID_TEST_NO_EXCHANGE": "1", "QID_TEST_KILL_AT": step])
        #expect(killed.status == SIGKILL, "the build was killed at \(step)")
        if step == "moved-aside" {
            #expect(!FileManager.default.fileExists(atPath: setup.site.path), "the fallback's gap: no site, never half of one")
        } else {
            #expect(try BuildCommandTests.files(in: setup.site) == setup.next)
        }
        #expect(try setup.build(["QID_TEST_NO_EXCHANGE": "1"]).status == 0)
        #expect(try setup.leftovers() == [])
        #expect(try BuildCommandTests.files(in: setup.site) == setup.next)
    }

    @Test func aFirstBuildKilledBeforeItsSwapLeavesNoHalfSite() throws {
        let setup = try Setup(previousSite: false)
        defer { setup.remove() }
        #expect(try setup.build(["QID_TEST_KILL_AT": "written"]).status == SIGKILL)
        #expect(!FileManager.default.fileExists(atPath: setup.site.path), "no site rather than half of one")
        #expect(try setup.build().status == 0)
        #expect(try setup.leftovers() == [])
        #expect(try BuildCommandTests.files(in: setup.site) == setup.next)
    }

    /// A process id no process can have: one above the system's largest (Linux's `pid_max`; macOS's is 99,999).
    ///
    /// The id of a process that has just ended was used before, but on a busy machine another process can be given
    /// it again before the build looks, and the test then failed.
    static func processIDNoProcessHas() throws -> Int32 {
        let text = (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8)) ?? "99999"
        let largest = try #require(Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)))
        return largest + 1
    }

    @Test func onlyFoldersQidLeftAreRemovedNeverOneWithoutItsMarker() throws {
        let setup = try Setup()
        defer { setup.remove() }
        let ended = try Self.processIDNoProcessHas()
        let marker = ".qid-site"
        func folder(_ name: String, marked: Bool) throws {
            try setup.parent.writing("\(name)/index.html", "<p>old</p>")
            if marked { try setup.parent.writing("\(name)/\(marker)", "Built by qid.\n") }
        }
        try folder(".site.building-\(ended)-1", marked: true)
        try folder(".site.previous-\(ended)-2", marked: true)
        try folder(".site.building-unrelated", marked: false)
        try folder(".site.previous-\(ended)-3", marked: false)
        try folder(".site.building-\(getpid())-4", marked: true)  // a build that is running now (this process)
        try folder(".other.building-\(ended)-5", marked: true)  // another output's
        try folder("elsewhere", marked: true)
        try setup.link(".site.building-\(ended)-6", to: "elsewhere")
        try setup.parent.writing(".site.previous-\(ended)-7", "a file, not a folder")
        #expect(try setup.build().status == 0)
        #expect(
            try setup.leftovers()
                == [
                    ".other.building-\(ended)-5", ".site.building-\(getpid())-4", ".site.building-\(ended)-6", ".site.building-unrelated",
                    ".site.previous-\(ended)-3", ".site.previous-\(ended)-7", "elsewhere",
                ].sorted())
        #expect(try setup.parent.read("elsewhere/\(marker)") == "Built by qid.\n", "a link is never followed")
        #expect(try setup.parent.read(".site.building-unrelated/index.html") == "<p>old</p>")
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalRemovesTheBuildsStagingFolderAndLeavesThePreviousSite(signal number: Int32) throws {
        let setup = try Setup()
        defer { setup.remove() }
        let process = Process()
        process.executableURL = try #require(QID.binary)
        process.arguments = ["build", setup.tree.path, "-o", setup.site.path, "--as-of", "2026-06-01"]
        process.environment = ProcessInfo.processInfo.environment.merging(["QID_TEST_PAUSE_AT": "written"]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until the whole new site is in the staging folder (the build then pauses before its swap).
        var staging: String?
        for _ in 0..<600 where staging == nil {
            staging = try setup.leftovers().first {
                FileManager.default.fileExists(atPath: setup.url("\($0)/search-index.json").path)
            }
            if staging == nil { usleep(50_000) }
        }
        #expect(staging != nil, "the build wrote its staging folder")
        kill(process.processIdentifier, number)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + number)
        #expect(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).contains("staging folder was removed"))
        #expect(try setup.leftovers() == [], "the staging folder is gone")
        #expect(try BuildCommandTests.files(in: setup.site) == setup.previous)
    }

    @Test func anOutputThatLinksToAFolderIsPublishedIntoThatFolderAndStaysALink() throws {
        let setup = try Setup(previousSite: false)
        defer { setup.remove() }
        let real = setup.url("releases/current")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try setup.link("site", to: "releases/current")
        #expect(try setup.build().status == 0)
        #expect(try setup.build().status == 0, "and again, over the site it built")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: setup.site.path) == "releases/current")
        #expect(try BuildCommandTests.files(in: real) == setup.next)
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.url("releases").path) == ["current"])
        #expect(try setup.leftovers() == ["releases"])
    }

    @Test func anOutputThatLinksToNothingIsRefused() throws {
        let setup = try Setup(previousSite: false)
        defer { setup.remove() }
        try setup.link("site", to: "missing")
        let result = try setup.build()
        #expect(result.status == 2)
        #expect(result.stderr.contains("is a link to 'missing', which does not exist: create that folder, or remove the link"))
        #expect(try setup.leftovers() == [])
    }
}
