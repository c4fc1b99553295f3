/// Compiles a theme's parsed templates into plans, one per page template and view-model type: inlines partials
/// and inherited blocks, resolves every key against the view models' key tables and reports each key a view
/// model lacks (swift-mustache would render it as nothing), with the template's file and line.
struct TemplateCompiler {
    /// A block override and the template it was written in (for the lines of messages).
    private struct Override {
        let template: String
        let body: [TemplateSyntax]
    }

    /// Where the compiler is: the template being read, the context types, the blocks in force, the indentation.
    private struct Scope {
        var template: String
        var stack: [TemplateType]
        var inherited: [String: Override]
        var indentation: String
        var depth: Int
    }

    /// Parsed templates by name ("home", "provider-row", …).
    let templates: [String: [TemplateSyntax]]
    /// How a message names a template: its path.
    let path: (String) -> String
    /// Problems found so far, as "path:line: message".
    private(set) var problems: [(path: String, line: Int, message: String)] = []

    init(templates: [String: [TemplateSyntax]], path: @escaping (String) -> String) {
        self.templates = templates
        self.path = path
    }

    /// Partials deeper than this are taken for a partial that includes itself.
    static let maximumDepth = 32

    /// The plan for `template` rendered with a `root`; nil when the template is missing or has problems.
    mutating func compile(_ template: String, root: any TemplateObject.Type) -> TemplatePlan? {
        guard let syntax = templates[template] else { return nil }
        let before = problems.count
        let scope = Scope(template: template, stack: [.object(root)], inherited: [:], indentation: "", depth: 0)
        let nodes = compile(syntax, scope)
        guard problems.count == before else { return nil }
        return TemplatePlan(root: ObjectIdentifier(root), body: PlanList(nodes: nodes, indentation: ""))
    }

    private mutating func report(_ scope: Scope, _ line: Int, _ message: String) {
        problems.append((path(scope.template), line, message))
    }

    private mutating func compile(_ syntax: [TemplateSyntax], _ scope: Scope) -> [PlanNode] {
        var nodes: [PlanNode] = []
        for token in syntax {
            switch token {
            case .text(let text):
                nodes.append(.text(text))
            case .variable(let tag, let escaped):
                guard let (lookup, types) = resolve(tag, scope) else { continue }
                for type in types where !type.unwrapped.isScalar {
                    let section = "{{#\(tag.name)}}…{{/\(tag.name)}}"
                    report(scope, tag.line, "{{\(tag.name)}} is \(type.description), not text: use it as a section \(section)")
                }
                nodes.append(.variable(lookup, escaped: escaped))
            case .section(let tag, let body), .inverted(let tag, let body):
                let inverted = if case .inverted = token { true } else { false }
                guard let (lookup, types) = resolve(tag, scope) else { continue }
                guard let pushed = pushedType(tag, types, inverted: inverted, scope) else { continue }
                var inner = scope
                if let pushed { inner.stack.append(pushed) }
                let list = PlanList(nodes: compile(body, inner), indentation: scope.indentation)
                nodes.append(inverted ? .inverted(lookup, list) : .section(lookup, list))
            case .partial(let name, let line, let indentation, let overrides):
                guard let partial = templates[name] else {
                    report(scope, line, "{{>\(name)}}: the theme has no templates/\(name).mustache")
                    continue
                }
                guard scope.depth < Self.maximumDepth else {
                    report(scope, line, "{{>\(name)}}: partials include each other more than \(Self.maximumDepth) deep")
                    continue
                }
                var inner = scope
                inner.template = name
                inner.depth += 1
                if let indentation { inner.indentation += indentation }
                for (block, body) in overrides ?? [:] where inner.inherited[block] == nil {
                    inner.inherited[block] = Override(template: scope.template, body: body)
                }
                nodes.append(contentsOf: nested(compile(partial, inner), inner, within: scope))
            case .block(let name, let body, let indentation):
                var inner = scope
                inner.indentation += indentation
                var content = body
                if let override = scope.inherited[name] {
                    inner.template = override.template
                    content = override.body
                }
                nodes.append(contentsOf: nested(compile(content, inner), inner, within: scope))
            case .blockDefinition:
                break
            }
        }
        return nodes
    }

    /// Nodes of a partial or block: spliced in when the indentation is unchanged, else kept as a list of their own.
    private func nested(_ nodes: [PlanNode], _ inner: Scope, within outer: Scope) -> [PlanNode] {
        inner.indentation.isEmpty && outer.indentation.isEmpty ? nodes : [.list(PlanList(nodes: nodes, indentation: inner.indentation))]
    }

    /// What a section pushes on the context stack: a list's element, a present optional's value, or nothing (a
    /// flag); `.some(nil)` for nothing, nil when the section cannot be compiled.
    private mutating func pushedType(_ tag: TemplateTag, _ types: [TemplateType], inverted: Bool, _ scope: Scope) -> TemplateType?? {
        let pushes: [TemplateType?] = types.map { type in
            switch type.unwrapped {
            case .bool: nil
            case .list(let element): inverted ? .list(element) : element
            case let other: inverted ? nil : other
            }
        }
        if inverted, types.contains(where: { if case .optional(.list) = $0 { true } else { false } }) {
            report(scope, tag.line, "{{^\(tag.name)}}: an optional list cannot be tested for emptiness; make it a plain list")
            return nil
        }
        let described = Set(pushes.map { $0?.description ?? "" })
        guard described.count == 1, let first = pushes.first else {
            report(scope, tag.line, "{{#\(tag.name)}} names values of different types in the contexts around it: \(described.sorted())")
            return nil
        }
        return .some(first)
    }

    /// Resolves a tag's key against the context stack: the lookup, and the type it may give from each context.
    private mutating func resolve(_ tag: TemplateTag, _ scope: Scope) -> (PlanLookup, [TemplateType])? {
        guard let empties = transforms(tag, scope) else { return nil }
        let top = scope.stack.count - 1
        if tag.name == "." {
            guard let type = applyEmpty(scope.stack[top], empties, tag, scope) else { return nil }
            return (PlanLookup(source: .top, empties: empties), [type])
        }
        let path = tag.name.split(separator: ".").map(String.init)
        guard let first = path.first else {
            report(scope, tag.line, "{{\(tag.name)}}: the tag names no key")
            return nil
        }
        let frames = tag.name.hasPrefix(".") ? [top] : Array((0...top).reversed())
        var candidates: [PlanLookup.Candidate] = []
        var types: [TemplateType] = []
        for frame in frames {
            guard let key = scope.stack[frame].keys?[first] else { continue }
            guard let (rest, type) = follow(path.dropFirst(), from: key.type, tag, scope) else { return nil }
            guard let transformed = applyEmpty(type, empties, tag, scope) else { return nil }
            // swift-mustache climbs past a nil value to an outer context's key of the same name, whatever its type
            // ({{#internalDetails}} of a concern, then of the provider). qid's view models fill such pairs together,
            // so a plan stops at the first of another type rather than render a body against the wrong view model.
            if let innermost = types.first, innermost.unwrapped.description != transformed.unwrapped.description { break }
            candidates.append(PlanLookup.Candidate(frame: frame, key: key.index, rest: rest))
            types.append(transformed)
            if case .optional = key.type {} else { break }
        }
        guard !candidates.isEmpty else {
            let contexts = frames.compactMap { frame -> String? in
                guard case .object(let type) = scope.stack[frame] else { return nil }
                return String(describing: type)
            }
            let known = frames.flatMap { scope.stack[$0].keys.map { Array($0.keys) } ?? [] }
            let message = "{{\(tag.name)}}: no key '\(first)' in \(contexts.joined(separator: " or "))"
            report(scope, tag.line, message + suggestion(first, known))
            return nil
        }
        return (PlanLookup(source: .candidates(candidates), empties: empties), types)
    }

    /// The rest of a dotted path, as key positions, and the type at its end.
    private mutating func follow(
        _ rest: ArraySlice<String>, from start: TemplateType, _ tag: TemplateTag, _ scope: Scope
    ) -> ([Int], TemplateType)? {
        var type = start
        var positions: [Int] = []
        for name in rest {
            guard let keys = type.unwrapped.keys else {
                report(scope, tag.line, "{{\(tag.name)}}: '\(name)' cannot be read from \(type.description)")
                return nil
            }
            guard let key = keys[name] else {
                let message = "{{\(tag.name)}}: no key '\(name)' in \(type.unwrapped.description)"
                report(scope, tag.line, message + suggestion(name, Array(keys.keys)))
                return nil
            }
            positions.append(key.index)
            type = key.type
        }
        return (positions, type)
    }

    /// How many `empty(…)` wrap the key; nil (reported) for any other transform.
    private mutating func transforms(_ tag: TemplateTag, _ scope: Scope) -> Int? {
        for transform in tag.transforms where transform != "empty" {
            report(scope, tag.line, "{{\(tag.name)}}: the transform '\(transform)' is not supported (only empty(…) is)")
            return nil
        }
        return tag.transforms.count
    }

    private mutating func applyEmpty(_ type: TemplateType, _ empties: Int, _ tag: TemplateTag, _ scope: Scope) -> TemplateType? {
        guard empties > 0 else { return type }
        switch type.unwrapped {
        case .text, .list: return empties == 1 ? .bool : nil
        default:
            report(scope, tag.line, "empty(\(tag.name)): \(type.description) is neither text nor a list, so it is never empty")
            return nil
        }
    }

    /// "; did you mean 'site'?" when a known key is within two edits, else "".
    private func suggestion(_ name: String, _ known: [String]) -> String {
        let near = known.map { ($0, editDistance(name, $0)) }.filter { $0.1 <= 2 }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        return near.map { "; did you mean '\($0.0)'?" } ?? ""
    }

    private func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }
}

extension TemplateType {
    /// Text, a number or a flag: what `{{name}}` can print.
    var isScalar: Bool {
        switch self {
        case .text, .number, .bool: true
        case .object, .list, .optional: false
        }
    }
}
