import QIDomain

/// `search-index.json`: what the home page's find-and-compare filters, searches and sorts, in the shape `qid.js` reads
/// (documented in the README).
///
/// Public fields only, in both editions.
///
/// Version 3 is built for 25,000 providers (under 500 KB gzipped): each provider is one array in the order of
/// `fields`, and its light, service types, locality, service areas, CQC rating and covered localities are positions in
/// the `lights`, `services`, `localities`, `areas` and `cqcRatings` tables rather than repeated words; trailing empty
/// values are left out; links and dates in words are made by the script. A value not in its table is written as its
/// text. Localities are keyed by their slug (`cherwell`), as the filter pages' addresses are.
struct SearchIndex {
    let renderer: SiteRenderer

    static let fields = [
        "id", "name", "organisation", "address", "postcode", "light", "services", "locality", "areas", "latestRating", "status",
        "review", "cqcRating", "covers",
    ]

    /// CQC's ratings, best first: the order "CQC rating, best first" sorts by.
    static let cqcRatings: [CQCRatingValue] = [.outstanding, .good, .requiresImprovement, .inadequate, .insufficientEvidence]

    func json(rows: [ProviderRow]) -> String {
        let policy = renderer.policy
        let lightLevels = policy.lights + [policy.notYetRated]
        let lights = lightLevels.map {
            "{\"key\":\(quote($0.key)),\"word\":\(quote($0.word)),\"label\":\(quote($0.label)),\"cssClass\":\(quote($0.cssClass))}"
        }
        let localities = renderer.content.settings.localities.map(\.value).map { Term(Slug.of($0), $0) }
        let lightIndex = Self.positions(lightLevels.map(\.key))
        let serviceIndex = Self.positions(policy.serviceTypes.map(\.key))
        let localityIndex = Self.positions(localities.map(\.title))
        let areaIndex = Self.positions(policy.serviceAreas.map(\.key))
        let cqcIndex = Self.positions(Self.cqcRatings.map(\.rawValue))
        let cqcTable = Self.cqcRatings.map { "{\"key\":\(quote($0.rawValue)),\"title\":\(quote($0.word))}" }
        let byID = Dictionary(renderer.content.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var providers: [String] = []
        providers.reserveCapacity(rows.count)
        for row in rows {
            guard let provider = byID[row.id] else { continue }
            var values = [
                Self.id(row.id, name: row.name) ?? quote(row.id), quote(row.name), quote(row.organisation), quote(provider.address ?? ""),
                quote(row.postcode),
                position(row.light.key, in: lightIndex), list(provider.services.map(\.value), in: serviceIndex),
                position(row.locality, in: localityIndex), list(provider.serviceAreas.map(\.value), in: areaIndex),
                quote(row.latestRatingISO), quote(row.status ?? ""), quote(Self.review(renderer.state(of: provider)?.review)),
                provider.cqc?.overall.map { position($0.rating.value.rawValue, in: cqcIndex) } ?? "\"\"",
                list(provider.covers.map(\.value), in: localityIndex),
            ]
            while let last = values.last, last == "\"\"" || last == "[]" { values.removeLast() }
            providers.append("[" + values.joined(separator: ",") + "]")
        }
        return "{\"version\":3,\n\"providerHref\":\(quote(renderer.options.baseURL + "providers/")),\n"
            + "\"fields\":[\(Self.fields.map(quote).joined(separator: ","))],\n"
            + "\"lights\":[\(lights.joined(separator: ","))],\n"
            + "\"notices\":{\"reviewOverdue\":\(quote(policy.notices.reviewOverdue)),\"neverReviewed\":\(quote(policy.notices.neverReviewed))},\n"
            + "\"services\":\(terms(policy.serviceTypes)),\n\"localities\":\(terms(localities)),\n\"areas\":\(terms(policy.serviceAreas)),\n"
            + "\"cqcRatings\":[\(cqcTable.joined(separator: ","))],\n"
            + "\"providers\":[\n\(providers.joined(separator: ",\n"))\n]}\n"
    }

    /// The id as a number when the script can make it from the name, as most ids are made (`Slug.of(name)`): `0` for
    /// the name's slug itself, `N` for the slug then `-N` (the second "Acorn Court" is `acorn-court-2`); nil otherwise.
    ///
    /// Only for names in ASCII, whose slug the script makes exactly as `Slug.of` does. Saves a fifth of the index.
    static func id(_ id: String, name: String) -> String? {
        guard name.allSatisfy(\.isASCII) else { return nil }
        let slug = Slug.of(name)
        if id == slug { return "0" }
        guard id.hasPrefix(slug + "-") else { return nil }
        let suffix = id.dropFirst(slug.count + 1)
        guard let number = Int(suffix), number > 0, String(number) == suffix else { return nil }
        return suffix.description
    }

    /// `""` when the review is up to date (or the provider closed), `"never"` when no review is recorded, else
    /// `"LAST/DUE"` (ISO dates) for an overdue review: the script fills the policy's notice with them.
    static func review(_ status: ReviewStatus?) -> String {
        switch status {
        case .overdue(let last, let due)?: return "\(last)/\(due)"
        case .neverReviewed?: return "never"
        case .current?, .notFollowed?, nil: return ""
        }
    }

    private static func positions(_ keys: [String]) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (offset, key) in keys.enumerated() where positions[key] == nil {
            positions[key] = offset
        }
        return positions
    }

    /// The key's position in its table, or the key itself when it is not there ("" for none).
    private func position(_ key: String, in table: [String: Int]) -> String {
        table[key].map(String.init) ?? quote(key)
    }

    private func list(_ keys: [String], in table: [String: Int]) -> String {
        "[" + keys.map { position($0, in: table) }.joined(separator: ",") + "]"
    }

    private func terms(_ terms: [Term]) -> String {
        "[" + terms.map { "{\"key\":\(quote($0.key)),\"title\":\(quote($0.title))}" }.joined(separator: ",") + "]"
    }

    /// A JSON string literal; `<` is escaped too so the index is safe even if inlined in HTML.
    func quote(_ text: String) -> String {
        JSONString.literal(text, escapingLessThan: true)
    }
}
