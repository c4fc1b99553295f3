import QIDomain
import QIYAML

/// Parses a file's bytes and turns a parser error into a diagnostic at its position.
enum YAMLDocuments {
    static func parse(_ bytes: [UInt8], file: String, limits: YAMLLimits, lineOffset: Int, sink: DiagnosticSink) -> YAMLNode? {
        parse(bytes, file: file, limits: limits, lineOffset: lineOffset, sink: sink, noting: { _ in false }).node
    }

    /// The document, and the scalars `note` picks as they are read (with their lines moved as the node's are).
    static func parse(
        _ bytes: [UInt8], file: String, limits: YAMLLimits, lineOffset: Int, sink: DiagnosticSink, noting note: (String) -> Bool
    ) -> (node: YAMLNode?, noted: [YAMLScalar]) {
        let (document, noted) = YAMLParser.parse(bytes, limits: limits, noting: note)
        switch document {
        case .success(let node?):
            guard lineOffset != 0 else { return (node, noted) }
            return (node.shifted(lines: lineOffset), noted.map { $0.shifted(lines: lineOffset) })
        case .success(nil):
            sink.error(
                .missingKey, .start(of: file), "the file is empty",
                fix: "write the record's keys (see the content format in the README), or delete the file")
            return (nil, [])
        case .failure(let error):
            sink.error(
                error.kind == .syntax ? .yamlSyntax : .unsafeInput,
                SourceLocation(file: file, line: error.mark.line + lineOffset, column: error.mark.column), error.message, fix: error.fix)
            return (nil, [])
        }
    }
}

extension YAMLScalar {
    /// The same scalar with its lines moved down.
    func shifted(lines: Int) -> YAMLScalar {
        var moved = self
        moved.mark = YAMLMark(line: mark.line + lines, column: mark.column)
        moved.end = YAMLMark(line: end.line + lines, column: end.column)
        return moved
    }
}

extension YAMLNode {
    /// The same node with every line moved down (for front matter that starts after a `---` line).
    func shifted(lines: Int) -> YAMLNode {
        func move(_ mark: YAMLMark) -> YAMLMark { YAMLMark(line: mark.line + lines, column: mark.column) }
        switch self {
        case .scalar(let scalar):
            return .scalar(scalar.shifted(lines: lines))
        case .sequence(let sequence):
            return .sequence(YAMLSequence(items: sequence.items.map { $0.shifted(lines: lines) }, mark: move(sequence.mark)))
        case .mapping(let mapping):
            let entries = mapping.entries.map {
                YAMLMapping.Entry(key: $0.key.shifted(lines: lines), value: $0.value.shifted(lines: lines))
            }
            return .mapping(YAMLMapping(entries: entries, mark: move(mapping.mark)))
        }
    }
}

/// `pages/NAME.md`: YAML front matter between `---` lines, then Markdown.
enum PageDecoder {
    static func page(bytes: [UInt8], slug: String, file: String, limits: YAMLLimits, sink: DiagnosticSink) -> Page? {
        let text = String(decoding: bytes, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map({ $0.trimmingCR() == "---" }) == true,
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingCR() == "---" || $0.trimmingCR() == "..." })
        else {
            PersonalDataScan.scanYAML(bytes, suspects: [], file: file, sink: sink)
            sink.error(
                .missingKey, .start(of: file), "a page starts with YAML front matter between two '---' lines",
                fix: "begin the file with '---', 'title: …', '---'")
            return nil
        }
        let frontMatter = lines[1..<end].joined(separator: "\n")
        lines.removeSubrange(0...end)
        let body = lines.joined(separator: "\n")
        let (node, suspects) = YAMLDocuments.parse(
            Array(frontMatter.utf8), file: file, limits: limits, lineOffset: 1, sink: sink, noting: PersonalDataScan.isSuspect)
        PersonalDataScan.scanPage(bytes, suspects: suspects, body: body, firstLine: end + 2, file: file, sink: sink)
        guard let node,
            let reader = MappingReader(node, file: file, record: ContentFormat.pageFrontMatter, sink: sink),
            let title = reader.text("title")
        else { return nil }
        return Page(file: file, slug: slug, title: title, body: body)
    }
}

extension Substring {
    fileprivate func trimmingCR() -> Substring {
        hasSuffix("\r") ? dropLast() : self
    }
}
