import QIDomain
import QIYAML

/// `providers/ID/cqc.yaml`, the file `qid import cqc` writes (its format is in the README).
enum CQCDecoder {
    static func record(node: YAMLNode, file: String, sink: DiagnosticSink) -> CQCRecord? {
        guard let reader = MappingReader(node, file: file, record: ContentFormat.cqc, sink: sink) else { return nil }
        let location = reader.text("location")
        if let location, !RegistrationID.cqcLocation.isValid(location.value) {
            reader.badValue(
                location.location, "'location' is \(SafeLink.shown(location.value)), which is not \(RegistrationID.cqcLocation.format)",
                fix: "cqc.yaml is written by qid import cqc: import again rather than editing it")
        }
        let status = reader.choice("registration_status", as: CQCRegistrationStatus.self)
        let dataDate = reader.day("data_date")
        let overall = rating(reader, "overall")
        let questions = CQCKeyQuestion.allCases.compactMap { question in
            rating(reader, question.rawValue).map { CQCKeyQuestionRating(question: question, rating: $0) }
        }
        let dormant = reader.bool("dormant") ?? false
        guard let location, let status, let dataDate else { return nil }
        return CQCRecord(
            file: file, location: location, registrationStatus: status, registered: reader.day("registered")?.value,
            deregistered: reader.day("deregistered")?.value,
            dormant: Located(dormant, at: reader.text("dormant")?.location ?? reader.location),
            overall: overall, keyQuestions: questions, lastInspection: reader.day("last_inspection")?.value,
            latestReport: reader.day("latest_report"), dataDate: dataDate)
    }

    /// `{rating: good, date: 2022-06-09, inherited: true}`.
    private static func rating(_ reader: MappingReader, _ key: String) -> CQCRating? {
        guard let sub = reader.mapping(key, record: ContentFormat.cqcRating, subject: "'\(key)'") else { return nil }
        guard let value = sub.choice("rating", as: CQCRatingValue.self) else { return nil }
        return CQCRating(rating: value, date: sub.day("date")?.value, inherited: sub.bool("inherited") ?? false)
    }
}
