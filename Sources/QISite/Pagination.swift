import QIDomain

/// Splits a long list of providers into pages, so no page grows with the directory: page 1 at the list's own address
/// (`lights/red/`), page N at `lights/red/page/N/`.
///
/// The links follow GOV.UK's pagination pattern: Previous and Next, the first and last page, the current page and its
/// neighbours, and gaps as ellipses.
struct Paginator: Sendable {
    /// Providers per page (at least 1).
    let pageSize: Int

    init(pageSize: Int) {
        self.pageSize = max(1, pageSize)
    }

    func pageCount(of total: Int) -> Int {
        total <= 0 ? 1 : (total - 1) / pageSize + 1
    }

    /// The rows of page `number` (1-based).
    func rows<Row>(_ rows: [Row], page number: Int) -> ArraySlice<Row> {
        let start = min(rows.count, (number - 1) * pageSize)
        return rows[start..<min(rows.count, start + pageSize)]
    }

    /// The output path of page `number` of the list at `folder` ("" for the home page, "lights/red/" otherwise).
    static func path(folder: String, page number: Int) -> String {
        number == 1 ? folder + "index.html" : folder + "page/\(number)/index.html"
    }

    /// The pagination block of page `number` of a list of `total` providers served at `listHref`.
    func pagination(total: Int, page number: Int, listHref: String) -> Pagination {
        let count = pageCount(of: total)
        func href(_ page: Int) -> String { page == 1 ? listHref : listHref + "page/\(page)/" }
        var shown = Set([1, count, number - 1, number, number + 1].filter { (1...count).contains($0) })
        // A gap of one page shows that page: an ellipsis standing for a single number helps nobody.
        for page in shown.sorted() where shown.contains(page + 2) && !shown.contains(page + 1) {
            shown.insert(page + 1)
        }
        var links: [PageLink] = []
        var previous = 0
        for page in shown.sorted() {
            if page > previous + 1 {
                links.append(PageLink(number: 0, href: "", current: "", isGap: true))
            }
            links.append(PageLink(number: page, href: href(page), current: page == number ? "page" : "", isGap: false))
            previous = page
        }
        return Pagination(
            pageNumber: number, pageCount: count, previousHref: number > 1 ? href(number - 1) : nil,
            nextHref: number < count ? href(number + 1) : nil, pages: links,
            firstRow: Grammar.number(total == 0 ? 0 : (number - 1) * pageSize + 1), lastRow: Grammar.number(min(total, number * pageSize)),
            isPaginated: count > 1, isFirstPage: number == 1)
    }
}

/// The pagination of one page of a list, for the `pagination` template.
struct Pagination: Sendable {
    var pageNumber: Int
    var pageCount: Int
    var previousHref: String?
    var nextHref: String?
    /// The numbered links, with gaps.
    var pages: [PageLink]
    /// The 1-based positions of this page's first and last provider in the whole list.
    var firstRow: String
    var lastRow: String
    /// More than one page: the navigation is shown.
    var isPaginated: Bool
    var isFirstPage: Bool
}

struct PageLink: Sendable {
    var number: Int
    var href: String
    /// `page` on the current page (aria-current), empty otherwise.
    var current: String
    /// An ellipsis standing for the pages left out.
    var isGap: Bool
}
