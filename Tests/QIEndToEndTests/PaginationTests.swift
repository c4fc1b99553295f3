import Foundation
import QITestSupport
import Testing

/// Long lists are split into pages (`--page-size`), so no page grows with the directory.
@Suite struct PaginationTests {
    /// Every `href` of an HTML page.
    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
    }

    /// The provider ids linked from the rows of a list page's table.
    static func providerRows(in html: String) -> [String] {
        html.components(separatedBy: "<th scope=\"row\"><a href=\"/providers/").dropFirst().compactMap {
            $0.split(separator: "/").first.map(String.init)
        }
    }

    static func read(_ site: URL, _ path: String) throws -> String {
        String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
    }

    /// The example content (30 providers) built with 7 per page: the home list spans 5 pages.
    static func buildPaginated() throws -> URL {
        let site = BuildCommandTests.temporaryFolder()
        let output = try BuildCommandTests.build("content", to: site, ["--page-size", "7"])
        #expect(output.status == 0, "\(output.stderr)")
        return site
    }

    @Test func theHomeListIsSplitAndEveryProviderIsOnExactlyOnePage() throws {
        let site = try Self.buildPaginated()
        let paths = ["index.html"] + (2...5).map { "page/\($0)/index.html" }
        var seen: [String] = []
        for path in paths {
            let rows = Self.providerRows(in: try Self.read(site, path))
            #expect(rows.count <= 7, "\(path) holds \(rows.count) rows")
            seen += rows
        }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("page/6/index.html").path))
        let providers = try FileManager.default.contentsOfDirectory(
            atPath: FixtureTree.packageRoot.appendingPathComponent("content/providers").path
        ).filter { !$0.hasPrefix(".") }
        #expect(seen.count == providers.count, "every provider once: \(seen.count) rows for \(providers.count) providers")
        #expect(Set(seen) == Set(providers))
    }

    @Test func aFilterPageIsSplitToo() throws {
        let site = try Self.buildPaginated()
        // 16 green providers in the example content: 7 + 7 + 2.
        let pages = try ["lights/green/index.html", "lights/green/page/2/index.html", "lights/green/page/3/index.html"].map {
            try Self.read(site, $0)
        }
        let rows = pages.map(Self.providerRows)
        #expect(rows.map(\.count) == [7, 7, 2])
        #expect(Set(rows.joined()).count == 16)
        #expect(pages[1].contains("Showing providers 8 to 14 of 16."))
        #expect(pages[1].contains("<title>Providers rated Green (page 2 of 3)"))
    }

    @Test func thePaginationIsALabelledLandmarkMarkingTheCurrentPage() throws {
        let site = try Self.buildPaginated()
        let page = try Self.read(site, "page/3/index.html")
        #expect(page.contains("<nav class=\"qi-pagination\" aria-label=\"Pagination\""))
        #expect(page.contains("href=\"/page/3/\" aria-label=\"Page 3\" aria-current=\"page\">3</a>"))
        let nav = page.components(separatedBy: "<nav class=\"qi-pagination\"").last?.components(separatedBy: "</nav>").first ?? ""
        #expect(nav.components(separatedBy: "aria-current=\"page\"").count == 2, "one current page in the pagination")
        #expect(page.contains("href=\"/page/2/\" rel=\"prev\""))
        #expect(page.contains("href=\"/page/4/\" rel=\"next\""))
        let first = try Self.read(site, "index.html")
        #expect(!first.contains("rel=\"prev\""), "no Previous on the first page")
        #expect(first.contains("data-qid-search"), "the live search is on the first page")
        let last = try Self.read(site, "page/5/index.html")
        #expect(!last.contains("rel=\"next\""), "no Next on the last page")
    }

    @Test func everyLinkOfEveryListPageResolvesToABuiltPage() throws {
        let site = try Self.buildPaginated()
        let lists = ["index.html", "page/2/index.html", "page/5/index.html", "lights/green/index.html", "lights/green/page/3/index.html"]
        var checked = 0
        for path in lists {
            for link in Self.links(in: try Self.read(site, path)) where link.hasPrefix("/") {
                checked += 1
                let target = String(link.split(separator: "?").first ?? "").dropFirst()
                let file = target.isEmpty || target.hasSuffix("/") ? target + "index.html" : target
                #expect(
                    FileManager.default.fileExists(atPath: site.appendingPathComponent(String(file)).path),
                    "\(path) links to \(link), which was not built")
            }
        }
        // Five list pages of 7 rows, each with navigation, rows, pagination and browse links.
        #expect(checked > 5 * 20, "only \(checked) links were found to check")
    }

    @Test func aShortListHasNoPagination() throws {
        let site = BuildCommandTests.temporaryFolder()
        #expect(try BuildCommandTests.build("content", to: site).status == 0)
        let home = try Self.read(site, "index.html")
        #expect(!home.contains("aria-label=\"Pagination\""))
        #expect(home.contains("Showing all 30 providers."))
        #expect(Self.providerRows(in: home).count == 30)
    }

    @Test(arguments: ["0", "5001", "9223372036854775807"])
    func aPageSizeOutsideOneTo5000IsAUsageError(_ size: String) throws {
        let output = try QID.run(["build", "content", "-o", BuildCommandTests.temporaryFolder().path, "--page-size", size])
        #expect(output.status == 2)
        #expect(output.stderr.contains("--page-size must be from 1 to 5000"))
    }
}
