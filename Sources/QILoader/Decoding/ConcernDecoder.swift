import QIDomain
import QIYAML

/// `providers/ID/concerns/DATE-SLUG.yaml`.
enum ConcernDecoder {
    static func concern(id: String, node: YAMLNode, file: String, sink: DiagnosticSink) -> Concern? {
        guard let reader = MappingReader(node, file: file, record: ContentFormat.concern, sink: sink) else { return nil }
        let raised = reader.day("raised")
        let title = reader.text("title")
        let process = reader.text("process")
        let status = reader.choice("status", as: ConcernStatus.self)
        let meetings: [Meeting] = (reader.list("meetings") ?? []).compactMap { node in
            guard let sub = reader.reader(for: node, record: ContentFormat.meeting) else { return nil }
            let date = sub.day("date")
            let kind = sub.choice("kind", as: MeetingKind.self)
            guard let date, let kind else { return nil }
            return Meeting(date: date, kind: kind)
        }
        var closed: Closure?
        if let sub = reader.mapping("closed", record: ContentFormat.closure) {
            closed = Closure(
                date: sub.day("date"), by: sub.text("by"), outcome: sub.choice("outcome"),
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
