// How compiled templates read the view models (see Templates/TemplateValue.swift): each type's keys in order,
// with the shape of each value, and the value at each position. The same keys as the `MustacheParent` switches
// in TemplateKeys.swift, which swift-mustache (the reference engine) reads; `TemplateKeysTests` checks they agree.

extension SiteChrome: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("title", .text),
            TemplateKey("organisation", .text),
            TemplateKey("base", .text),
            TemplateKey("isInternal", .bool),
            TemplateKey("editionBanner", .text),
            TemplateKey("asOf", .text),
            TemplateKey("asOfISO", .text),
            TemplateKey("contact", .optional(.text)),
            TemplateKey("contactHref", .optional(.text)),
            TemplateKey("nav", .list(.object(NavLink.self))),
            TemplateKey("pageTitle", .text),
            TemplateKey("lightsTitle", .text),
            TemplateKey("lightsNoun", .text),
            TemplateKey("standardsTitle", .text),
            TemplateKey("standardTitle", .text),
            TemplateKey("team", .text),
            TemplateKey("contactLead", .text),
            TemplateKey("documentTitle", .text),
            TemplateKey("assetsVersion", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(title)
        case 1: TemplateValue(organisation)
        case 2: TemplateValue(base)
        case 3: TemplateValue(isInternal)
        case 4: TemplateValue(editionBanner)
        case 5: TemplateValue(asOf)
        case 6: TemplateValue(asOfISO)
        case 7: TemplateValue(contact)
        case 8: TemplateValue(contactHref)
        case 9: TemplateValue(nav)
        case 10: TemplateValue(pageTitle)
        case 11: TemplateValue(lightsTitle)
        case 12: TemplateValue(lightsNoun)
        case 13: TemplateValue(standardsTitle)
        case 14: TemplateValue(standardTitle)
        case 15: TemplateValue(team)
        case 16: TemplateValue(contactLead)
        case 17: TemplateValue(documentTitle)
        case 18: TemplateValue(assetsVersion)
        default: .null
        }
    }
}

extension NavLink: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("href", .text),
            TemplateKey("label", .text),
            TemplateKey("current", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(href)
        case 1: TemplateValue(label)
        case 2: TemplateValue(current)
        default: .null
        }
    }
}

extension DatedText: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("before", .text),
            TemplateKey("date", .text),
            TemplateKey("dateISO", .text),
            TemplateKey("after", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(before)
        case 1: TemplateValue(date)
        case 2: TemplateValue(dateISO)
        case 3: TemplateValue(after)
        default: .null
        }
    }
}

extension LightTag: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("key", .text),
            TemplateKey("word", .text),
            TemplateKey("label", .text),
            TemplateKey("labelIfDifferent", .optional(.text)),
            TemplateKey("cssClass", .text),
            TemplateKey("html", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(self.key)
        case 1: TemplateValue(word)
        case 2: TemplateValue(label)
        case 3: TemplateValue(labelIfDifferent)
        case 4: TemplateValue(cssClass)
        case 5: TemplateValue(html)
        default: .null
        }
    }
}

extension ProviderRow: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("id", .text),
            TemplateKey("href", .text),
            TemplateKey("name", .text),
            TemplateKey("organisation", .text),
            TemplateKey("light", .object(LightTag.self)),
            TemplateKey("services", .text),
            TemplateKey("locality", .text),
            TemplateKey("areas", .text),
            TemplateKey("latestRating", .text),
            TemplateKey("latestRatingISO", .text),
            TemplateKey("cqcRating", .text),
            TemplateKey("postcode", .text),
            TemplateKey("status", .optional(.text)),
            TemplateKey("notice", .optional(.text)),
            TemplateKey("html", .text),
            TemplateKey("lightsTitle", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(id)
        case 1: TemplateValue(href)
        case 2: TemplateValue(name)
        case 3: TemplateValue(organisation)
        case 4: TemplateValue(light)
        case 5: TemplateValue(services)
        case 6: TemplateValue(locality)
        case 7: TemplateValue(areas)
        case 8: TemplateValue(latestRating)
        case 9: TemplateValue(latestRatingISO)
        case 10: TemplateValue(cqcRating)
        case 11: TemplateValue(postcode)
        case 12: TemplateValue(status)
        case 13: TemplateValue(notice)
        case 14: TemplateValue(html)
        case 15: TemplateValue(lightsTitle)
        default: .null
        }
    }
}

extension FilterLink: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("href", .text),
            TemplateKey("label", .text),
            TemplateKey("count", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(href)
        case 1: TemplateValue(label)
        case 2: TemplateValue(count)
        default: .null
        }
    }
}

extension FilterGroup: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("id", .text),
            TemplateKey("heading", .text),
            TemplateKey("links", .list(.object(FilterLink.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(id)
        case 1: TemplateValue(heading)
        case 2: TemplateValue(links)
        default: .null
        }
    }
}

extension Pagination: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("pageNumber", .number),
            TemplateKey("pageCount", .number),
            TemplateKey("previousHref", .optional(.text)),
            TemplateKey("nextHref", .optional(.text)),
            TemplateKey("pages", .list(.object(PageLink.self))),
            TemplateKey("firstRow", .text),
            TemplateKey("lastRow", .text),
            TemplateKey("isPaginated", .bool),
            TemplateKey("isFirstPage", .bool),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(pageNumber)
        case 1: TemplateValue(pageCount)
        case 2: TemplateValue(previousHref)
        case 3: TemplateValue(nextHref)
        case 4: TemplateValue(pages)
        case 5: TemplateValue(firstRow)
        case 6: TemplateValue(lastRow)
        case 7: TemplateValue(isPaginated)
        case 8: TemplateValue(isFirstPage)
        default: .null
        }
    }
}

extension PageLink: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("number", .number),
            TemplateKey("href", .text),
            TemplateKey("current", .text),
            TemplateKey("isGap", .bool),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(number)
        case 1: TemplateValue(href)
        case 2: TemplateValue(current)
        case 3: TemplateValue(isGap)
        default: .null
        }
    }
}
