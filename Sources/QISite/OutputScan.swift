import QIDomain
import QIParallel

/// QI-P1 once more, on what a public edition would publish: the text of every page, the search index and the sitemap,
/// as a reader or a search engine reads it (HTML tags and comments gone, character references decoded, JSON escapes
/// decoded), with the same normalised matcher as the loader (`NHSNumber.matches(inText:)`).
///
/// A number that only appears after rendering (a theme joining two fields, say) is caught here before publishing.
///
/// CQC ids are not matches (digits after `1-`); the exact values of other typed registration ids (a UPRN of ten
/// digits can pass the check), and a CQC id's digits after its `1-` wherever they appear (in a provider id made
/// from it), are exempt.
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
                guard let value = provider.registration.value(of: id) else { continue }
                exempt.insert(String(value.filter(\.isNumber)))
                // A CQC id's ten digits after its `1-` are what an id made from it shows (a folder named
                // norwood-drive-1770257802 for location 1-1770257802, as in the real data of Tests/Fixtures/cqc-real).
                if let last = value.split(separator: "-").last, last.count < value.count {
                    exempt.insert(String(last.filter(\.isNumber)))
                }
            }
        }
        self.exempt = exempt
    }

    /// The numbers in `files` (HTML, XML, Atom, JSON, CSV and text; the theme's CSS and JavaScript are not content).
    public func findings(in files: [OutputFile]) -> [Finding] {
        // Each file on its own core; the findings are joined in the files' order.
        Parallel.map(files) { file in findings(in: file) }.flatMap { $0 }
    }

    private func findings(in file: OutputFile) -> [Finding] {
        guard Self.scanned.contains(where: { file.path.hasSuffix($0) }) else { return [] }
        // CSV is read as it is (a `<` in a name must not hide what follows it as if it were a tag); markup is read
        // from its bytes, with no copy of the page as text first.
        let isMarkup = !file.path.hasSuffix(".json") && !file.path.hasSuffix(".csv")
        let text = isMarkup ? Self.readableText(ofMarkup: file.bytes) : String(decoding: file.bytes, as: UTF8.self)
        guard NHSNumber.mayHoldTenDigits(text) else { return [] }
        let readable = file.path.hasSuffix(".json") ? Self.decodingJSONEscapes(text) : text
        return NHSNumber.matches(inText: readable).filter { !exempt.contains($0.digits) }.map {
            Finding(path: file.path, digits: $0.digits)
        }
    }

    static let scanned = [".html", ".xml", ".json", ".txt", ".csv", ".atom"]

    /// Inline elements join their text (`943<span>476</span>5919` reads as one number); other tags, like a
    /// table cell's, end a run of text.
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]

    /// The text of HTML or XML: comments dropped, inline tags dropped, other tags as line breaks, and numeric character
    /// references (`&#57;`, `&#x39;`) decoded.
    ///
    /// One pass over the UTF-8 bytes.
    static func readableText(ofMarkup bytes: [UInt8]) -> String {
        let count = bytes.count
        var output: [UInt8] = []
        output.reserveCapacity(count)
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                var close = index + 1
                while close < count, bytes[close] != UInt8(ascii: ">") { close += 1 }
                var nameStart = index + 1
                if nameStart < count, bytes[nameStart] == UInt8(ascii: "/") { nameStart += 1 }
                var nameEnd = nameStart
                while nameEnd < close, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
                if !isInlineTag(bytes[nameStart..<nameEnd]) { output.append(UInt8(ascii: "\n")) }
                index = close + 1
            } else if byte == UInt8(ascii: "&"), let (decoded, length) = characterReference(at: index, in: bytes) {
                output.append(contentsOf: Array(String(decoded).utf8))
                index += length
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether a tag's name is one of `inlineTags`, in any case, read from its bytes: a page has hundreds of tags, and
    /// making each name a lower-cased String to look it up cost more than the rest of the scan.
    static func isInlineTag(_ name: ArraySlice<UInt8>) -> Bool {
        guard let key = tagKey(name) else { return false }
        return inlineTagKeys.contains(key)
    }

    /// A name of one to eight ASCII letters and digits, lower-cased and packed into an integer; nil for any other.
    private static func tagKey(_ name: some Collection<UInt8>) -> UInt64? {
        guard !name.isEmpty, name.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in name {
            guard byte < 0x80 else { return nil }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            key = key << 8 | UInt64(lower)
        }
        return key
    }

    private static let inlineTagKeys = Set(inlineTags.compactMap { tagKey(Array($0.utf8)) })

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte >= 0x80
    }

    /// `&#NNN;` or `&#xHH;` at `index`: the character and the reference's length in bytes.
    private static func characterReference(at index: Int, in bytes: [UInt8]) -> (Unicode.Scalar, Int)? {
        guard index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "#") else { return nil }
        let hex = bytes[index + 2] == UInt8(ascii: "x") || bytes[index + 2] == UInt8(ascii: "X")
        var end = index + (hex ? 3 : 2)
        while end < bytes.count, end - index < 12, bytes[end] != UInt8(ascii: ";") { end += 1 }
        let digitsStart = index + (hex ? 3 : 2)
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"),
            let value = UInt32(String(decoding: bytes[digitsStart..<end], as: UTF8.self), radix: hex ? 16 : 10),
            let decoded = Unicode.Scalar(value)
        else { return nil }
        return (decoded, end - index + 1)
    }

    /// JSON text with `\uXXXX` escapes decoded (the other escapes cannot hide a digit).
    static func decodingJSONEscapes(_ json: String) -> String {
        var text = json
        let decoded: String? = text.withUTF8 { bytes in
            let count = bytes.count
            func hexValue(_ byte: UInt8) -> UInt32? {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
                default: nil
                }
            }
            /// The character a `\uXXXX` at `index` stands for (not a lone surrogate, which is no character).
            func escape(at index: Int) -> Unicode.Scalar? {
                guard bytes[index] == UInt8(ascii: "\\"), index + 5 < count, bytes[index + 1] == UInt8(ascii: "u") else { return nil }
                var value: UInt32 = 0
                for offset in 2...5 {
                    guard let digit = hexValue(bytes[index + offset]) else { return nil }
                    value = value << 4 | digit
                }
                return Unicode.Scalar(value)
            }
            // The search index and the open data are megabytes of JSON with no such escape: read as written, with
            // no copy (a copy as an array of characters took four bytes a character, 48 MB at 25,000 providers).
            guard let first = (0..<count).first(where: { escape(at: $0) != nil }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(count)
            output.append(contentsOf: bytes[..<first])
            var index = first
            while index < count {
                if let scalar = escape(at: index) {
                    output.append(contentsOf: String(scalar).utf8)
                    index += 6
                } else {
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
        return decoded ?? json
    }
}
