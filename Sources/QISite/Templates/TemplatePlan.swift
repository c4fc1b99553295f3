/// A template compiled for one view-model type: partials and inherited blocks inlined, every key resolved to positions
/// in the view models' key tables.
///
/// Rendering walks it with no name lookups at all.
struct TemplatePlan: Sendable {
    /// The view-model type the plan was compiled for.
    let root: ObjectIdentifier
    let body: PlanList
}

/// Nodes rendered as one swift-mustache template: a template, a partial, a block or a section's body.
///
/// The indentation is a standalone partial's or block's, put before each line the nodes start ("" nearly always).
struct PlanList: Sendable {
    var nodes: [PlanNode]
    var indentation: String
}

indirect enum PlanNode: Sendable {
    case text(String)
    case variable(PlanLookup, escaped: Bool)
    case section(PlanLookup, PlanList)
    case inverted(PlanLookup, PlanList)
    /// A partial or block whose indentation differs from its includer's.
    case list(PlanList)
}

/// Where a `{{name}}` finds its value, worked out when the theme is loaded.
struct PlanLookup: Sendable {
    /// One context on the stack that has the first key: the first whose value is not nil wins, as in
    /// swift-mustache; the rest of the path is then read from that value alone.
    struct Candidate: Sendable {
        /// Position on the context stack, from the bottom (the page's view model is 0).
        let frame: Int
        let key: Int
        let rest: [Int]
    }

    enum Source: Sendable {
        /// `{{.}}`: the innermost context.
        case top
        case candidates([Candidate])
    }

    let source: Source
    /// How many times `empty(…)` is applied, innermost first (the only transform the default theme uses).
    let empties: Int
}

extension TemplatePlan {
    /// Renders `context`, which must be of the type the plan was compiled for.
    func render(_ context: some TemplateObject) -> String {
        precondition(ObjectIdentifier(type(of: context)) == root, "a template plan rendered with another view model")
        var renderer = PlanRenderer(stack: [.object(context)])
        renderer.render(body)
        // A row or tag is a few hundred bytes of the 16 KB reserved: kept (25,000 list rows) at that capacity, they
        // came to 400 MB. A copy of the exact size costs a memcpy.
        let output = renderer.output
        guard output.utf8.count < PlanRenderer.reserved / 2 else { return output }
        return String(decoding: output.utf8, as: UTF8.self)
    }
}

/// Walks a plan against a stack of values, as swift-mustache's `MustacheTemplate.render(context:)` does.
private struct PlanRenderer {
    var stack: [TemplateValue]
    var output = ""
    /// A provider page's size, more or less: most pages are written without growing the buffer.
    static let reserved = 16_384

    init(stack: [TemplateValue]) {
        self.stack = stack
        output.reserveCapacity(Self.reserved)
    }

    mutating func render(_ list: PlanList) {
        guard !list.indentation.isEmpty else {
            for node in list.nodes { render(node) }
            return
        }
        // swift-mustache indents a token's output when the template's own output so far ends a line.
        let outer = output
        var own = ""
        for node in list.nodes {
            output = ""
            render(node)
            if !output.isEmpty, own.last == "\n" { own += list.indentation }
            own += output
        }
        output = outer + own
    }

    mutating func render(_ node: PlanNode) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let lookup, let escaped):
            switch value(lookup) {
            case .text(let text): output += escaped ? FastHTMLContentType.escape(text) : text
            case .number(let number): output += String(number)
            case .bool(let flag): output += flag ? "true" : "false"
            case .null, .object, .list: break
            }
        case .section(let lookup, let body):
            switch value(lookup) {
            case .null: break
            case .bool(let flag): if flag { render(body) }
            case .list(let elements):
                for element in elements { push(element, body) }
            case let value: push(value, body)
            }
        case .inverted(let lookup, let body):
            switch value(lookup) {
            case .null: render(body)
            case .bool(let flag): if !flag { render(body) }
            case .list(let elements): if elements.isEmpty { push(.list(elements), body) }
            case .text, .number, .object: break
            }
        case .list(let list):
            render(list)
        }
    }

    private mutating func push(_ value: TemplateValue, _ body: PlanList) {
        stack.append(value)
        render(body)
        stack.removeLast()
    }

    private func value(_ lookup: PlanLookup) -> TemplateValue {
        var found = TemplateValue.null
        switch lookup.source {
        case .top:
            found = stack[stack.count - 1]
        case .candidates(let candidates):
            for candidate in candidates {
                guard case .object(let object) = stack[candidate.frame] else { continue }
                let first = object.templateValue(at: candidate.key)
                if case .null = first { continue }
                found = first
                for key in candidate.rest {
                    guard case .object(let object) = found else { return .null }
                    found = object.templateValue(at: key)
                }
                break
            }
        }
        for _ in 0..<lookup.empties {
            switch found {
            case .text(let text): found = .bool(text.isEmpty)
            case .list(let elements): found = .bool(elements.isEmpty)
            default: return .null
            }
        }
        return found
    }
}
