import QIDomain

/// `search-index.json`: what the home page's live search filters, in the shape `qid.js` reads (documented in the
/// README).
///
/// Public fields only, in both editions.
///
/// Version 2 is built for 25,000 providers: each provider is one array in the order of `fields`, and its light,
/// service types, locality and service areas are positions in the `lights`, `services`, `localities` and `areas`
/// tables rather than repeated words; links and dates in words are made by the script. A value not in its table
/// is written as its text.
struct SearchIndex {
    let renderer: SiteRenderer

    static let fields = [
        "id", "name", "organisation", "postcode", "light", "services", "locality", "areas", "latestRating", "status", "review",
    ]

    func json(rows: [ProviderRow]) -> String {
        let policy = renderer.policy
        let lightLevels = policy.lights + [policy.notYetRated]
        let lights = lightLevels.map {
            "{\"key\":\(quote($0.key)),\"word\":\(quote($0.word)),\"label\":\(quote($0.label)),\"cssClass\":\(quote($0.cssClass))}"
        }
        let localities = renderer.content.settings.localities.map(\.value).map { Term($0, $0) }
        let lightIndex = Self.positions(lightLevels.map(\.key))
        let serviceIndex = Self.positions(policy.serviceTypes.map(\.key))
        let localityIndex = Self.positions(localities.map(\.key))
        let areaIndex = Self.positions(policy.serviceAreas.map(\.key))
        let byID = Dictionary(renderer.content.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var providers: [String] = []
        providers.reserveCapacity(rows.count)
        for row in rows {
            guard let provider = byID[row.id] else { continue }
            let values = [
                quote(row.id), quote(row.name), quote(row.organisation), quote(row.postcode),
                position(row.light.key, in: lightIndex), list(provider.services.map(\.value), in: serviceIndex),
                position(row.locality, in: localityIndex), list(provider.serviceAreas.map(\.value), in: areaIndex),
                quote(row.latestRatingISO), quote(row.status ?? ""), quote(Self.review(renderer.state(of: provider)?.review)),
            ]
            providers.append("[" + values.joined(separator: ",") + "]")
        }
        return "{\"version\":2,\n\"providerHref\":\(quote(renderer.options.baseURL + "providers/")),\n"
            + "\"fields\":[\(Self.fields.map(quote).joined(separator: ","))],\n"
            + "\"lights\":[\(lights.joined(separator: ","))],\n"
            + "\"notices\":{\"reviewOverdue\":\(quote(policy.notices.reviewOverdue)),\"neverReviewed\":\(quote(policy.notices.neverReviewed))},\n"
            + "\"services\":\(terms(policy.serviceTypes)),\n\"localities\":\(terms(localities)),\n\"areas\":\(terms(policy.serviceAreas)),\n"
            + "\"providers\":[\n\(providers.joined(separator: ",\n"))\n]}\n"
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
