import Foundation
import Mustache
import Testing

@testable import QISite

/// Templates read view models through `MustacheParent` (one switch per type, not `Mirror`): every stored
/// property must answer under its own name with its own value, or a template would silently render it as nothing
/// or as another field; and every name a default template uses must be answered by a view model.
@Suite struct TemplateKeysTests {
    static let tag = LightTag(
        key: "red", word: "Red", label: "Red: Not Assured", labelIfDifferent: "Level 3: Not Assured", cssClass: "qi-light--red",
        html: "<strong>Red</strong>")
    static let chrome = SiteChrome(
        title: "Site title", organisation: "Council", base: "/base/", isInternal: true, editionBanner: "Banner",
        asOf: "1 June 2026", asOfISO: "2026-06-01", contact: "qi@example.org", contactHref: "mailto:qi@example.org",
        nav: [NavLink(href: "/", label: "Providers", current: "page")], pageTitle: "Page title", lightsTitle: "Traffic light",
        lightsNoun: "traffic light", standardsTitle: "Standards", standardTitle: "Standard", team: "the team",
        contactLead: "Contact the team:", documentTitle: "Internal: Page title – Site title", assetsVersion: "v1")
    static let row = ProviderRow(
        id: "acorn-house", href: "/providers/acorn-house/", name: "Acorn House", organisation: "Acorn Ltd", light: tag,
        services: "Care home", locality: "Oxford", areas: "Age Well", latestRating: "14 March 2026", latestRatingISO: "2026-03-14",
        cqcRating: "Good", postcode: "OX1 1AA", status: "Closed", notice: "Review overdue", html: "<tr></tr>", lightsTitle: "Traffic light")
    static let action = ActionRow(
        id: "A1", standard: "Safeguarding", text: "Train staff", owner: "Provider", due: "1 May 2026", dueISO: "2026-05-01",
        isOverdue: true, dueText: "Overdue: was due 1 May 2026", status: "Open")
    static let rating = RatingSummary(
        date: "14 March 2026", dateISO: "2026-03-14", basis: "On-site review", overall: tag, pending: "Not in effect: awaits approval",
        outcome: "Good", summaryHTML: "<p>S</p>",
        internalHTML: "<p>N</p>", officer: "Amira Khan", approvals: ["Approved by Sam Patel"])
    static let work = WorkItem(
        providerName: "Acorn House", href: "/providers/acorn-house/", kind: "Action overdue", due: "1 May 2026", isOverdue: true,
        description: "Action A1", rule: "QI-C6")
    static let internalConcern = InternalConcernDetails(
        risk: "High", triggers: "Staffing", sources: "Family", chair: "Chair Name", lead: "Lead Name", summaryHTML: "<p>S</p>",
        internalHTML: "<p>N</p>", actions: [action], actionsLabel: "Actions of the concern process: Nights",
        actionsCaption: "Actions of the concern process “Nights”")
    static let concern = ConcernRow(
        title: "Nights", process: "Standards of Care", raised: "2 March 2026", meetings: "9 March 2026", status: "Open",
        closed: "1 April 2026", internalDetails: internalConcern)
    static let contact = ContactBlock(
        address: "1 High Street", postcode: "OX1 1AA", phone: "01865 000000", email: "a@example.org", emailHref: "mailto:a@example.org",
        website: "example.org", websiteHref: "https://example.org")
    static let registration = RegistrationLink(label: "CQC location", id: "1-123", href: "https://www.cqc.org.uk/location/1-123")
    static let providerDetails = InternalProviderDetails(
        officer: "Amira Khan", officerEmail: "amira@example.org", notesHTML: "<p>N</p>", contract: "Gold tier", dueItems: [work])
    static let pagination = Pagination(
        pageNumber: 2, pageCount: 3, previousHref: "/page/1/", nextHref: "/page/3/",
        pages: [PageLink(number: 1, href: "/", current: "", isGap: false)], firstRow: "201", lastRow: "400", isPaginated: true,
        isFirstPage: false)
    static let download = DownloadLink(href: "/providers.csv", label: "Providers as CSV", detail: "30 providers, one a row")
    static let dataCell = DataCell("14 March 2026", href: "/providers/acorn-house/", light: tag, dateISO: "2026-03-14", isNumeric: true)
    static let dataRow = DataRow(header: DataCell("Acorn House", href: "/providers/acorn-house/"), cells: [dataCell])
    static let dataTable = DataTable(
        heading: "In the last 30 days", label: "Changes in the last 30 days", caption: "Changes, newest first",
        columns: [DataColumn(label: "Provider", isNumeric: false)], rows: [dataRow], hasRows: true, emptyText: "No change.")
    static let section = DashboardSection(
        id: "qi-trend", heading: "Traffic light at each month end", intro: "How many …", chartSVG: "<svg></svg>", hasChart: true,
        tables: [dataTable])
    static let dated = DatedText(before: "30 providers, as of ", date: "1 June 2026", dateISO: "2026-06-01", after: ".")

    static let cqcQuestion = CQCQuestionRow(title: "Safe", rating: "Inadequate", date: "12 March 2026", inherited: "Inherited")
    static let cqcPanel = CQCPanel(
        overall: "Good", overallDate: "Report of 9 June 2022", overallInherited: "Inherited from a previous registration.",
        questions: [cqcQuestion], hasQuestions: true, registrationNotice: "Dormant", href: "https://www.cqc.org.uk/location/1-101641521",
        licence: "Contains CQC data")

    /// A provider page whose five `has…` flags are set as given (three of them tell every two flags apart).
    static func providerPage(_ flags: [Bool]) -> ProviderPage {
        ProviderPage(
            site: chrome, id: "acorn-house", name: "Acorn House", organisation: "Acorn Ltd", light: tag, explanation: "Red because …",
            since: "Red since 3 March 2026", guidance: "Do not place", reviewNotice: "Review overdue", pendingLift: "A lift awaits",
            statusNotice: "Suspended", services: "Care home", areas: "Age Well", locality: "Oxford", latestRating: rating,
            standardsCaption: dated, standards: [StandardRow(number: 1, title: "Safe", critical: true, light: tag, note: "Note")],
            hasStandards: flags[0], actions: [action], hasActions: flags[1], ratings: [rating, rating], hasRatings: flags[2],
            concerns: [concern], hasConcerns: flags[3], contact: contact, registration: [registration], hasRegistration: flags[4],
            cqc: cqcPanel, internalDetails: providerDetails)
    }

    /// Instances of each view model, every optional set, each property's value different from its siblings' in at
    /// least one instance of its type (`theSamplesTellEveryPropertyApart` checks that).
    static let samples: [any MustacheParent & Sendable] = [
        chrome, NavLink(href: "/", label: "Providers", current: "page"), tag, row, dated,
        FilterLink(href: "/lights/red/", label: "Red", count: "3"),
        FilterGroup(id: "light", heading: "Browse by traffic light", links: [FilterLink(href: "/lights/red/", label: "Red", count: "3")]),
        HomePage(
            site: chrome, rows: [row], count: "1", intro: "The quality of …", countAsOf: dated, browseLink: "browse by traffic light",
            summary: "Showing all 1 provider.", filterGroups: [FilterGroup(id: "area", heading: "Browse by service area", links: [])],
            searchIndexHref: "/search-index.json", pagination: pagination,
            localityServices: [FilterGroup(id: "cherwell", heading: "Cherwell", links: [])], downloads: [download]),
        ListPage(
            site: chrome, heading: "Providers rated Red", description: "1 provider, as of 1 June 2026.", rows: [row], count: "1",
            summary: "Showing providers 1 to 1 of 1.", emptyText: "No providers are listed here as of 1 June 2026.", hasRows: true,
            pagination: pagination, lightGroups: [LightGroup(id: "light-red", heading: "Red: 1 provider", light: tag, rows: [row])],
            subLists: [FilterGroup(id: "oxford", heading: "By service type in Oxford", links: [])]),
        LightGroup(id: "light-red", heading: "Red: 1 provider", light: tag, rows: [row]),
        FreePage(site: chrome, bodyHTML: "<p>About</p>"), NotFoundPage(site: chrome, contactLead: "If you still cannot find it, contact"),
        DashboardPage(
            site: chrome, countAsOf: dated, downloads: [download],
            byLight: [CountRow(label: "Red", href: "/lights/red/", count: "1", light: tag)],
            byService: [CountRow(label: "Care home", href: "/services/care-home/", count: "2", light: nil)],
            byLocality: [CountRow(label: "Oxford", href: "/localities/oxford/", count: "3", light: nil)], sections: [section],
            officers: [OfficerWork(name: "Amira Khan", items: [], count: "0 items", tableLabel: "Work for", caption: "Work")],
            hasWork: true, workSummary: "1 item: 1 overdue or needed now, 0 falling due within 30 days, by officer."),
        download, section, dataTable, DataColumn(label: "Providers", isNumeric: true), DataColumn(label: "Provider", isNumeric: false),
        dataRow, dataCell,
        CountRow(label: "Red", href: "/lights/red/", count: "1", light: tag),
        OfficerWork(
            name: "Amira Khan", items: [work], count: "1 item", tableLabel: "Work for Amira Khan",
            caption: "Work overdue or falling due for Amira Khan"),
        work,
        providerPage([true, false, true, false, true]), providerPage([false, true, true, false, false]),
        providerPage([false, false, false, true, true]),
        StandardRow(number: 1, title: "Safe", critical: false, light: tag, note: "Note"), action, rating, concern, internalConcern,
        contact, registration, providerDetails, pagination, cqcPanel, cqcQuestion,
        PageLink(number: 1, href: "/", current: "page", isGap: false),
    ]

    /// A value as a template would see it: an optional's value, or "nil".
    static func shown(_ value: Any?) -> String {
        guard let value else { return "nil" }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            return mirror.children.first.map { shown($0.value) } ?? "nil"
        }
        return String(describing: value)
    }

    @Test(arguments: samples.indices)
    func everyKeyAnswersWithThePropertyOfTheSameName(_ index: Int) {
        let sample = Self.samples[index]
        let children = Mirror(reflecting: sample).children.compactMap { child in child.label.map { ($0, child.value) } }
        #expect(!children.isEmpty)
        for (label, value) in children {
            let answer = sample.child(named: label)
            #expect(answer != nil, "\(type(of: sample)).\(label) is not reachable from a template")
            #expect(
                Self.shown(answer) == Self.shown(value),
                "\(type(of: sample)): the key '\(label)' answers \(Self.shown(answer)), not the property's \(Self.shown(value))")
        }
        #expect(sample.child(named: "noSuchKey") == nil)
    }

    /// Two properties with the same value could be swapped in `child(named:)` unnoticed: for every two properties of
    /// a type, some sample of that type must hold different values.
    @Test func theSamplesTellEveryPropertyApart() {
        var byType: [String: [any MustacheParent & Sendable]] = [:]
        for sample in Self.samples { byType[String(describing: type(of: sample)), default: []].append(sample) }
        for (name, samples) in byType.sorted(by: { $0.key < $1.key }) {
            let values = samples.map { sample in
                Mirror(reflecting: sample).children.compactMap { child in child.label.map { ($0, Self.shown(child.value)) } }
            }
            let labels = values[0].map(\.0)
            for first in labels.indices {
                for second in labels.indices where second > first {
                    let apart = values.contains { $0[first].1 != $0[second].1 }
                    #expect(apart, "\(name).\(labels[first]) and .\(labels[second]) hold the same value in every sample")
                }
            }
        }
    }

    @Test func aNilOptionalReadsAsNothingSoSectionsStayClosed() {
        var row = Self.row
        row.status = nil
        #expect(row.child(named: "status") == nil)
        #expect(row.child(named: "name") as? String == "Acorn House")
    }

    // MARK: The default theme's keys

    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/QISite/DefaultTheme/templates")

    /// Every name the default templates look up, with the template it is in: `{{a.b}}` gives `a` and `b`,
    /// `{{#empty(rows)}}` gives `rows`; partials, blocks, comments, closing tags and `{{.}}` are not names.
    static func templateKeys() throws -> [(template: String, key: String)] {
        let files = try FileManager.default.contentsOfDirectory(atPath: templatesFolder.path).filter { $0.hasSuffix(".mustache") }.sorted()
        let tag = /\{\{\{?\s*([#^&]?)\s*([^{}!<>$\/=][^{}]*?)\s*\}?\}\}/
        var keys: [(String, String)] = []
        for file in files {
            let text = try String(contentsOf: templatesFolder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: tag) {
                var name = String(match.output.2)
                // A transform such as `empty(rows)` or `lowercased(title)` looks up its argument.
                if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
                    name = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
                }
                guard name != "." else { continue }
                for component in name.split(separator: ".") { keys.append((file, String(component))) }
            }
        }
        return keys
    }

    @Test func everyKeyTheDefaultTemplatesUseIsAnsweredByAViewModel() throws {
        let keys = try Self.templateKeys()
        #expect(keys.count > 100, "only \(keys.count) keys found in \(Self.templatesFolder.path)")
        #expect(keys.contains { $0.key == "pageTitle" } && keys.contains { $0.key == "rows" })
        for (template, key) in keys {
            let answered = Self.samples.contains { $0.child(named: key) != nil }
            #expect(answered, "\(template) uses {{\(key)}}, which no view model answers")
        }
    }
}
