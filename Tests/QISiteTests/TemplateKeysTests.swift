import Mustache
import Testing

@testable import QISite

/// Templates read view models through `MustacheParent` (one switch per type, not `Mirror`): every stored
/// property must answer under its own name, or a template would silently render it as nothing.
@Suite struct TemplateKeysTests {
    static let tag = LightTag(key: "red", word: "Red", label: "Red: Not Assured", labelIfDifferent: "Red: Not Assured", cssClass: "qi-light--red", html: "<strong>Red</strong>")
    static let chrome = SiteChrome(
        title: "t", organisation: "o", base: "/", isInternal: true, editionBanner: "b", asOf: "1 June 2026",
        asOfISO: "2026-06-01", contact: "c", contactHref: "mailto:c", nav: [NavLink(href: "/", label: "l", current: "page")],
        pageTitle: "p", lightsTitle: "Traffic light", lightsNoun: "traffic light", standardsTitle: "Standards",
        standardTitle: "Standard", team: "the team", assetsVersion: "v")
    static let row = ProviderRow(
        id: "a", href: "/providers/a/", name: "A", organisation: "O", light: tag, services: "s", locality: "l",
        areas: "a", latestRating: "r", latestRatingISO: "2026-01-01", postcode: "OX1", status: "Closed", notice: "Review overdue")
    static let action = ActionRow(id: "A1", standard: "s", text: "t", owner: "o", due: "d", dueISO: "i", isOverdue: true, dueText: "x", status: "open")
    static let rating = RatingSummary(
        date: "d", dateISO: "i", basis: "b", overall: tag, pending: "p", outcome: "o", summaryHTML: "s", internalHTML: "n", officer: "f", approvals: ["a"])
    static let work = WorkItem(providerName: "p", href: "h", kind: "k", due: "d", isOverdue: true, description: "x", rule: "QI-C6")
    static let concern = ConcernRow(
        title: "t", process: "p", raised: "r", meetings: "m", status: "s", closed: "c",
        internalDetails: InternalConcernDetails(
            risk: "r", triggers: "t", sources: "s", chair: "c", lead: "l", summaryHTML: "h", internalHTML: "i", actions: [action]))

    /// One instance of each view model, every optional set.
    static let samples: [any MustacheParent & Sendable] = [
        chrome, NavLink(href: "/", label: "l", current: ""), tag, row, FilterLink(href: "h", label: "l", count: "1"),
        FilterGroup(id: "g", title: "t", links: []),
        HomePage(site: chrome, rows: [row], count: "1", providersText: "1 provider", summary: "Showing all 1 provider.", filterGroups: [], searchIndexHref: "s", pagination: pagination),
        ListPage(site: chrome, heading: "h", description: "d", rows: [row], count: "1", summary: "s", hasRows: true, pagination: pagination),
        FreePage(site: chrome, bodyHTML: "b"), NotFoundPage(site: chrome),
        DashboardPage(site: chrome, total: "1 provider", byLight: [], byService: [], byLocality: [], officers: [], hasWork: true, workCount: "1 item"),
        CountRow(label: "l", href: "h", count: "1", light: tag), OfficerWork(name: "n", items: [work], count: "1 item"), work,
        ProviderPage(
            site: chrome, id: "a", name: "A", organisation: "O", light: tag, explanation: "e", since: "s", guidance: "g",
            reviewNotice: "r", pendingLift: "p", statusNotice: "n", services: "s", areas: "a", locality: "l", latestRating: rating,
            standards: [StandardRow(number: 1, title: "t", critical: true, light: tag, note: "n")], hasStandards: true,
            actions: [action], hasActions: true, ratings: [rating], hasRatings: true, concerns: [concern], hasConcerns: true,
            contact: ContactBlock(address: "a", postcode: "p", phone: "t", email: "e", emailHref: "m", website: "w", websiteHref: "h"),
            registration: [RegistrationLink(label: "l", id: "i", href: "h")], hasRegistration: true,
            internalDetails: InternalProviderDetails(officer: "o", officerEmail: "e", notesHTML: "n", contract: "c", dueItems: [work])),
        StandardRow(number: 1, title: "t", critical: false, light: tag, note: "n"), action, rating, concern,
        concern.internalDetails!, ContactBlock(address: "a", postcode: "p", phone: "t", email: "e", emailHref: "m", website: "w", websiteHref: "h"),
        RegistrationLink(label: "l", id: "i", href: "h"),
        InternalProviderDetails(officer: "o", officerEmail: "e", notesHTML: "n", contract: "c", dueItems: []),
        pagination, PageLink(number: 1, href: "h", current: "page", isGap: false),
    ]

    static let pagination = Pagination(
        pageNumber: 2, pageCount: 3, previousHref: "p", nextHref: "n", pages: [PageLink(number: 1, href: "h", current: "", isGap: false)],
        firstRow: "1", lastRow: "2", isPaginated: true, isFirstPage: false)

    @Test(arguments: samples.indices)
    func everyStoredPropertyAnswersUnderItsName(_ index: Int) {
        let sample = Self.samples[index]
        let labels = Mirror(reflecting: sample).children.compactMap(\.label)
        #expect(!labels.isEmpty)
        for label in labels {
            #expect(sample.child(named: label) != nil, "\(type(of: sample)).\(label) is not reachable from a template")
        }
        #expect(sample.child(named: "noSuchKey") == nil)
    }

    @Test func aNilOptionalReadsAsNothingSoSectionsStayClosed() {
        var row = Self.row
        row.status = nil
        #expect(row.child(named: "status") == nil)
        #expect(row.child(named: "name") as? String == "A")
    }
}
