import Mustache
import QIDomain

/// CQC's view on a provider page, shown beside the council's light (never in its place): the overall rating, the
/// five key questions with their dates, the link to CQC's page and the licence line.
struct CQCPanel: Sendable {
    /// "Good" (CQC's words).
    var overall: String
    /// "Report of 9 June 2022" or nil when CQC has not rated it.
    var overallDate: String?
    /// "Inherited from a previous registration." when so.
    var overallInherited: String?
    var questions: [CQCQuestionRow]
    var hasQuestions: Bool
    /// "CQC shows this location as deregistered on 21 July 2020." or dormant; nil when registered and active.
    var registrationNotice: String?
    /// The location's page on the CQC website.
    var href: String
    /// "Contains CQC data, Open Government Licence v3.0, as of 13 March 2025.".
    var licence: String
}

/// One key question's rating.
struct CQCQuestionRow: Sendable {
    var title: String
    var rating: String
    var date: String
    var inherited: String?
}

extension CQCPanel {
    init(_ record: CQCRecord) {
        let overall = record.overall
        self.overall = overall?.rating.value.word ?? "Not yet rated by CQC"
        self.overallDate = overall?.date.map { "Report of \($0.longDescription)" }
        self.overallInherited = overall?.inherited == true ? Self.inheritedNote : nil
        self.questions = record.keyQuestions.map { question in
            CQCQuestionRow(
                title: question.question.title, rating: question.rating.rating.value.word,
                date: question.rating.date?.longDescription ?? "", inherited: question.rating.inherited ? Self.inheritedNote : nil)
        }
        self.hasQuestions = !questions.isEmpty
        if record.registrationStatus.value == .deregistered {
            let on = record.deregistered.map { " on \($0.longDescription)" } ?? ""
            self.registrationNotice = "CQC shows this location as deregistered\(on)."
        } else if record.dormant.value {
            self.registrationNotice = "CQC shows this location as dormant: it provides no regulated activity for now."
        } else {
            self.registrationNotice = nil
        }
        self.href = record.pageURL
        self.licence = "Contains CQC data, Open Government Licence v3.0, as of \(record.dataDate.value.longDescription)."
    }

    static let inheritedNote = "Inherited from a previous registration."
}

extension CQCPanel: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "overall": overall
        case "overallDate": overallDate
        case "overallInherited": overallInherited
        case "questions": questions
        case "hasQuestions": hasQuestions
        case "registrationNotice": registrationNotice
        case "href": href
        case "licence": licence
        default: nil
        }
    }
}

extension CQCQuestionRow: MustacheParent {
    func child(named key: String) -> Any? {
        switch key {
        case "title": title
        case "rating": rating
        case "date": date
        case "inherited": inherited
        default: nil
        }
    }
}

extension CQCPanel: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [
            TemplateKey("overall", .text),
            TemplateKey("overallDate", .optional(.text)),
            TemplateKey("overallInherited", .optional(.text)),
            TemplateKey("questions", .list(.object(CQCQuestionRow.self))),
            TemplateKey("hasQuestions", .bool),
            TemplateKey("registrationNotice", .optional(.text)),
            TemplateKey("href", .text),
            TemplateKey("licence", .text),
        ]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(overall)
        case 1: TemplateValue(overallDate)
        case 2: TemplateValue(overallInherited)
        case 3: TemplateValue(questions)
        case 4: TemplateValue(hasQuestions)
        case 5: TemplateValue(registrationNotice)
        case 6: TemplateValue(href)
        case 7: TemplateValue(licence)
        default: .null
        }
    }
}

extension CQCQuestionRow: TemplateObject {
    static var templateKeys: [TemplateKey] {
        [TemplateKey("title", .text), TemplateKey("rating", .text), TemplateKey("date", .text), TemplateKey("inherited", .optional(.text))]
    }

    func templateValue(at index: Int) -> TemplateValue {
        switch index {
        case 0: TemplateValue(title)
        case 1: TemplateValue(rating)
        case 2: TemplateValue(date)
        case 3: TemplateValue(inherited)
        default: .null
        }
    }
}
