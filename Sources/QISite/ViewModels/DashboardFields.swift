// The dashboard's view models as templates read them: compiled templates by position (`TemplateObject`), swift-mustache
// by name (`MustacheParent`); `TemplateKeysTests` checks the two agree.

import Mustache

extension DashboardPage: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("site", .object(SiteChrome.self)),
            TemplateKey("countAsOf", .object(DatedText.self)),
            TemplateKey("downloads", .list(.object(DownloadLink.self))),
            TemplateKey("byLight", .list(.object(CountRow.self))),
            TemplateKey("byService", .list(.object(CountRow.self))),
            TemplateKey("byLocality", .list(.object(CountRow.self))),
            TemplateKey("sections", .list(.object(DashboardSection.self))),
            TemplateKey("officers", .list(.object(OfficerWork.self))),
            TemplateKey("hasWork", .bool),
            TemplateKey("workSummary", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(site)
        case 1: TemplateValue(countAsOf)
        case 2: TemplateValue(downloads)
        case 3: TemplateValue(byLight)
        case 4: TemplateValue(byService)
        case 5: TemplateValue(byLocality)
        case 6: TemplateValue(sections)
        case 7: TemplateValue(officers)
        case 8: TemplateValue(hasWork)
        case 9: TemplateValue(workSummary)
        default: .null
        }
    }
}

extension DashboardPage: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "site": site
        case "countAsOf": countAsOf
        case "downloads": downloads
        case "byLight": byLight
        case "byService": byService
        case "byLocality": byLocality
        case "sections": sections
        case "officers": officers
        case "hasWork": hasWork
        case "workSummary": workSummary
        default: nil
        }
    }
}

extension DownloadLink: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("href", .text),
            TemplateKey("label", .text),
            TemplateKey("detail", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(href)
        case 1: TemplateValue(label)
        case 2: TemplateValue(detail)
        default: .null
        }
    }
}

extension DownloadLink: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "href": href
        case "label": label
        case "detail": detail
        default: nil
        }
    }
}

extension DashboardSection: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("id", .text),
            TemplateKey("heading", .text),
            TemplateKey("intro", .text),
            TemplateKey("chartSVG", .text),
            TemplateKey("hasChart", .bool),
            TemplateKey("tables", .list(.object(DataTable.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(id)
        case 1: TemplateValue(heading)
        case 2: TemplateValue(intro)
        case 3: TemplateValue(chartSVG)
        case 4: TemplateValue(hasChart)
        case 5: TemplateValue(tables)
        default: .null
        }
    }
}

extension DashboardSection: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "id": id
        case "heading": heading
        case "intro": intro
        case "chartSVG": chartSVG
        case "hasChart": hasChart
        case "tables": tables
        default: nil
        }
    }
}

extension DataTable: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("heading", .text),
            TemplateKey("label", .text),
            TemplateKey("caption", .text),
            TemplateKey("columns", .list(.object(DataColumn.self))),
            TemplateKey("rows", .list(.object(DataRow.self))),
            TemplateKey("hasRows", .bool),
            TemplateKey("emptyText", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(heading)
        case 1: TemplateValue(label)
        case 2: TemplateValue(caption)
        case 3: TemplateValue(columns)
        case 4: TemplateValue(rows)
        case 5: TemplateValue(hasRows)
        case 6: TemplateValue(emptyText)
        default: .null
        }
    }
}

extension DataTable: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "heading": heading
        case "label": label
        case "caption": caption
        case "columns": columns
        case "rows": rows
        case "hasRows": hasRows
        case "emptyText": emptyText
        default: nil
        }
    }
}

extension DataColumn: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("label", .text),
            TemplateKey("isNumeric", .bool),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(label)
        case 1: TemplateValue(isNumeric)
        default: .null
        }
    }
}

extension DataColumn: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "label": label
        case "isNumeric": isNumeric
        default: nil
        }
    }
}

extension DataRow: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("header", .object(DataCell.self)),
            TemplateKey("cells", .list(.object(DataCell.self))),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(header)
        case 1: TemplateValue(cells)
        default: .null
        }
    }
}

extension DataRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "header": header
        case "cells": cells
        default: nil
        }
    }
}

extension DataCell: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("text", .text),
            TemplateKey("href", .optional(.text)),
            TemplateKey("light", .optional(.object(LightTag.self))),
            TemplateKey("dateISO", .optional(.text)),
            TemplateKey("isNumeric", .bool),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(text)
        case 1: TemplateValue(href)
        case 2: TemplateValue(light)
        case 3: TemplateValue(dateISO)
        case 4: TemplateValue(isNumeric)
        default: .null
        }
    }
}

extension DataCell: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "text": text
        case "href": href
        case "light": light
        case "dateISO": dateISO
        case "isNumeric": isNumeric
        default: nil
        }
    }
}
