/// A Mustache template as written, tag by tag, with the line of each tag that names a key.
///
/// The parser follows swift-mustache 2.1's own (`Template+Parser.swift`) rule for rule, standalone lines and
/// indentation included, so that a compiled plan renders the same bytes as swift-mustache does.
indirect enum TemplateSyntax {
    case text(String)
    case variable(TemplateTag, escaped: Bool)
    case section(TemplateTag, body: [TemplateSyntax])
    case inverted(TemplateTag, body: [TemplateSyntax])
    /// `{{> name}}`, or `{{<name}}…{{/name}}` with the blocks it overrides.
    case partial(name: String, line: Int, indentation: String?, overrides: [String: [TemplateSyntax]]?)
    /// `{{$name}}default{{/name}}` where a block is expanded.
    case block(name: String, body: [TemplateSyntax], indentation: String)
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`: an override.
    case blockDefinition(name: String, body: [TemplateSyntax])
}

/// A tag that looks a key up: `{{a.b}}`, `{{#empty(a)}}`, with its 1-based line.
struct TemplateTag {
    let name: String
    let transforms: [String]
    let line: Int
}

/// A template that does not parse: where and why.
struct TemplateSyntaxError: Error {
    let line: Int
    let message: String
}

struct TemplateParser {
    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var start: [Character] = ["{", "{"]
        var end: [Character] = ["}", "}"]
        var partialDefinitionIndent: Int?

        func withSection(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }
    }

    private let chars: [Character]
    /// The 1-based line of each character, and one past the end.
    private let lines: [Int]
    private var position = 0

    /// Parses `text` (as registered with swift-mustache, content-type line included).
    static func parse(_ text: String) throws -> [TemplateSyntax] {
        var parser = TemplateParser(chars: Array(text))
        return try parser.parse(State())
    }

    private init(chars: [Character]) {
        self.chars = chars
        var lines: [Int] = []
        lines.reserveCapacity(chars.count + 1)
        var line = 1
        for character in chars {
            lines.append(line)
            if character.isNewline { line += 1 }
        }
        lines.append(line)
        self.lines = lines
    }

    private var atEnd: Bool { position == chars.count }
    private var current: Character { atEnd ? "\0" : chars[position] }
    private var line: Int { lines[position] }

    private func error(_ message: String) -> TemplateSyntaxError {
        TemplateSyntaxError(line: line, message: message)
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private mutating func parse(_ initial: State) throws -> [TemplateSyntax] {
        var tokens: [TemplateSyntax] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !atEnd {
            if state.newLine {
                let whiteSpace = read { $0 == " " || $0 == "\t" }
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent))
                    } else {
                        state.partialDefinitionIndent = whiteSpace.count
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readUntilDelimiterOrNewline(state)
            if current.isNewline {
                tokens.append(.text(whiteSpaceBefore + text + String(current)))
                state.newLine = true
                position += 1
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if atEnd { break }
            var setNewLine = false
            let tagLine = line
            switch current {
            case "#", "^":
                let inverted = current == "^"
                position += 1
                let (name, transforms) = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let body = try parse(state.withSection(name, newLine: setNewLine, transforms: transforms))
                let tag = TemplateTag(name: name, transforms: transforms, line: tagLine)
                tokens.append(inverted ? .inverted(tag, body: body) : .section(tag, body: body))
            case "/":
                position += 1
                let (name, transforms) = try parseName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    throw error("{{/\(name)}} closes no open {{#\(name)}}" + (state.sectionName.map { " (open: \($0))" } ?? ""))
                }
                if isStandalone(state) {
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                }
                return tokens
            case "!":
                position += 1
                try skip(past: state.end)
                setNewLine = isStandalone(state)
            case "{", "&":
                let triple = current == "{"
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                position += 1
                let (name, transforms) = try parseName(state)
                if triple {
                    guard current == "}" else { throw error("{{{\(name)}} lacks its third closing brace") }
                    position += 1
                }
                tokens.append(.variable(TemplateTag(name: name, transforms: transforms, line: tagLine), escaped: false))
            case ">":
                position += 1
                _ = read { $0.isWhitespace }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    tokens.append(.partial(name: name, line: tagLine, indentation: whiteSpaceBefore, overrides: nil))
                } else {
                    tokens.append(.partial(name: name, line: tagLine, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                position += 1
                _ = read { $0.isWhitespace }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                var inner = state
                inner.sectionName = name
                inner.sectionTransforms = []
                inner.newLine = true
                inner.isPartialDefinition = true
                inner.isPartialDefinitionTopLevel = true
                var overrides: [String: [TemplateSyntax]] = [:]
                for token in try parse(inner) {
                    switch token {
                    case .blockDefinition(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw TemplateSyntaxError(line: tagLine, message: "{{<\(name)}} may hold only {{$block}} overrides")
                    }
                }
                tokens.append(.partial(name: name, line: tagLine, indentation: whiteSpaceBefore, overrides: overrides))
                whiteSpaceBefore = ""
            case "$":
                position += 1
                let (name, transforms) = try parseName(state)
                guard transforms.isEmpty else { throw error("{{$\(name)}}: a block takes no transform") }
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSection(name, newLine: setNewLine))
                    tokens.append(.blockDefinition(name: name, body: body))
                } else {
                    if !whiteSpaceBefore.isEmpty { tokens.append(.text(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.withSection(name, newLine: setNewLine))
                    tokens.append(.block(name: name, body: body, indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            case "=":
                position += 1
                state = try parseSetDelimiter(state)
                setNewLine = isStandalone(state)
            case "%":
                // `{{% CONTENT_TYPE: …}}`: every qid template escapes as HTML, so the setting changes nothing here.
                position += 1
                try skip(past: state.end)
                setNewLine = isStandalone(state)
            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try parseName(state)
                tokens.append(.variable(TemplateTag(name: name, transforms: transforms, line: tagLine), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName {
            throw error("{{#\(open)}} is never closed")
        }
        return tokens
    }

    private mutating func read(while predicate: (Character) -> Bool) -> String {
        let start = position
        while !atEnd, predicate(chars[position]) { position += 1 }
        return String(chars[start..<position])
    }

    private mutating func read(_ string: [Character]) -> Bool {
        guard position + string.count <= chars.count, Array(chars[position..<position + string.count]) == string else { return false }
        position += string.count
        return true
    }

    private mutating func readUntilDelimiterOrNewline(_ state: State) -> String {
        guard let first = state.start.first else { return "" }
        var text = ""
        while !atEnd {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if current.isNewline {
                break
            } else if current == first {
                if read(state.start) { break }
                text.append(first)
                position += 1
            }
        }
        return text
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let partialNameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    /// `name`, or `transform(name)` / `outer(inner(name))`: the name and the transforms, outermost first.
    private mutating func parseName(_ state: State) throws -> (String, [String]) {
        _ = read { $0.isWhitespace }
        let text = read { Self.nameCharacters.contains($0) || $0 == "(" || $0 == ")" }
        _ = read { $0.isWhitespace }
        guard read(state.end) else { throw error("a tag is not closed with \(String(state.end))") }
        guard text.contains("(") else { return (text, []) }
        var parts = text.split(separator: "(", omittingEmptySubsequences: false).map(String.init)
        guard let last = parts.popLast(), last.hasSuffix(String(repeating: ")", count: parts.count)) else {
            throw error("'\(text)' is not name or transform(name)")
        }
        let name = String(last.dropLast(parts.count))
        guard !name.contains(")"), !parts.contains(where: { $0.isEmpty || $0.contains(")") }) else {
            throw error("'\(text)' is not name or transform(name)")
        }
        return (name, parts)
    }

    private mutating func parsePartialName(_ state: State) throws -> String {
        _ = read { $0.isWhitespace }
        let text = read { Self.partialNameCharacters.contains($0) }
        _ = read { $0.isWhitespace }
        guard read(state.end) else { throw error("a partial's tag is not closed with \(String(state.end))") }
        return text
    }

    private mutating func skip(past end: [Character]) throws {
        while !atEnd {
            if read(end) { return }
            position += 1
        }
        throw error("a tag is not closed with \(String(end))")
    }

    private mutating func parseSetDelimiter(_ state: State) throws -> State {
        _ = read { $0.isWhitespace }
        let start = read { !$0.isWhitespace }
        _ = read { $0.isWhitespace }
        let end = read { $0 != "=" && !$0.isWhitespace }
        _ = read { $0.isWhitespace }
        guard !start.isEmpty, !end.isEmpty, read(["="]), read(state.end) else { throw error("a {{=<% %>=}} tag is malformed") }
        var state = state
        state.start = Array(start)
        state.end = Array(end)
        state.isPartialDefinitionTopLevel = false
        return state
    }

    /// swift-mustache's `isStandalone`: the tag began its line and only spaces or tabs follow it before a line break,
    /// which is then consumed with them.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if atEnd { return true }
        var probe = position
        while probe < chars.count, chars[probe] == " " || chars[probe] == "\t" { probe += 1 }
        guard probe < chars.count, chars[probe].isNewline else { return false }
        position = probe + 1
        return true
    }
}
