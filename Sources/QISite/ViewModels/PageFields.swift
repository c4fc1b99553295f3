// How compiled templates read the view models (see Templates/TemplateValue.swift): each page type's keys in order,
// with the shape of each value, and the value at each position. The same keys as the `MustacheParent` switches
// in TemplateKeys.swift, which swift-mustache (the reference engine) reads; `TemplateKeysTests` checks they agree.

extension HomePage: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("site", .object(SiteChrome.self)),
            TemplateKey("rows", .list(.object(ProviderRow.self))),
            TemplateKey("count", .text),
            TemplateKey("intro", .text),
            TemplateKey("countAsOf", .object(DatedText.self)),
            TemplateKey("browseLink", .text),
            TemplateKey("summary", .text),
            TemplateKey("filterGroups", .list(.object(FilterGroup.self))),
            TemplateKey("searchIndexHref", .text),
            TemplateKey("pagination", .object(Pagination.self)),
            TemplateKey("localityServices", .list(.object(FilterGroup.self))),
            TemplateKey("downloads", .list(.object(DownloadLink.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(site)
        case 1: TemplateValue(rows)
        case 2: TemplateValue(count)
        case 3: TemplateValue(intro)
        case 4: TemplateValue(countAsOf)
        case 5: TemplateValue(browseLink)
        case 6: TemplateValue(summary)
        case 7: TemplateValue(filterGroups)
        case 8: TemplateValue(searchIndexHref)
        case 9: TemplateValue(pagination)
        case 10: TemplateValue(localityServices)
        case 11: TemplateValue(downloads)
        default: .null
        }
    }
}

extension ListPage: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("site", .object(SiteChrome.self)),
            TemplateKey("heading", .text),
            TemplateKey("description", .text),
            TemplateKey("rows", .list(.object(ProviderRow.self))),
            TemplateKey("count", .text),
            TemplateKey("summary", .text),
            TemplateKey("emptyText", .text),
            TemplateKey("hasRows", .bool),
            TemplateKey("pagination", .object(Pagination.self)),
            TemplateKey("lightGroups", .list(.object(LightGroup.self))),
            TemplateKey("subLists", .list(.object(FilterGroup.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(site)
        case 1: TemplateValue(heading)
        case 2: TemplateValue(self.description)
        case 3: TemplateValue(rows)
        case 4: TemplateValue(count)
        case 5: TemplateValue(summary)
        case 6: TemplateValue(emptyText)
        case 7: TemplateValue(hasRows)
        case 8: TemplateValue(pagination)
        case 9: TemplateValue(lightGroups)
        case 10: TemplateValue(subLists)
        default: .null
        }
    }
}

extension LightGroup: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("id", .text),
            TemplateKey("heading", .text),
            TemplateKey("light", .object(LightTag.self)),
            TemplateKey("rows", .list(.object(ProviderRow.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(id)
        case 1: TemplateValue(heading)
        case 2: TemplateValue(light)
        case 3: TemplateValue(rows)
        default: .null
        }
    }
}

extension FreePage: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("site", .object(SiteChrome.self)),
            TemplateKey("bodyHTML", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(site)
        case 1: TemplateValue(bodyHTML)
        default: .null
        }
    }
}

extension NotFoundPage: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("site", .object(SiteChrome.self)),
            TemplateKey("contactLead", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(site)
        case 1: TemplateValue(contactLead)
        default: .null
        }
    }
}

extension CountRow: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("label", .text),
            TemplateKey("href", .text),
            TemplateKey("count", .text),
            TemplateKey("light", .optional(.object(LightTag.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(label)
        case 1: TemplateValue(href)
        case 2: TemplateValue(count)
        case 3: TemplateValue(light)
        default: .null
        }
    }
}

extension OfficerWork: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("name", .text),
            TemplateKey("items", .list(.object(WorkItem.self))),
            TemplateKey("count", .text),
            TemplateKey("tableLabel", .text),
            TemplateKey("caption", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(name)
        case 1: TemplateValue(items)
        case 2: TemplateValue(count)
        case 3: TemplateValue(tableLabel)
        case 4: TemplateValue(caption)
        default: .null
        }
    }
}

extension WorkItem: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("providerName", .text),
            TemplateKey("href", .text),
            TemplateKey("kind", .text),
            TemplateKey("due", .text),
            TemplateKey("isOverdue", .bool),
            TemplateKey("description", .text),
            TemplateKey("rule", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(providerName)
        case 1: TemplateValue(href)
        case 2: TemplateValue(kind)
        case 3: TemplateValue(due)
        case 4: TemplateValue(isOverdue)
        case 5: TemplateValue(self.description)
        case 6: TemplateValue(rule)
        default: .null
        }
    }
}
