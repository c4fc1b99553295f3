import Foundation
import QITestSupport
import Testing

/// The example directory built as of 23 November 2026: what the truth of the light looks like on the pages a
/// brokerage officer reads (a pending lift, a stale review, a suspended and a closed provider), in the lists
/// and in the live search's index.
@Suite struct TruthOnPagesTests {
    static func read(_ site: URL, _ path: String) throws -> String {
        String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
    }

    static func withSite(_ extra: [String] = [], _ body: (URL) throws -> Void) throws {
        let site = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = try BuildCommandTests.build("content", to: site, extra)
        try #require(output.status == 0, "\(output.stderr)")
        try body(site)
    }

    @Test func aPendingLiftLeavesTheEarlierLightAndSaysWhatItAwaits() throws {
        try Self.withSite { site in
            let page = try Self.read(site, "providers/glyme-house/index.html")
            #expect(page.contains("qi-light--red"))
            #expect(page.contains("Red because the on-site review on 14 October 2026 rated it red."))
            #expect(
                page.contains(
                    "A lift to Amber was recorded on 18 November 2026 and awaits the approval of the Safeguarding Operations Manager (adults)."
                ))
            // The rating history marks the lift as not in effect, and only that rating.
            #expect(page.components(separatedBy: "Not in effect: awaits approval").count == 2)
            #expect(try Self.read(site, "lights/red/index.html").contains("/providers/glyme-house/"))
            #expect(!(try Self.read(site, "lights/amber/index.html")).contains("/providers/glyme-house/"))
        }
    }

    @Test func aStaleReviewIsSaidOnThePageInEveryListRowAndInTheSearchIndex() throws {
        try Self.withSite { site in
            let notice =
                "Review overdue: last reviewed 18 September 2025 (due by 18 September 2026). Check with the Quality Improvement Team before placing."
            #expect(try Self.read(site, "providers/marcham-road-day-centre/index.html").contains(notice))
            for list in [
                "index.html", "lights/green/index.html", "services/day-opportunities/index.html",
                "localities/vale-of-white-horse/index.html",
            ] {
                let html = try Self.read(site, list)
                let row = try #require(
                    html.components(separatedBy: "<tr>").first { $0.contains("/providers/marcham-road-day-centre/") }, "\(list)")
                #expect(row.contains("<span class=\"qi-light-notice\">\(notice)</span>"), "\(list)")
            }
            // A provider reviewed on time carries no notice.
            let green = try Self.read(site, "lights/green/index.html")
            let kinecroft = try #require(green.components(separatedBy: "<tr>").first { $0.contains("/providers/kinecroft-court/") })
            #expect(!kinecroft.contains("qi-light-notice"))

            let index = try #require(
                try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("search-index.json"))) as? [String: Any]
            )
            let fields = try #require(index["fields"] as? [String])
            let review = try #require(fields.firstIndex(of: "review"))
            let providers = try #require(index["providers"] as? [[Any]])
            // Ids made from names are written as numbers (FindAndCompareTests): found here by name.
            let marcham = try #require(providers.first { $0[1] as? String == "Marcham Road Day Centre" })
            #expect(marcham[review] as? String == "2025-09-18/2026-09-18")
            let kestrel = try #require(providers.first { $0[1] as? String == "Kestrel House" })
            #expect(kestrel[review] as? String == "never")
            let notices = try #require(index["notices"] as? [String: String])
            #expect(notices["reviewOverdue"]?.contains("{last_review}") == true)
        }
    }

    @Test func suspendedAndClosedProvidersReadTheirStatusNotTheirLight() throws {
        try Self.withSite { site in
            let suspended = try Self.read(site, "providers/isis-meadows-care-home/index.html")
            #expect(
                suspended.contains("New placements are suspended. Check with the Quality Improvement Team before making any placement."))
            let closed = try Self.read(site, "providers/sor-brook-homecare/index.html")
            #expect(closed.contains("This provider no longer operates."))
            #expect(!closed.contains("Do not enter into new placements"))
        }
    }

    @Test func theInternalWorkListShowsWhatIsOverdueThenWhatFallsDue() throws {
        try Self.withSite(["--internal"]) { site in
            let dashboard = try Self.read(site, "dashboard/index.html")
            #expect(dashboard.contains("Review falling due"))
            #expect(dashboard.contains("Lift awaiting approval"))
            #expect(dashboard.contains("Pre-service check missing"))
            let glyme = try Self.read(site, "providers/glyme-house/index.html")
            #expect(glyme.contains("Lift awaiting approval"))
        }
    }

    @Test func countsOfAThousandOrMoreAreGroupedOnEveryPage() throws {
        // 1,001 copies of the minimal fixture's provider.
        var tree = try FixtureTree.minimal()
        let provider = try tree.read("providers/acorn-house/provider.yaml")
        let rating = try tree.read("providers/acorn-house/ratings/2026-03-14.yaml")
        for number in 1...1_000 {
            tree = try tree.writing(
                "providers/acorn-\(number)/provider.yaml",
                provider.replacingOccurrences(of: "name: Acorn House", with: "name: Acorn \(number)")
            )
            .writing("providers/acorn-\(number)/ratings/2026-03-14.yaml", rating)
        }
        let site = BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let output = try BuildCommandTests.build(tree.path, to: site, ["--page-size", "5000"])
        try #require(output.status == 0, "\(output.stderr)")
        let home = try Self.read(site, "index.html")
        #expect(home.contains("1,001 providers, as of"))
        #expect(home.contains("Showing all 1,001 providers."))
        #expect(home.contains("<span class=\"qi-count\">(1,001)</span>"))
        #expect(try Self.read(site, "dashboard/index.html").contains("1,001 providers, as of"))
        #expect(try Self.read(site, "lights/green/index.html").contains("1,001 providers, as of"))
        #expect(!home.contains("1001"))
    }
}
