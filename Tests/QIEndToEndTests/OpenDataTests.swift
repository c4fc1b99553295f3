import CSV
import Foundation
import QITestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `providers.csv`, `providers.json`, `work-list.csv` and `changes.atom` of built sites, read back with a CSV
/// reader, a JSON parser and an XML parser.
@Suite struct OpenDataTests {
    static let base = "https://directory.example.org/qi/"
    static let columns = [
        "id", "name", "organisation", "address", "postcode", "status", "services", "localities", "light", "light_word", "since",
        "review_status", "latest_review", "open_concerns", "cqc_rating", "cqc_rating_date", "url",
    ]

    static func csvRows(_ site: BuiltSite, _ path: String) throws -> [[String]] {
        let stream = try #require(InputStream(url: site.folder.appendingPathComponent(path)))
        let reader = try CSVReader(stream: stream, codecType: UTF8.self, hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test func theCSVIsRFC4180WithTheDocumentedColumnsOneProviderARowByID() throws {
        let site = try BuiltSite.build("content", asOf: "2026-11-23")
        defer { site.remove() }
        let bytes = [UInt8](try Data(contentsOf: site.folder.appendingPathComponent("providers.csv")))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark, so a spreadsheet reads UTF-8")
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        // CRLF after every record, no bare line feed (the example content has no line breaks inside fields).
        #expect(text.hasSuffix("\r\n"))
        #expect(text.components(separatedBy: "\r\n").count - 1 == 31)
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        // Fields with commas are quoted (addresses), and read back whole.
        #expect(text.contains("\"45 Alvescot Road, Carterton\""))

        let rows = try Self.csvRows(site, "providers.csv")
        #expect(rows.first == Self.columns)
        let records = Array(rows.dropFirst())
        #expect(records.count == 30)
        #expect(records.allSatisfy { $0.count == Self.columns.count })
        #expect(records.map { $0[0] } == records.map { $0[0] }.sorted())
        let json = try site.openDataProviders()
        for (record, provider) in zip(records, json) {
            for (index, column) in Self.columns.enumerated() {
                let value = provider[column]
                let expected =
                    (value as? String) ?? (value as? [String])?.joined(separator: "; ") ?? ""
                #expect(record[index] == expected, "\(record[0]).\(column)")
            }
            // Every page address is a page of the site.
            #expect(site.exists(String(record[16].dropFirst()) + "index.html"), "\(record[16])")
        }
        let ashcombe = try #require(records.first { $0[0] == "ashcombe-house" })
        #expect(ashcombe[3] == "45 Alvescot Road, Carterton")
        #expect(ashcombe[8] == "amber" && ashcombe[9] == "Amber" && ashcombe[10] == "2026-09-11")
        let marcham = try #require(records.first { $0[0] == "marcham-road-day-centre" })
        #expect(marcham[11] == "overdue" && marcham[12] == "2025-09-18")
        // Open concern processes: public title, process and date only.
        let isis = try #require(records.first { $0[0] == "isis-meadows-care-home" })
        #expect(isis[13] == "Serious Concerns (raised 2026-09-07): Medication errors on the nursing unit")
        #expect(marcham[13] == "")
    }

    @Test func theJSONHasOneObjectPerProviderWithTheColumnsAsKeys() throws {
        let site = try BuiltSite.build("content", asOf: "2026-11-23", ["--base-url", Self.base])
        defer { site.remove() }
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: site.folder.appendingPathComponent("providers.json"))) as? [String: Any]
        )
        #expect(json["version"] as? Int == 1)
        #expect(json["asOf"] as? String == "2026-11-23")
        #expect(json["columns"] as? [String] == Self.columns)
        let providers = try #require(json["providers"] as? [[String: Any]])
        #expect(providers.count == 30)
        for provider in providers {
            #expect(Set(provider.keys) == Set(Self.columns))
            #expect(provider["services"] is [String] && provider["localities"] is [String] && provider["open_concerns"] is [String])
            #expect((provider["url"] as? String)?.hasPrefix(Self.base + "providers/") == true)
            #expect(provider["cqc_rating"] is NSNull || provider["cqc_rating"] is String)
        }
        let kestrel = try #require(providers.first { $0["id"] as? String == "kestrel-house" })
        #expect(kestrel["light"] as? String == "not-yet-rated" && kestrel["since"] is NSNull)
        // Linked from the home page and the dashboard.
        for page in ["index.html", "dashboard/index.html"] {
            let html = try site.text(page)
            #expect(html.contains("href=\"\(Self.base)providers.csv\""), "\(page)")
            #expect(html.contains("href=\"\(Self.base)providers.json\""), "\(page)")
            #expect(html.contains("href=\"\(Self.base)changes.atom\""), "\(page)")
        }
    }

    @Test func theCQCRatingAndItsDateComeFromCQCYAMLOnceImported() throws {
        let content = try ImportCommandTests.content()
        defer { try? FileManager.default.removeItem(at: content) }
        let imported = try QID.run(["import", "cqc"] + ImportCommandTests.inputs + ["--content", content.path])
        try #require(imported.status == 0, "\(imported.stderr)")
        let site = try BuiltSite.build(content.path, asOf: "2025-04-01")
        defer { site.remove() }
        let providers = try site.openDataProviders()
        let chadderton = try #require(providers.first { $0["id"] as? String == "chadderton-total-care" })
        let cqc = try String(contentsOf: content.appendingPathComponent("providers/chadderton-total-care/cqc.yaml"), encoding: .utf8)
        #expect(cqc.contains("overall: {rating: requires-improvement, date: 2023-04-13"))
        #expect(chadderton["cqc_rating"] as? String == "Requires improvement")
        #expect(chadderton["cqc_rating_date"] as? String == "2023-04-13")
        // A date only with a rating.
        for provider in providers where provider["cqc_rating"] is NSNull {
            #expect(provider["cqc_rating_date"] is NSNull, "\(provider["id"] ?? "")")
        }
    }

    @Test func theInternalEditionAddsTheWorkListAsCSVAndThePublicOneDoesNot() throws {
        let publicSite = try BuiltSite.build("content", asOf: "2026-11-23")
        let internalSite = try BuiltSite.build("content", asOf: "2026-11-23", ["--internal"])
        defer {
            publicSite.remove()
            internalSite.remove()
        }
        #expect(!publicSite.exists("work-list.csv"))
        #expect(!(try publicSite.text("dashboard/index.html")).contains("work-list.csv"))
        let rows = try Self.csvRows(internalSite, "work-list.csv")
        #expect(rows.first == ["officer", "provider_id", "provider", "what", "rule", "due", "overdue", "description", "url"])
        let dashboard = try internalSite.text("dashboard/index.html")
        #expect(dashboard.contains("href=\"/work-list.csv\""))
        // As many items as the dashboard's work list says, each with its officer.
        #expect(dashboard.contains("\(rows.count - 1) items: "))
        #expect(rows.dropFirst().contains { $0[0] == "Joanna Okafor" && $0[1] == "kestrel-house" && $0[4] == "QI-V4" && $0[6] == "yes" })
        // The public CSV is the same in both editions: public fields only.
        #expect(try internalSite.text("providers.csv") == (try publicSite.text("providers.csv")))
    }

    /// The feed's entries: id, title, updated, link and content of each.
    final class AtomReader: NSObject, XMLParserDelegate {
        var entries: [[String: String]] = []
        var feed: [String: String] = [:]
        var rootName = ""
        var namespace = ""
        private var current: [String: String]?
        private var text = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if rootName.isEmpty {
                rootName = name
                namespace = namespaceURI ?? ""
            }
            if name == "entry" { current = [:] }
            if name == "link", attributes["rel"] == "alternate" {
                if current != nil { current?["link"] = attributes["href"] } else { feed["link"] = attributes["href"] }
            }
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "entry", let entry = current {
                entries.append(entry)
                current = nil
            } else if name == "link" {
                return
            } else if current != nil {
                current?[name] = text
            } else {
                feed[name] = text
            }
        }
    }

    static func readFeed(_ site: BuiltSite) throws -> AtomReader {
        let parser = try #require(XMLParser(contentsOf: site.folder.appendingPathComponent("changes.atom")))
        parser.shouldProcessNamespaces = true
        let reader = AtomReader()
        parser.delegate = reader
        #expect(parser.parse(), "changes.atom is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        return reader
    }

    @Test func theFeedIsAtomWithOneEntryPerChangeAndIDsThatStayTheSameAcrossBuilds() throws {
        let first = try BuiltSite.build("content", asOf: "2026-11-23", ["--base-url", Self.base])
        let later = try BuiltSite.build("content", asOf: "2026-12-20", ["--base-url", Self.base])
        defer {
            first.remove()
            later.remove()
        }
        let feed = try Self.readFeed(first)
        #expect(feed.rootName == "feed" && feed.namespace == "http://www.w3.org/2005/Atom")
        #expect(feed.feed["id"] == Self.base + "changes.atom")
        #expect(feed.feed["updated"] == "2026-10-26T00:00:00Z")
        #expect(feed.feed["name"] == "Oxfordshire County Council")
        // The eleven changes of the dashboard's 90 days, newest first, each with a unique tag: id.
        #expect(feed.entries.count == 11)
        let ids = feed.entries.compactMap { $0["id"] }
        #expect(Set(ids).count == 11)
        #expect(ids.allSatisfy { $0.hasPrefix("tag:directory.example.org,2026-") })
        #expect(ids.first == "tag:directory.example.org,2026-10-26:/qi/providers/ladygrove-supported-living/red")
        let updated = feed.entries.compactMap { $0["updated"] }
        #expect(updated == updated.sorted(by: >))
        let ladygrove = try #require(feed.entries.first)
        #expect(ladygrove["title"] == "Ladygrove Supported Living: Green to Red")
        #expect(
            ladygrove["content"]
                == "Red because a Serious Concerns process has been open since 26 October 2026 (the latest rating, on 15 December 2025, was green)."
        )
        for entry in feed.entries {
            let link = try #require(entry["link"])
            #expect(link.hasPrefix(Self.base))
            #expect(first.exists(String(link.dropFirst(Self.base.count)) + "index.html"), "\(link)")
        }
        // Built four weeks later, the changes still within 90 days keep their ids; older ones have left the feed.
        let laterFeed = try Self.readFeed(later)
        let laterIDs = laterFeed.entries.compactMap { $0["id"] }
        let kept = ids.filter { id in id.contains(",2026-10-") || id.contains(",2026-09-2") }
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy(laterIDs.contains))
        #expect(!laterIDs.contains { $0.contains(",2026-09-07:") })
        #expect(laterFeed.feed["id"] == feed.feed["id"])
    }

    @Test func withoutAFullBaseURLNoFeedIsWrittenOrLinkedAndTheBuildSaysWhy() throws {
        let site = try BuiltSite.build("content", asOf: "2026-11-23")
        defer { site.remove() }
        #expect(!site.exists("changes.atom"))
        #expect(site.output.stderr.contains("qid build: note: changes.atom was not written"))
        #expect(site.output.stderr.contains("base URL '/' is a path"))
        for page in ["index.html", "dashboard/index.html"] {
            #expect(!(try site.text(page)).contains("changes.atom"), "\(page)")
            #expect(try site.text(page).contains("href=\"/providers.csv\""), "\(page)")
        }
    }
}
