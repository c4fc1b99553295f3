import QIDomain
import QIMarkdown
import QIYAML

/// QI-P1: no NHS number in content, in any spelling. Two scans, both linear in the file's size:
///
/// - the raw text of every file (values, comments and Markdown alike): ASCII digits, 10 in a row or 3-3-4 with one
///   space or one dash;
/// - what a reader sees: the decoded value of every YAML scalar (escapes, folded lines) and the text of every
///   Markdown body as cmark-gfm parses it (entities, backslash escapes, emphasis and raw HTML gone), normalised
///   by `NHSNumber.matches(inText:)`.
///
/// A value found by the raw scan at its place is not reported again. Valid ids in provider.yaml's
/// `registration:` are exempt from both scans.
enum PersonalDataScan {
    static let message =
        "this looks like an NHS number (10 digits passing the modulus 11 check); content must never hold personal data about people who use services"
    static let fix = "remove it; refer to people only in the council's case-management system"

    /// Whether QI-P1 reads a scalar's value again: most values cannot hold ten digits, and are passed over as
    /// they are parsed.
    static func isSuspect(_ value: String) -> Bool {
        NHSNumber.mayHoldTenDigits(value)
    }

    /// A YAML file: the raw text, then the scalars the parser noted as `isSuspect` (none when it did not parse).
    static func scanYAML(_ bytes: [UInt8], suspects: [YAMLScalar], exempt: [YAMLScalar] = [], file: String, sink: DiagnosticSink) {
        var raw = rawMatches(bytes)
        if !exempt.isEmpty {
            raw.removeAll { mark in exempt.contains { $0.mark.isAtOrBefore(mark) && mark.isBefore($0.end) } }
        }
        report(raw, file: file, sink: sink)
        let exemptMarks = Set(exempt.map(\.mark))
        for scalar in suspects where !exemptMarks.contains(scalar.mark) {
            let extra = valueMatches(scalar.value) - rawCount(raw, from: scalar.mark, to: scalar.end)
            for _ in 0..<max(0, extra) {
                let location = SourceLocation(file: file, line: scalar.mark.line, column: scalar.mark.column)
                sink.error(.personalData, location, valueMessage, fix: fix)
            }
        }
    }

    /// A Markdown page: the raw text of the whole file, the front matter's values, then the body as read, at the
    /// position of the text where each number starts (`firstLine`: the body's first line in the file).
    static func scanPage(_ bytes: [UInt8], suspects: [YAMLScalar], body: String, firstLine: Int, file: String, sink: DiagnosticSink) {
        scanYAML(bytes, suspects: suspects, file: file, sink: sink)
        guard NHSNumber.mayHoldTenDigits(body) else { return }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        // The raw scan's numbers, by their digits: the same number read again is not reported twice.
        var rawDigits: [String: Int] = [:]
        for match in NHSNumber.matches(in: bytes) {
            let digits = bytes[match.offset..<(match.offset + match.length)].filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }
            rawDigits[String(decoding: digits, as: UTF8.self), default: 0] += 1
        }
        for match in markdownMatches(body) {
            if let seen = rawDigits[match.digits], seen > 0 {
                rawDigits[match.digits] = seen - 1
                continue
            }
            var mark = YAMLMark(line: firstLine, column: 1)
            if match.line > 0, match.line <= lines.count {
                let prefix = Array(lines[match.line - 1].utf8).prefix(max(0, match.column - 1))
                mark = YAMLMark(line: firstLine + match.line - 1, column: String(decoding: prefix, as: UTF8.self).unicodeScalars.count + 1)
            }
            sink.error(.personalData, SourceLocation(file: file, line: mark.line, column: mark.column), valueMessage, fix: fix)
        }
    }

    private static let valueMessage = message + " (as read: after escapes, Unicode digits and spaces, invisible characters and Markdown)"

    /// How many numbers a value holds as read, as plain text or, when it has Markdown's marks, as Markdown.
    static func valueMatches(_ value: String) -> Int {
        guard NHSNumber.mayHoldTenDigits(value) else { return 0 }
        let plain = NHSNumber.matches(inText: value).count
        guard value.utf8.contains(where: { markdownMarks.contains($0) }) else { return plain }
        return max(plain, markdownMatches(value).count)
    }

    /// Bytes after which Markdown may read a value differently from its text: escapes, entities, emphasis, HTML.
    private static let markdownMarks: Set<UInt8> = Set("\\&*_<`~[".utf8)

    /// Numbers in Markdown as read, each with the source position (cmark's line and byte column) where it starts:
    /// exact in a piece of plain ASCII text, else the start of the piece of text it starts in.
    static func markdownMatches(_ markdown: String) -> [(line: Int, column: Int, digits: String)] {
        var units: [NHSNumber.Unit] = []
        var starts: [(unit: Int, line: Int, column: Int, text: String)] = []
        for piece in MarkdownText(markdown).pieces {
            if piece.startsBlock { units.append(.other) }
            starts.append((units.count, piece.line, piece.column, piece.text))
            units.append(contentsOf: NHSNumber.normalisedUnits(piece.text))
        }
        var found: [(line: Int, column: Int, digits: String)] = []
        var pieceIndex = 0
        var cursor = PieceCursor(text: starts.first?.text ?? "")
        for match in NHSNumber.matches(in: units, mixedSeparators: true) {
            while pieceIndex + 1 < starts.count, starts[pieceIndex + 1].unit <= match.offset {
                pieceIndex += 1
                cursor = PieceCursor(text: starts[pieceIndex].text)
            }
            var piece = starts[pieceIndex]
            // Breaks have no position of their own: use the text before them.
            var back = pieceIndex
            while piece.line == 0, back > 0 {
                back -= 1
                piece = starts[back]
            }
            let within = back == pieceIndex ? cursor.byteOffset(ofUnit: match.offset - piece.unit) : 0
            found.append((piece.line, piece.column + within, match.digits))
        }
        return found
    }

    /// Walks a piece of text once, forward: where (in bytes) the unit at an offset of its normalised form comes from.
    ///
    /// Each character is one unit, except ignored ones and the second and later of a run of separators (close enough
    /// for NFKC's expansions, which digits and separators do not have).
    private struct PieceCursor {
        let scalars: [Unicode.Scalar]
        var index = 0
        var units = 0
        var bytes = 0
        var previousWasSeparator = false

        init(text: String) {
            scalars = Array(text.unicodeScalars)
        }

        mutating func byteOffset(ofUnit unit: Int) -> Int {
            while index < scalars.count {
                let scalar = scalars[index]
                let kind = NHSNumber.normalisedUnits(String(scalar))
                let isSeparator = kind.first?.isSeparator ?? false
                let counts = !kind.isEmpty && !(isSeparator && previousWasSeparator)
                if counts && units == unit { return bytes }
                if counts { units += 1 }
                if !kind.isEmpty { previousWasSeparator = isSeparator }
                bytes += String(scalar).utf8.count
                index += 1
            }
            return bytes
        }
    }

    /// The position (line, character column) of every raw match, in one pass.
    static func rawMatches(_ bytes: [UInt8]) -> [YAMLMark] {
        // The matches come in order: one counter moves on from each to the next.
        var counter = YAMLPositionCounter()
        return NHSNumber.matches(in: bytes).map { counter.mark(at: $0.offset, in: bytes) }
    }

    private static func report(_ marks: [YAMLMark], file: String, sink: DiagnosticSink) {
        for mark in marks {
            sink.error(.personalData, SourceLocation(file: file, line: mark.line, column: mark.column), message, fix: fix)
        }
    }

    /// Raw matches inside [start, end): `marks` is sorted, so two binary searches.
    private static func rawCount(_ marks: [YAMLMark], from start: YAMLMark, to end: YAMLMark) -> Int {
        func firstIndex(notBefore mark: YAMLMark) -> Int {
            var low = 0
            var high = marks.count
            while low < high {
                let middle = (low + high) / 2
                if marks[middle].isBefore(mark) { low = middle + 1 } else { high = middle }
            }
            return low
        }
        return firstIndex(notBefore: end) - firstIndex(notBefore: start)
    }
}

extension YAMLMark {
    func isBefore(_ other: YAMLMark) -> Bool {
        line < other.line || (line == other.line && column < other.column)
    }

    func isAtOrBefore(_ other: YAMLMark) -> Bool {
        !other.isBefore(self)
    }
}
