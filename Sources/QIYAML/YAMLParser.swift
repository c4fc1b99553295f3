import CYAML

/// Reads one YAML document into `YAMLNode`s with libyaml's event API, enforcing `YAMLLimits`.
///
/// Aliases are resolved here (libyaml's event API leaves them to the caller) and every value an alias
/// repeats counts towards `maximumValues`, so an alias bomb is refused after a bounded amount of work.
public enum YAMLParser {
    /// The document in `bytes`, nil for an empty file (no document), or the first problem found.
    public static func parse(_ text: [UInt8], limits: YAMLLimits = .standard) -> Result<YAMLNode?, YAMLError> {
        parse(text, limits: limits, noting: { _ in false }).document
    }

    /// The document, and every scalar whose value `note` picks, in the file's order, each once (an alias does not
    /// repeat it).
    ///
    /// A scan that looks for a rare kind of value (QI-P1's NHS numbers) gets its few candidates as
    /// they are read, rather than walking the whole tree again.
    public static func parse(_ text: [UInt8], limits: YAMLLimits = .standard, noting note: (String) -> Bool) -> (
        document: Result<YAMLNode?, YAMLError>, noted: [YAMLScalar]
    ) {
        // libyaml, told the input is UTF-8, reads a leading byte-order mark as text; without it, columns on the
        // first line are the same as in a file with no mark.
        let bytes = text.starts(with: byteOrderMark) ? Array(text.dropFirst(byteOrderMark.count)) : text
        if let problem = TextChecks.problem(in: bytes) {
            return (.failure(problem), [])
        }
        var builder = TreeBuilder(limits: limits)
        var noted: [YAMLScalar] = []
        let outcome: Result<YAMLNode?, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(
                    YAMLError(
                        .unsafe, "the YAML parser could not start (out of memory)", fix: "try again", at: YAMLMark(line: 1, column: 1)))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            if let base = buffer.baseAddress {
                yaml_parser_set_input_string(&parser, base, buffer.count)
            } else {
                var empty: UInt8 = 0
                yaml_parser_set_input_string(&parser, &empty, 0)
            }
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(syntaxError(parser, bytes: bytes))
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT {
                    return .success(builder.document)
                }
                if let error = builder.consume(&event, noting: note, into: &noted) {
                    return .failure(error)
                }
            }
        }
        return (outcome, noted)
    }

    /// The UTF-8 byte-order mark, EF BB BF.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private static func syntaxError(_ parser: yaml_parser_t, bytes: [UInt8]) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        let libyamlMark = YAMLMark(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let mark = TextChecks.clamped(libyamlMark, in: bytes)
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            let contextMark = YAMLMark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
            message = "\(context) (line \(contextMark.line), column \(contextMark.column)): \(problem)"
        }
        if TextChecks.lineIndentedWithTab(mark.line, in: bytes) {
            return YAMLError(
                .syntax, "line \(mark.line) is indented with a tab; YAML allows only spaces for indentation",
                fix: "replace the tab with spaces", at: YAMLMark(line: mark.line, column: 1))
        }
        return YAMLError(
            .syntax, "malformed YAML: \(message)", fix: "correct the YAML at this position (see the spacing and quotes of the lines above)",
            at: mark)
    }
}

/// Builds the node tree from events with an explicit stack (no recursion, whatever the depth).
///
/// Each open list or mapping is a frame mutated in place (`stack[top].items.append`), so adding a value costs
/// the same whatever the size of its list: popping a frame out of the stack and pushing it back would copy the
/// whole list on every item, making one long line of YAML quadratic.
private struct TreeBuilder {
    private struct Frame {
        enum Kind {
            case sequence, mapping
        }

        let kind: Kind
        let mark: YAMLMark
        let anchor: String?
        var weight = 1
        var items: [YAMLNode] = []
        var entries: [YAMLMapping.Entry] = []
        var pendingKey: YAMLNode?

        init(_ kind: Kind, mark: YAMLMark, anchor: String?) {
            self.kind = kind
            self.mark = mark
            self.anchor = anchor
        }
    }

    let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
    private var totalValues = 0
    private(set) var document: YAMLNode?
    private var documents = 0

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    mutating func consume(_ event: inout yaml_event_t, noting note: (String) -> Bool, into noted: inout [YAMLScalar]) -> YAMLError? {
        let mark = YAMLMark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return YAMLError(
                    .syntax, "the file holds more than one YAML document ('---' starts a second one)",
                    fix: "keep one record per file: remove the second '---' and what follows, or move it to its own file",
                    at: mark)
            }
            return nil
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self) } ?? ""
            let end = YAMLMark(line: Int(event.end_mark.line) + 1, column: Int(event.end_mark.column) + 1)
            let read = YAMLScalar(value: value, style: style(scalar.style), mark: mark, end: end)
            if note(value) { noted.append(read) }
            return add(.scalar(read), weight: 1, anchor: scalar.anchor.map { String(cString: $0) }, at: mark)
        case YAML_ALIAS_EVENT:
            let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
            guard let target = anchors[name] else {
                return YAMLError(
                    .syntax, "the alias '*\(name)' names no anchor defined before it",
                    fix: "define '&\(name)' earlier or write the value out", at: mark)
            }
            return add(target.node, weight: target.weight, anchor: nil, at: mark)
        case YAML_SEQUENCE_START_EVENT:
            if let error = push(at: mark) { return error }
            stack.append(Frame(.sequence, mark: mark, anchor: event.data.sequence_start.anchor.map { String(cString: $0) }))
            return nil
        case YAML_MAPPING_START_EVENT:
            if let error = push(at: mark) { return error }
            stack.append(Frame(.mapping, mark: mark, anchor: event.data.mapping_start.anchor.map { String(cString: $0) }))
            return nil
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return nil }
            let node: YAMLNode
            switch frame.kind {
            case .sequence: node = .sequence(YAMLSequence(items: frame.items, mark: frame.mark))
            case .mapping: node = .mapping(YAMLMapping(entries: frame.entries, mark: frame.mark))
            }
            return add(node, weight: frame.weight, anchor: frame.anchor, at: frame.mark, counted: true)
        default:
            return nil
        }
    }

    private mutating func push(at mark: YAMLMark) -> YAMLError? {
        if stack.count >= limits.maximumDepth {
            return YAMLError(
                .unsafe, "lists and mappings are nested more than \(limits.maximumDepth) deep (the limit)",
                fix: "records are a few levels deep; remove the extra nesting", at: mark)
        }
        return countValues(1, at: mark)
    }

    private mutating func countValues(_ count: Int, at mark: YAMLMark) -> YAMLError? {
        totalValues += count
        if totalValues > limits.maximumValues {
            return YAMLError(
                .unsafe, "the document expands to more than \(limits.maximumValues) values (the limit), counting what aliases repeat",
                fix: "write the values out instead of repeating anchors and aliases ('&'/'*'); records never need this many", at: mark)
        }
        return nil
    }

    /// Adds a finished node to the enclosing list or mapping (or makes it the document), in place.
    private mutating func add(_ node: consuming YAMLNode, weight: Int, anchor: String?, at mark: YAMLMark, counted: Bool = false)
        -> YAMLError?
    {
        if !counted, let error = countValues(weight, at: mark) { return error }
        if let anchor { anchors[anchor] = (node, weight) }
        let top = stack.count - 1
        guard top >= 0 else {
            document = node
            return nil
        }
        stack[top].weight = addWeights(stack[top].weight, weight)
        switch stack[top].kind {
        case .sequence:
            stack[top].items.append(node)
        case .mapping:
            // The key is moved out of its frame, not copied and then released.
            if let key = stack[top].pendingKey.take() {
                stack[top].entries.append(YAMLMapping.Entry(key: key, value: node))
            } else {
                stack[top].pendingKey = node
            }
        }
        return nil
    }

    private func addWeights(_ lhs: Int, _ rhs: Int) -> Int {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow ? Int.max : sum
    }

    private func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
