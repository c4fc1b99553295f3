import QIDomain
import QIYAML

/// `providers/ID/concerns/DATE-SLUG.yaml`.
enum ConcernDecoder {
    static let keys = [
        "raised", "title", "sources", "triggers", "process", "risk", "chair", "lead", "meetings", "actions", "status",
        "closed", "summary", "internal",
    ]
    static let meetingKeys = ["date", "kind"]
    static let closedKeys = ["date", "by", "outcome"]

    static func concern(id: String, node: YAMLNode, file: String, sink: DiagnosticSink) -> Concern? {
        guard let reader = MappingReader(node, file: file, subject: "the concern", allowed: keys, sink: sink) else { return nil }
        let raised = reader.day("raised", required: true)
        let title = reader.text("title", required: true)
        let process = reader.text("process", required: true)
        let status = reader.choice("status", required: true, as: ConcernStatus.self)
        let meetings: [Meeting] = (reader.list("meetings") ?? []).compactMap { node in
            guard let sub = reader.reader(for: node, subject: "a meeting", allowed: meetingKeys) else { return nil }
            let date = sub.day("date", required: true)
            let kind = sub.choice("kind", required: true, as: MeetingKind.self)
            guard let date, let kind else { return nil }
            return Meeting(date: date, kind: kind)
        }
        var closed: Closure?
        if let sub = reader.mapping("closed", subject: "'closed'", allowed: closedKeys) {
            closed = Closure(
                date: sub.day("date", required: true), by: sub.text("by", required: true), outcome: sub.choice("outcome"),
                location: sub.location)
        }
        let actions = RatingDecoder.actions(reader, sink: sink)
        guard let raised, let title, let process, let status else { return nil }
        return Concern(
            id: id, file: file, raised: raised, title: title, sources: reader.choiceList("sources"),
            triggers: reader.textList("triggers"), process: process, risk: reader.choice("risk"),
            chair: reader.text("chair"), lead: reader.text("lead"), meetings: meetings, actions: actions,
            status: status, closed: closed, summary: reader.text("summary")?.value,
            internalNotes: reader.text("internal")?.value)
    }
}
