import QIDomain

/// QI-P1 once more, on what a public edition would publish: the text of every page, the search index and the
/// sitemap, as a reader or a search engine reads it (HTML tags and comments gone, character references decoded,
/// JSON escapes decoded), with the same normalised matcher as the loader (`NHSNumber.matches(inText:)`).
/// A number that only appears after rendering (a theme joining two fields, say) is caught here before publishing.
///
/// CQC ids are not matches (digits after `1-`); the exact values of other typed registration ids (a UPRN of ten
/// digits can pass the check) are exempt.
public struct OutputScan: Sendable {
    /// One number found: the output file and its ten digits.
    public struct Finding: Sendable, Equatable {
        public var path: String
        public var digits: String
    }

    /// The digits of every typed registration id of the directory.
    let exempt: Set<String>

    public init(providers: [Provider]) {
        var exempt = Set<String>()
        for provider in providers {
            for id in RegistrationID.allCases {
                if let value = provider.registration.value(of: id) { exempt.insert(String(value.filter(\.isNumber))) }
            }
        }
        self.exempt = exempt
    }

    /// The numbers in `files` (HTML, XML, JSON and text; the theme's CSS and JavaScript are not content).
    public func findings(in files: [OutputFile]) -> [Finding] {
        var found: [Finding] = []
        for file in files where Self.scanned.contains(where: { file.path.hasSuffix($0) }) {
            let text = String(decoding: file.bytes, as: UTF8.self)
            guard NHSNumber.mayHoldTenDigits(text) else { continue }
            let readable = file.path.hasSuffix(".json") ? Self.decodingJSONEscapes(text) : Self.readableText(ofMarkup: text)
            for match in NHSNumber.matches(inText: readable) where !exempt.contains(match.digits) {
                found.append(Finding(path: file.path, digits: match.digits))
            }
        }
        return found
    }

    static let scanned = [".html", ".xml", ".json", ".txt"]

    /// Inline elements join their text (`943<span>476</span>5919` reads as one number); other tags, like a
    /// table cell's, end a run of text.
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]

    /// The text of HTML or XML: comments dropped, inline tags dropped, other tags as line breaks, and numeric
    /// character references (`&#57;`, `&#x39;`) decoded. One pass.
    static func readableText(ofMarkup markup: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(markup.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                let close = scalars[index...].firstIndex(of: ">") ?? scalars.count - 1
                var name = ""
                for next in scalars[(index + 1)...close] {
                    if next == "/" && name.isEmpty { continue }
                    guard next.properties.isAlphabetic || ("0"..."9").contains(next) else { break }
                    name.unicodeScalars.append(next)
                }
                if !inlineTags.contains(name.lowercased()) { output.append("\n") }
                index = close + 1
            } else if scalar == "&", let (decoded, length) = characterReference(at: index, in: scalars) {
                output.append(decoded)
                index += length
            } else {
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// `&#NNN;` or `&#xHH;` at `index`: the character and the reference's length.
    private static func characterReference(at index: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        guard index + 3 < scalars.count, scalars[index + 1] == "#" else { return nil }
        let hex = scalars[index + 2] == "x" || scalars[index + 2] == "X"
        var end = index + (hex ? 3 : 2)
        var digits = ""
        while end < scalars.count, end - index < 12, scalars[end] != ";" {
            digits.unicodeScalars.append(scalars[end])
            end += 1
        }
        guard end < scalars.count, scalars[end] == ";", let value = UInt32(digits, radix: hex ? 16 : 10),
            let decoded = Unicode.Scalar(value)
        else { return nil }
        return (decoded, end - index + 1)
    }

    /// JSON text with `\uXXXX` escapes decoded (the other escapes cannot hide a digit).
    static func decodingJSONEscapes(_ json: String) -> String {
        var output = String.UnicodeScalarView()
        let scalars = Array(json.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", index + 5 < scalars.count, scalars[index + 1] == "u",
                let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
                let decoded = Unicode.Scalar(value)
            {
                output.append(decoded)
                index += 6
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }
}
