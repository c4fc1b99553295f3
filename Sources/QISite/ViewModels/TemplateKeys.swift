import Mustache

// How templates read the view models. swift-mustache falls back to `Mirror` for a plain struct, which walks
// every stored property (and demangles its type) on every `{{name}}` lookup: callgrind put 72% of a build's
// instructions there. `MustacheParent` answers a key with one switch instead. Each key is a stored property of
// the same name; `TemplateKeysTests` checks that every property is reachable, so a new field cannot be forgotten.
// Optional properties convert to `Any?` as nil or their value, as the Mirror path unwrapped them.

extension SiteChrome: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "organisation": organisation
        case "base": base
        case "isInternal": isInternal
        case "editionBanner": editionBanner
        case "asOf": asOf
        case "asOfISO": asOfISO
        case "contact": contact
        case "contactHref": contactHref
        case "nav": nav
        case "pageTitle": pageTitle
        case "lightsTitle": lightsTitle
        case "lightsNoun": lightsNoun
        case "standardsTitle": standardsTitle
        case "standardTitle": standardTitle
        case "team": team
        case "contactLead": contactLead
        case "documentTitle": documentTitle
        case "assetsVersion": assetsVersion
        default: nil
        }
    }
}

extension NavLink: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "href": href
        case "label": label
        case "current": current
        default: nil
        }
    }
}

extension DatedText: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "before": before
        case "date": date
        case "dateISO": dateISO
        case "after": after
        default: nil
        }
    }
}

extension LightTag: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "key": self.key
        case "word": word
        case "label": label
        case "labelIfDifferent": labelIfDifferent
        case "cssClass": cssClass
        case "html": html
        default: nil
        }
    }
}

extension ProviderRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": id
        case "href": href
        case "name": name
        case "organisation": organisation
        case "light": light
        case "services": services
        case "locality": locality
        case "areas": areas
        case "latestRating": latestRating
        case "latestRatingISO": latestRatingISO
        case "cqcRating": cqcRating
        case "postcode": postcode
        case "status": status
        case "notice": notice
        case "html": html
        case "lightsTitle": lightsTitle
        default: nil
        }
    }
}

extension FilterLink: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "href": href
        case "label": label
        case "count": count
        default: nil
        }
    }
}

extension FilterGroup: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": id
        case "heading": heading
        case "links": links
        default: nil
        }
    }
}

extension HomePage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": site
        case "rows": rows
        case "count": count
        case "intro": intro
        case "countAsOf": countAsOf
        case "browseLink": browseLink
        case "summary": summary
        case "filterGroups": filterGroups
        case "searchIndexHref": searchIndexHref
        case "pagination": pagination
        case "localityServices": localityServices
        case "downloads": downloads
        default: nil
        }
    }
}

extension ListPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": site
        case "heading": heading
        case "description": description
        case "rows": rows
        case "count": count
        case "summary": summary
        case "emptyText": emptyText
        case "hasRows": hasRows
        case "pagination": pagination
        case "lightGroups": lightGroups
        case "subLists": subLists
        default: nil
        }
    }
}

extension LightGroup: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": id
        case "heading": heading
        case "light": light
        case "rows": rows
        default: nil
        }
    }
}

extension FreePage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": site
        case "bodyHTML": bodyHTML
        default: nil
        }
    }
}

extension NotFoundPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": site
        case "contactLead": contactLead
        default: nil
        }
    }
}

extension CountRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "href": href
        case "count": count
        case "light": light
        default: nil
        }
    }
}

extension OfficerWork: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "name": name
        case "items": items
        case "count": count
        case "tableLabel": tableLabel
        case "caption": caption
        default: nil
        }
    }
}

extension WorkItem: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "providerName": providerName
        case "href": href
        case "kind": kind
        case "due": due
        case "isOverdue": isOverdue
        case "description": description
        case "rule": rule
        default: nil
        }
    }
}

extension Pagination: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "pageNumber": pageNumber
        case "pageCount": pageCount
        case "previousHref": previousHref
        case "nextHref": nextHref
        case "pages": pages
        case "firstRow": firstRow
        case "lastRow": lastRow
        case "isPaginated": isPaginated
        case "isFirstPage": isFirstPage
        default: nil
        }
    }
}

extension PageLink: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "number": number
        case "href": href
        case "current": current
        case "isGap": isGap
        default: nil
        }
    }
}
