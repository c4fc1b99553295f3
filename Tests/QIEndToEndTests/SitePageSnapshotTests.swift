import Foundation
import QITestSupport
import Testing

/// Every kind of page `qid build` writes, pinned in Snapshots/site-public/ and Snapshots/site-internal/ (the search
/// index and the sitemap, the same in both editions, once in Snapshots/site-both-editions/).
///
/// Templates render a missing key as nothing, without an error: only the built pages show that a word went missing.
/// The example directory (`content/`) is built as of 2026-11-23 in each edition with the real binary, and one page
/// of each kind is compared with its pinned file: home, a filter page, a provider page for each
/// light and status, the dashboard, a free page, 404, the search index and the sitemap.
@Suite struct SitePageSnapshotTests {
    /// The pinned pages: the snapshot's name and the path in the built site.
    static let pages: [(name: String, path: String)] = [
        ("home.html", "index.html"),
        ("filter-light-amber.html", "lights/amber/index.html"),
        ("provider-green.html", "providers/kinecroft-court/index.html"),
        ("provider-amber.html", "providers/windrush-court/index.html"),
        ("provider-red-pending-lift.html", "providers/glyme-house/index.html"),
        ("provider-red-suspended.html", "providers/isis-meadows-care-home/index.html"),
        ("provider-closed.html", "providers/sor-brook-homecare/index.html"),
        ("provider-green-stale-review.html", "providers/marcham-road-day-centre/index.html"),
        ("provider-not-yet-rated.html", "providers/kestrel-house/index.html"),
        ("dashboard.html", "dashboard/index.html"),
        ("page-about.html", "pages/about/index.html"),
        ("404.html", "404.html"),
    ]

    /// Files that are the same in both editions: each edition is compared with one pinned file.
    static let sharedFiles = ["search-index.json", "sitemap.xml"]

    @Test(arguments: ["public", "internal"])
    func everyPageKindOfTheExampleDirectory(_ edition: String) throws {
        let folder = TemporaryFolder.make("qid-site-snapshot")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = folder.appendingPathComponent("site")
        let arguments = ["build", "content", "-o", site.path, "--as-of", "2026-11-23"] + (edition == "internal" ? ["--internal"] : [])
        let output = try QID.run(arguments)
        #expect(output.status == 0, "\(output.stderr)")
        let pinned = snapshotsFolder.appendingPathComponent("site-\(edition)")
        for page in Self.pages {
            let text = try String(contentsOf: site.appendingPathComponent(page.path), encoding: .utf8)
            assertSnapshot(name: page.name, actual: text, folder: pinned)
        }
        for name in Self.sharedFiles {
            let text = try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
            assertSnapshot(name: name, actual: text, folder: snapshotsFolder.appendingPathComponent("site-both-editions"))
        }
    }
}
