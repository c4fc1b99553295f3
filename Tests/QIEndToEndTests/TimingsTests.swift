import Foundation
import QITestSupport
import Testing

/// `--timings` says where the time of a check or build went, and the peak memory, on standard error.
@Suite struct TimingsTests {
    static func value(_ name: String, in stderr: String) -> Double? {
        stderr.split(separator: "\n").first { $0.hasPrefix("qid timings: \(name) ") }
            .flatMap { $0.dropFirst("qid timings: \(name)".count).split(separator: " ").first }
            .flatMap { Double($0) }
    }

    @Test func buildReportsEveryPhaseAndThePeakMemory() throws {
        let output = try BuildCommandTests.build("content", to: BuildCommandTests.temporaryFolder(), ["--timings"])
        #expect(output.status == 0)
        for phase in ["load", "evaluate", "render", "search index", "write", "publish", "old site removal", "total"] {
            #expect(Self.value(phase, in: output.stderr) != nil, "no \(phase) line in \(output.stderr)")
        }
        let memory = try #require(Self.value("peak memory", in: output.stderr))
        #expect(memory > 1 && memory < 4096, "peak memory \(memory) MB")
        #expect(!output.stdout.contains("qid timings"), "timings stay off standard output")
    }

    /// The swap ("publish") and the previous tree's removal after it are timed apart.
    ///
    /// The new site is live when the swap ends. A rebuild removes the previous tree and leaves no folder beside the site.
    @Test func aRebuildTimesTheOldSiteRemovalApartFromTheSwap() throws {
        let folder = BuildCommandTests.temporaryFolder()
        #expect(try BuildCommandTests.build("content", to: folder).status == 0)
        let output = try BuildCommandTests.build("content", to: folder, ["--timings"])
        #expect(output.status == 0)
        let swap = try #require(Self.value("publish", in: output.stderr))
        let removal = try #require(Self.value("old site removal", in: output.stderr))
        let total = try #require(Self.value("total", in: output.stderr))
        #expect(swap + removal <= total)
        let parent = folder.deletingLastPathComponent()
        let name = folder.lastPathComponent
        let beside = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.hasPrefix(name) && $0 != name }
        #expect(beside.isEmpty, "left beside the site: \(beside)")
    }

    @Test func checkReportsLoadAndEvaluateAndKeepsItsJSONClean() throws {
        let output = try QID.run(["check", "content", "--as-of", "2026-11-23", "--format", "json", "--timings"])
        #expect(Self.value("load", in: output.stderr) != nil)
        #expect(Self.value("evaluate", in: output.stderr) != nil)
        #expect(Self.value("render", in: output.stderr) == nil, "check renders nothing")
        #expect(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) is [String: Any])
    }

    @Test func withoutTheFlagNothingIsReported() throws {
        let output = try QID.run(["check", "content", "--as-of", "2026-11-23"])
        #expect(!output.stderr.contains("qid timings"))
    }
}
