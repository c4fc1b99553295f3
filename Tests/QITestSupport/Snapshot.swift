import Foundation
import Testing

/// Where pinned outputs live: `Tests/QIEndToEndTests/Snapshots/` in the source tree.
public let snapshotsFolder = FixtureTree.packageRoot.appendingPathComponent("Tests/QIEndToEndTests/Snapshots")

/// Compares `actual` with the pinned file `name` in `folder`.
///
/// - The file is missing: it is written and the test fails, saying it was recorded (check it in and re-run).
/// - `QID_RECORD_SNAPSHOTS=1`: the file is rewritten and the test fails, saying so.
/// - Otherwise a mismatch fails with a short diff (the differing lines, `-` pinned, `+` actual).
public func assertSnapshot(
    name: String, actual: String, folder: URL = snapshotsFolder, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let url = folder.appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["QID_RECORD_SNAPSHOTS"] == "1"
    let pinned = try? String(contentsOf: url, encoding: .utf8)
    if pinned == nil || recording {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            let why = pinned == nil ? "it did not exist" : "QID_RECORD_SNAPSHOTS=1"
            Issue.record(
                "snapshot \(name) recorded at \(url.path) (\(why)); check it and run the tests again", sourceLocation: sourceLocation)
        } catch {
            Issue.record("snapshot \(name) could not be written at \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let pinned, pinned != actual else { return }
    Issue.record(
        "snapshot \(name) differs (set QID_RECORD_SNAPSHOTS=1 to re-record):\n\(shortDiff(pinned: pinned, actual: actual))",
        sourceLocation: sourceLocation)
}

/// The lines between the common beginning and the common end of two texts, at most `limit` of each side.
public func shortDiff(pinned: String, actual: String, limit: Int = 12) -> String {
    let old = pinned.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] {
        suffix += 1
    }
    let removed = old[prefix..<(old.count - suffix)]
    let added = new[prefix..<(new.count - suffix)]
    var lines = ["@@ line \(prefix + 1) @@"]
    lines += removed.prefix(limit).map { "- \($0)" }
    if removed.count > limit { lines.append("- … \(removed.count - limit) more") }
    lines += added.prefix(limit).map { "+ \($0)" }
    if added.count > limit { lines.append("+ … \(added.count - limit) more") }
    return lines.joined(separator: "\n")
}
