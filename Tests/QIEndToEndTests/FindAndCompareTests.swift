import Foundation
import QITestSupport
import Testing

/// What brokerage teams use: the home page's find-and-compare filters (driven in headless Chromium by
/// `tools/filter-check`), the lists of each service type within each locality grouped by light, `covers:`, and a
/// search index that stays small.
@Suite(.serialized) struct FindAndCompareTests {
    /// The site-check virtual environment's Python (selenium), made by `../shared/tools/site-check-setup`.
    static var browserPython: String {
        let venv = ProcessInfo.processInfo.environment["SITE_CHECK_VENV"] ?? "/opt/site-check-venv"
        return venv + "/bin/python"
    }

    struct Run {
        var status: Int32
        var output: String
    }

    /// Runs `tools/filter-check SITE ARGUMENTS` with the venv's Python.
    static func filterCheck(_ site: URL, _ arguments: [String]) throws -> Run {
        let python = browserPython
        try #require(
            FileManager.default.isExecutableFile(atPath: python),
            "no Python at \(python): run ../shared/tools/site-check-setup (make test does it when the venv is missing)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [FixtureTree.packageRoot.appendingPathComponent("tools/filter-check").path, site.path] + arguments
        let log = TemporaryFolder.make("filter-check-log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return Run(status: process.terminationStatus, output: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
    }

    static func read(_ site: URL, _ path: String) throws -> String {
        String(decoding: try Data(contentsOf: site.appendingPathComponent(path)), as: UTF8.self)
    }

    static func buildContent(_ extra: [String] = []) throws -> URL {
        let site = BuildCommandTests.temporaryFolder()
        let output = try BuildCommandTests.build("content", to: site, extra)
        #expect(output.status == 0, "\(output.stderr)")
        return site
    }

    /// The provider ids of a list page's rows, in order.
    static func rows(_ html: String) -> [String] {
        PaginationTests.providerRows(in: html)
    }

    // MARK: With JavaScript, in Chromium

    @Test func theFiltersCountsTagsAddressBackButtonSortAndSearchWorkInChromium() throws {
        let site = try Self.buildContent()
        let run = try Self.filterCheck(site, ["--scenario", "content"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("filter-check: all checks passed"), "\(run.output)")
        // Two clicks on the example content: home care, then Cherwell.
        #expect(
            run.output.contains(
                "acceptance: two clicks (home-care, cherwell): 2 providers: 1 Green, 0 Amber, 1 Red. Sorted by traffic light, worst first."),
            "\(run.output)")
    }

    @Test func onThreeThousandProvidersGreenHomeCareInCherwellWorstFirstIsTwoClicksAway() throws {
        let tree = try GeneratedContent.tree(providers: 3000)
        let site = BuildCommandTests.temporaryFolder()
        let build = try QID.run(["build", tree.path, "-o", site.path])
        #expect(build.status == 0, "\(build.stderr.suffix(2000))")
        let run = try Self.filterCheck(site, ["--scenario", "generated"])
        #expect(run.status == 0, "\(run.output)")
        let line = run.output.split(separator: "\n").first { $0.hasPrefix("acceptance: two clicks (home-care, cherwell): ") }
        let summary = try #require(line, "\(run.output)")
        // "N providers: a Green, b Amber, c Red. Sorted by traffic light, worst first." with real counts.
        #expect(summary.contains(" Green, ") && summary.contains(" Amber, ") && summary.contains(" Red"), "\(summary)")
        #expect(summary.hasSuffix("Sorted by traffic light, worst first."), "\(summary)")
        // The search index stays under 500 KB gzipped at 25,000 providers: under 20 bytes a provider here.
        let gzipped = try Self.gzippedSize(site.appendingPathComponent("search-index.json"))
        #expect(gzipped < 3000 * 20, "search-index.json is \(gzipped) bytes gzipped for 3,000 providers")
    }

    static func gzippedSize(_ file: URL) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -9c \"$0\" | wc -c", file.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return try #require(Int(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    // MARK: Without JavaScript

    @Test func eachServiceTypeWithinEachLocalityIsAListGroupedByLightWithItsCounts() throws {
        let site = try Self.buildContent()
        let page = try Self.read(site, "localities/cherwell/services/home-care/index.html")
        #expect(page.contains("<h1 class=\"qi-heading-xl\">Home care in Cherwell</h1>"))
        #expect(page.contains("2 providers: 1 Green, 0 Amber, 1 Red, as of 23 November 2026."))
        let green = try #require(
            page.range(of: "<h2 class=\"qi-heading-m qi-light-group__heading\" id=\"light-green\">Green: 1 provider</h2>"))
        let red = try #require(page.range(of: "<h2 class=\"qi-heading-m qi-light-group__heading\" id=\"light-red\">Red: 1 provider</h2>"))
        #expect(green.lowerBound < red.lowerBound, "groups in the policy's order")
        #expect(Self.rows(page) == ["kidlington-community-carers", "sor-brook-homecare"])
        #expect(!page.contains("By service type in"), "only a locality's own list links to its lists by service type")
        // Linked from the home page's browse section, with the count, and from the locality's own page.
        let home = try Self.read(site, "index.html")
        #expect(
            home.contains("<li><a href=\"/localities/cherwell/services/home-care/\">Home care</a> <span class=\"qi-count\">(2)</span></li>")
        )
        #expect(home.contains("Browse by service type in each locality"))
        let locality = try Self.read(site, "localities/cherwell/index.html")
        #expect(locality.contains("By service type in Cherwell"))
        #expect(locality.contains("href=\"/localities/cherwell/services/home-care/\""))
    }

    @Test func aProviderIsListedInTheLocalitiesItCoversAndNotInOthers() throws {
        let site = try Self.buildContent()
        // Kidlington Community Carers is in Cherwell and covers Oxford and West Oxfordshire.
        for path in ["localities/oxford/", "localities/oxford/services/home-care/", "localities/west-oxfordshire/services/home-care/"] {
            #expect(Self.rows(try Self.read(site, path + "index.html")).contains("kidlington-community-carers"), "\(path)")
        }
        for path in ["localities/south-oxfordshire/", "localities/vale-of-white-horse/services/home-care/"] {
            #expect(!Self.rows(try Self.read(site, path + "index.html")).contains("kidlington-community-carers"), "\(path)")
        }
        // Sor Brook Homecare, of Cherwell with no covers:, is only in Cherwell.
        #expect(!Self.rows(try Self.read(site, "localities/oxford/services/home-care/index.html")).contains("sor-brook-homecare"))
        let provider = try Self.read(site, "providers/kidlington-community-carers/index.html")
        #expect(provider.contains("Cherwell; also covers Oxford and West Oxfordshire"))
    }

    @Test func aPaginatedGroupedListKeepsTheLightOrderAcrossPagesAndSaysWhenAGroupContinues() throws {
        let site = try Self.buildContent(["--page-size", "3"])
        let order = ["Green", "Amber", "Red", "Not yet rated"]
        // Oxford: 7 providers (with the one covering it) over 3 pages.
        var lights: [String] = []
        var headings: [String] = []
        for path in ["localities/oxford/index.html", "localities/oxford/page/2/index.html", "localities/oxford/page/3/index.html"] {
            let page = try Self.read(site, path)
            lights += page.components(separatedBy: "<strong class=\"qi-light ").dropFirst().compactMap {
                $0.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first.map(String.init)
            }
            headings += page.components(separatedBy: "qi-light-group__heading\" id=\"").dropFirst().compactMap {
                $0.split(separator: ">", maxSplits: 1).last?.split(separator: "<").first.map(String.init)
            }
        }
        #expect(lights.count == 7, "\(lights)")
        let ranks = lights.compactMap { order.firstIndex(of: $0) }
        #expect(ranks == ranks.sorted(), "\(lights)")
        #expect(headings.contains { $0.hasSuffix("(continued)") }, "\(headings)")
        #expect(!(headings.first ?? "").hasSuffix("(continued)"))
    }

    @Test func aListOfOneLightIsOneTableByName() throws {
        let site = try Self.buildContent()
        let page = try Self.read(site, "lights/green/index.html")
        #expect(!page.contains("qi-light-group__heading"))
        #expect(page.contains("16 providers, as of 23 November 2026."))
    }

    @Test func theSearchIndexWritesIdsMadeFromNamesAsNumbersAndTheRestAsText() throws {
        let site = try Self.buildContent()
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent("search-index.json")))
        let object = try #require(index as? [String: Any])
        #expect(object["version"] as? Int == 3)
        let fields = try #require(object["fields"] as? [String])
        #expect(fields.first == "id" && fields.contains("address") && fields.last == "covers")
        let providers = try #require(object["providers"] as? [[Any]])
        #expect(providers.count == 30)
        // "Kidlington Community Carers" → kidlington-community-carers: written as 0; its covers as locality positions.
        let kidlington = try #require(providers.first { $0[1] as? String == "Kidlington Community Carers" })
        #expect(kidlington[0] as? Int == 0)
        #expect(kidlington.last as? [Int] == [1, 4])
        #expect(kidlington[3] as? String == "Unit 2, 8 Oxford Road, Kidlington")
        // An id not made from the name is written as it is.
        let kinecroft = try #require(providers.first { $0[1] as? String == "Kinecroft Court Extra Care" })
        #expect(kinecroft[0] as? String == "kinecroft-court")
    }
}
