import QIDomain

/// `search-index.json`: what the home page's live search filters, in the shape `qid.js` reads
/// (documented in the README). Public fields only, in both editions.
struct SearchIndex {
    let builder: SiteBuilder

    func json(rows: [ProviderRow]) -> String {
        let policy = builder.policy
        let lights = (policy.lights + [policy.notYetRated]).map {
            "{\"key\":\(quote($0.key)),\"word\":\(quote($0.word)),\"label\":\(quote($0.label)),\"cssClass\":\(quote($0.cssClass))}"
        }
        let localities = builder.content.settings.localities.map(\.value).map { Term($0, $0) }
        var providers: [String] = []
        let byID = Dictionary(builder.content.providers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for row in rows {
            guard let provider = byID[row.id] else { continue }
            let fields = [
                "\"id\":\(quote(row.id))", "\"href\":\(quote(row.href))", "\"name\":\(quote(row.name))",
                "\"organisation\":\(quote(row.organisation))", "\"postcode\":\(quote(row.postcode))",
                "\"light\":\(quote(row.light.key))", "\"services\":\(list(provider.services.map(\.value)))",
                "\"servicesText\":\(quote(row.services))", "\"locality\":\(quote(row.locality))",
                "\"areas\":\(list(provider.serviceAreas.map(\.value)))", "\"areasText\":\(quote(row.areas))",
                "\"latestRating\":\(quote(row.latestRating))", "\"status\":\(row.status.map(quote) ?? "null")",
            ]
            providers.append("{" + fields.joined(separator: ",") + "}")
        }
        return "{\"version\":1,\n\"lights\":[\(lights.joined(separator: ","))],\n"
            + "\"services\":\(terms(policy.serviceTypes)),\n\"localities\":\(terms(localities)),\n\"areas\":\(terms(policy.serviceAreas)),\n"
            + "\"providers\":[\n\(providers.joined(separator: ",\n"))\n]}\n"
    }

    private func terms(_ terms: [Term]) -> String {
        "[" + terms.map { "{\"key\":\(quote($0.key)),\"title\":\(quote($0.title))}" }.joined(separator: ",") + "]"
    }

    private func list(_ values: [String]) -> String {
        "[" + values.map(quote).joined(separator: ",") + "]"
    }

    /// A JSON string literal; `<` is escaped too so the index is safe even if inlined in HTML.
    func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
