import Foundation
import QITestSupport
import Testing

/// The dashboard of the built example directory (as of 23 November 2026) and of a generated one: every element,
/// checked against what the open data and `qid check` say about the same records.
@Suite struct DashboardTests {
    static let page = "dashboard/index.html"
    static let lights = ["Green", "Amber", "Red", "Not yet rated"]
    static let keys = ["green", "amber", "red", "not-yet-rated"]

    @Test func theCrossTablesCountEachServiceTypeAndLocalityByLight() throws {
        let site = try BuiltSite.build("content", asOf: "2026-11-23")
        defer { site.remove() }
        let providers = try site.openDataProviders()
        for (caption, field) in [
            ("Number of providers by service type and traffic light", "services"),
            ("Number of providers by locality and traffic light", "localities"),
        ] {
            let table = try site.table(Self.page, caption: caption)
            #expect(table.first?.dropFirst().map { $0 } == Self.lights + ["Total"])
            #expect(table.count > 3)
            for row in table.dropFirst() {
                let name = try #require(row.first)
                let matching = providers.filter { ($0[field] as? [String])?.contains(name) == true }
                let expected = Self.keys.map { key in String(matching.filter { $0["light"] as? String == key }.count) }
                #expect(Array(row.dropFirst()) == expected + [String(matching.count)], "\(caption): \(name)")
            }
        }
        // Headers for columns and rows, so a screen reader names each count.
        let html = try site.text(Self.page)
        // Kidlington Community Carers covers two localities besides its own: it counts under each, and the page says so.
        let byLocality = try site.table(Self.page, caption: "Number of providers by locality and traffic light")
        #expect(byLocality.dropFirst().compactMap { Int($0.last ?? "") }.reduce(0, +) == providers.count + 2)
        #expect(html.contains("or covers several localities, is counted under each of them."))
        #expect(html.contains("<th scope=\"col\" class=\"qi-table__header--numeric\">Not yet rated</th>"))
        #expect(html.contains("<th scope=\"row\"><a href=\"/services/home-care/\">Home care</a></th>"))
        let areas = try site.table(Self.page, caption: "Number of providers by service area")
        #expect(areas.first == ["Service area", "Providers"])
        #expect(areas.dropFirst().map { $0[0] } == ["Start Well (children)", "Live Well (working-age adults)", "Age Well (older people)"])
    }

    @Test func theRedAndSuspendedProvidersAreListedAndLinked() throws {
        let site = try BuiltSite.build("content", asOf: "2026-11-23")
        defer { site.remove() }
        let caption = "Providers that are red or suspended"
        let expected = try site.openDataProviders().filter { provider in
            let status = provider["status"] as? String
            return status == "suspended" || (status != "closed" && provider["light"] as? String == "red")
        }
        let table = try site.table(Self.page, caption: caption)
        #expect(table.first == ["Provider", "Traffic light", "Since", "Status", "Reason"])
        #expect(
            table.dropFirst().map { $0[0] } == expected.compactMap { $0["name"] as? String }.sorted { $0.lowercased() < $1.lowercased() })
        #expect(expected.count >= 3)
        #expect(table.contains { $0[0] == "Isis Meadows Care Home" && $0[3] == "Suspended" })
        for href in try site.rowLinks(Self.page, caption: caption) {
            #expect(site.exists(String(href.dropFirst()) + "index.html"), "\(href)")
        }
    }

    @Test func openConcernProcessesShowPublicTitlesOnlyInThePublicEdition() throws {
        let publicSite = try BuiltSite.build("content", asOf: "2026-11-23")
        let internalSite = try BuiltSite.build("content", asOf: "2026-11-23", ["--internal"])
        defer {
            publicSite.remove()
            internalSite.remove()
        }
        let caption = "Concern processes open as of 23 November 2026, oldest first"
        let open = try publicSite.table(Self.page, caption: caption)
        #expect(open.first == ["Provider", "Concern", "Process", "Raised"])
        // The example content's six open processes (Annex 1: Standards of Care, Serious Concerns), oldest first.
        #expect(open.count == 7)
        #expect(
            open.contains {
                $0 == ["Isis Meadows Care Home", "Medication errors on the nursing unit", "Serious Concerns", "7 September 2026"]
            })
        let detailed = try internalSite.table(Self.page, caption: caption)
        #expect(detailed.first == ["Provider", "Concern", "Process", "Raised", "Risk", "Chair", "Lead"])
        #expect(detailed.contains { $0.starts(with: ["Isis Meadows Care Home"]) && $0[4] == "High" && $0[5] == "Fiona Gallagher" })
        let publicPage = try publicSite.text(Self.page)
        for internalName in ["Fiona Gallagher", "Rachel Lindqvist", "Risk</th>", "Chair</th>"] {
            #expect(!publicPage.contains(internalName), "the public dashboard shows \(internalName)")
        }
        // The internal edition keeps the work list by officer; the public one has none.
        #expect(try internalSite.text(Self.page).contains("Work overdue or falling due for Joanna Okafor"))
        #expect(!publicPage.contains("Work overdue or falling due"))
    }

    @Test func reviewsOverdueAreThoseTheCheckFindsOverdue() throws {
        let site = try BuiltSite.build("content", asOf: "2026-11-23")
        defer { site.remove() }
        let output = try QID.run(["check", "content", "--as-of", "2026-11-23", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let overdueIDs = (report["providers"] as? [[String: Any]] ?? []).filter { provider in
            ((provider["review"] as? [String: Any])?["status"] as? String) == "overdue"
        }.compactMap { $0["id"] as? String }
        #expect(overdueIDs == ["marcham-road-day-centre"])
        let table = try site.table(Self.page, caption: "Providers whose review is overdue, longest overdue first")
        #expect(
            table == [
                ["Provider", "Traffic light", "Last reviewed", "Due by"],
                ["Marcham Road Day Centre", "Green", "18 September 2025", "18 September 2026"],
            ])
        #expect(
            try site.rowLinks(Self.page, caption: "Providers whose review is overdue, longest overdue first")
                == overdueIDs.map { "/providers/\($0)/" })
    }

    @Test func eachChangeOfLightIsWhatTheCheckGivesTheDayBeforeAndTheDayItTookEffect() throws {
        let site = try BuiltSite.build("content", asOf: "2026-11-23")
        defer { site.remove() }
        let recent = try site.table(Self.page, caption: "Changes of traffic light from 25 October 2026 to 23 November 2026, newest first")
        let earlier = try site.table(Self.page, caption: "Changes of traffic light from 26 August 2026 to 24 October 2026, newest first")
        #expect(recent.first == ["Provider", "Took effect", "From", "To"])
        #expect(recent.count == 2)
        #expect(earlier.count == 11)
        let html = try site.text(Self.page)
        #expect(html.contains("1 change in the last 30 days, 11 in the last 90 days."))
        // Each row's date, read back as ISO from its <time>, and the lights on each side of it from qid check.
        let dates = BuiltSite.matches(
            #"<td><time datetime="(\d{4}-\d{2}-\d{2})">"#, in: String(html[try #require(html.range(of: "qi-changes")).lowerBound...]))
        let rows = Array(recent.dropFirst()) + Array(earlier.dropFirst())
        let names = Dictionary(
            uniqueKeysWithValues: try site.openDataProviders().compactMap { p in
                (p["name"] as? String).map { ($0, p["id"] as? String ?? "") }
            })
        var checked: [String: [String: String]] = [:]
        func lights(_ day: String) throws -> [String: String] {
            if let known = checked[day] { return known }
            let found = try BuiltSite.lights("content", asOf: day)
            checked[day] = found
            return found
        }
        for (row, date) in zip(rows, dates) {
            let id = try #require(names[row[0]])
            let day = try #require(dateBefore(date))
            #expect(Self.word(try lights(day)[id]) == row[2], "\(row[0]) before \(date)")
            #expect(Self.word(try lights(date)[id]) == row[3], "\(row[0]) on \(date)")
        }
        #expect(checked.count >= 10)
    }

    /// The light's word as the dashboard shows it.
    static func word(_ key: String?) -> String {
        guard let key, let index = keys.firstIndex(of: key) else { return "Not yet rated" }
        return lights[index]
    }

    func dateBefore(_ iso: String) -> String? {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        guard let date = formatter.date(from: iso) else { return nil }
        return formatter.string(from: date.addingTimeInterval(-86_400))
    }

    @Test func theTrendIsAnAccessibleChartWithATableThatAgreesWithTheCheckAtEachMonthEnd() throws {
        try Self.checkTrend(content: "content", asOf: "2026-11-23", sampled: Array(0..<24))
        let html = try BuiltSite.build("content", asOf: "2026-11-23")
        defer { html.remove() }
        let page = try html.text(Self.page)
        #expect(page.contains("role=\"img\" aria-labelledby=\"qi-trend-chart-title qi-trend-chart-desc\""))
        #expect(
            page.contains(
                "<title id=\"qi-trend-chart-title\">Providers at each light at the end of each month, 30 November 2024 to 31 October 2026</title>"
            ))
        #expect(page.contains("<desc id=\"qi-trend-chart-desc\">Stacked bars, one for each of 24 month ends"))
        // Each light has its own pattern and a legend entry with its word, so the chart reads without colour.
        for key in Self.keys {
            #expect(page.contains("<pattern id=\"qi-chart-pattern-\(key)\""))
            #expect(page.contains("fill=\"url(#qi-chart-pattern-\(key))\""))
        }
        for word in Self.lights {
            #expect(page.contains("</svg>\(word)</li>"))
        }
        // Drawn at build time: the bars are in the page as served (24 month ends, at least one segment each).
        #expect(page.components(separatedBy: "<rect x=").count - 1 >= 24)
    }

    /// The trend table's 24 rows: each sampled month end's counts are those of `qid check` on that date.
    static func checkTrend(content: String, asOf: String, sampled: [Int]) throws {
        let site = try BuiltSite.build(content, asOf: asOf)
        defer { site.remove() }
        let table = try site.table(page, caption: "Providers at each traffic light at each month end, latest first")
        #expect(table.first == ["Month end"] + lights + ["Total"])
        #expect(table.count == 25)
        let html = try site.text(page)
        let start = try #require(html.range(of: "Providers at each traffic light at each month end, latest first"))
        let trend = String(html[start.lowerBound...])
        let days = BuiltSite.matches(#"<th scope="row"><time datetime="(\d{4}-\d{2}-\d{2})">"#, in: trend)
        #expect(days.count == 24)
        for index in sampled {
            let lightsOnDay = try BuiltSite.lights(content, asOf: days[index])
            let counts = keys.map { key in String(lightsOnDay.values.filter { $0 == key }.count) }
            #expect(Array(table[index + 1].dropFirst()) == counts + [String(lightsOnDay.count)], "\(days[index])")
        }
    }

    @Test func onAGeneratedDirectoryTheTrendAgreesWithTheCheckAndTheCrossTablesAddUp() throws {
        let folder = try GeneratedContent.tree(providers: 300, arguments: ["--seed", "7", "--as-of", "2026-11-23"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.checkTrend(content: folder.path, asOf: "2026-11-23", sampled: [0, 5, 11, 17, 23])
        let site = try BuiltSite.build(folder.path, asOf: "2026-11-23")
        defer { site.remove() }
        let byLocality = try site.table(Self.page, caption: "Number of providers by locality and traffic light")
        let total = byLocality.dropFirst().compactMap { Int($0.last ?? "") }.reduce(0, +)
        let located = try site.openDataProviders().filter { !(($0["localities"] as? [String]) ?? []).isEmpty }
        #expect(total == located.count)
        #expect(total > 200)
        let changes = try site.text(Self.page)
        #expect(changes.contains("in the last 90 days."))
    }
}

extension DashboardTests {
    @Test func aLongListShowsTheFirstHundredAndSaysWhereTheRestAre() throws {
        // Generated as of early 2024 and built as of late 2026: every review is long overdue.
        let folder = try GeneratedContent.tree(providers: 300, arguments: ["--seed", "3", "--as-of", "2024-01-15"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try BuiltSite.build(folder.path, asOf: "2026-11-23")
        defer { site.remove() }
        let overdue = try site.openDataProviders().filter { $0["review_status"] as? String == "overdue" }.count
        #expect(overdue > 100)
        let table = try site.table(Self.page, caption: "Providers whose review is overdue, longest overdue first")
        #expect(table.count == 101)
        let html = try site.text(Self.page)
        #expect(
            html.contains(
                "\(overdue) providers with a review overdue. The table shows the first 100 (longest overdue first); "
                    + "providers.csv gives every provider’s review_status."))
        // A short list says nothing of the kind.
        #expect(!html.contains("open. The table shows the first"))
    }
}
