/// The one check for every value from content or the command line that becomes part of an `href` or `src`: the
/// base URL, provider websites, email addresses (`mailto:`), phone numbers and the regulators' ids that CQC and
/// Ofsted links are built from.
///
/// HTML escaping keeps a value inside its attribute, but not out of the link: `javascript:alert(1)` escapes to
/// itself. So each value must have one plain shape, checked by allowing what is good (a path, `https://host/…`,
/// `name@example.org`) rather than by refusing known schemes. Each check returns nil for a good value, or the
/// problem with a fix that shows a good value; the loader reports it as QI-F7, the `--base-url` option as a usage
/// error, and the site builder links a value only when it passes.
public enum SafeLink {
    /// What is wrong with a value, and a fix that shows a good one.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let message: String
        public let fix: String

        public var description: String { "\(message): \(fix)" }
    }

    /// Where the site is served from: a path (`/`, `/qi-directory/`) or an absolute `https://` or `http://` URL,
    /// ending in `/`.
    public static func baseURL(_ value: String, name: String = "base_url") -> Problem? {
        let fix = "write a path like /qi-directory/ or a full address like https://www.example.org/qi-directory/ (ending in /)"
        if let problem = plain(value, name: name, fix: fix) { return problem }
        if value.contains("?") || value.contains("#") {
            return Problem(message: "'\(name)' is \(shown(value)), which has a query or fragment ('?' or '#')", fix: fix)
        }
        let isPath = value.hasPrefix("/") && !value.hasPrefix("//")
        guard isPath || host(of: value) != nil else {
            return Problem(message: "'\(name)' is \(shown(value)), not a path starting with / or an https:// or http:// address", fix: fix)
        }
        guard value.hasSuffix("/") else {
            return Problem(message: "'\(name)' is \(shown(value)), which does not end in /", fix: "write \(shown(value + "/"))")
        }
        return nil
    }

    /// A website: an absolute `https://` or `http://` address with a host name, or a bare address that starts
    /// with a host name holding a dot (`www.example.org/care`, as CQC's data writes them), linked over https.
    public static func website(_ value: String, name: String = "website") -> Problem? {
        let fix = "write the address, like https://www.example.org/ or www.example.org"
        if let problem = plain(value, name: name, fix: fix) { return problem }
        guard websiteHref(value) != nil else {
            return Problem(message: "'\(name)' is \(shown(value)), not an https:// or http:// address", fix: fix)
        }
        return nil
    }

    /// The link for a website that `website(_:)` passes: the address itself, or `https://` and a bare address.
    public static func websiteHref(_ value: String) -> String? {
        guard plain(value, name: "website", fix: "") == nil else { return nil }
        if host(of: value) != nil { return value }
        let hostPart = value.prefix { $0 != "/" }
        guard hostPart.contains("."), !value.contains("://"), isHostName(hostPart), hostPart.contains(where: \.isLetter) else { return nil }
        return "https://" + value
    }

    /// An email address, linked as `mailto:`: a plain `name@domain`, with no scheme, quotes, spaces or `?`.
    public static func email(_ value: String, name: String = "email") -> Problem? {
        let fix = "write the address alone, like name@example.org"
        if let problem = plain(value, name: name, fix: fix) { return problem }
        if let verdict = asciiEmail(value) {
            return verdict ? nil : Problem(message: "'\(name)' is \(shown(value)), not an email address", fix: fix)
        }
        guard characterEmail(value) else {
            return Problem(message: "'\(name)' is \(shown(value)), not an email address", fix: fix)
        }
        return nil
    }

    /// `name@domain`, read by characters: letters and digits of any script.
    static func characterEmail(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty else { return false }
        return local.allSatisfy({ $0.isLetter || $0.isNumber || localCharacters.contains($0) }) && isHostName(domain)
            && domain.contains(".")
    }

    /// The same verdict as the general check for an all-ASCII address, read byte by byte (every provider has one);
    /// nil for any other, which the general check reads by characters.
    static func asciiEmail(_ value: String) -> Bool? {
        let bytes = value.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        guard let at = bytes.firstIndex(of: UInt8(ascii: "@")) else { return false }
        let local = bytes[..<at]
        let domain = bytes[bytes.index(after: at)...]
        func isAlphanumeric(_ byte: UInt8) -> Bool { (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 }
        guard !local.isEmpty, local.allSatisfy({ isAlphanumeric($0) || asciiLocalCharacters.contains($0) }),
            let first = domain.first, let last = domain.last,
            first != UInt8(ascii: "."), first != UInt8(ascii: "-"), last != UInt8(ascii: "."),
            domain.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") }),
            domain.contains(UInt8(ascii: "."))
        else { return false }
        return true
    }

    private static let asciiLocalCharacters: Set<UInt8> = Set("._%+-".utf8)
    private static let phoneCharacters: Set<Character> = Set(" +()-")

    /// A phone number: digits, spaces, `+`, brackets and dashes.
    public static func phone(_ value: String, name: String = "phone") -> Problem? {
        let allowed = phoneCharacters
        guard value.contains(where: \.isASCIIDigit), value.allSatisfy({ $0.isASCIIDigit || allowed.contains($0) }) else {
            return Problem(
                message: "'\(name)' is \(shown(value)), not a phone number",
                fix: "write digits, spaces, +, brackets and dashes only, like 01865 123456 or +44 (0)1865 123456")
        }
        return nil
    }

    // MARK: Shared pieces

    /// Refuses what no link value may hold: nothing at all, spaces, control or invisible characters, quotes, `<`,
    /// `>` and backslashes (browsers strip tabs and newlines inside a scheme, so `java\tscript:` is `javascript:`).
    private static func plain(_ value: String, name: String, fix: String) -> Problem? {
        if value.isEmpty {
            return Problem(message: "'\(name)' is empty", fix: fix)
        }
        if let bad = value.unicodeScalars.first(where: { isInvisible($0) || isRefused($0) }) {
            let what = isInvisible(bad) ? "a space or control character" : "the character \(bad)"
            return Problem(message: "'\(name)' is \(shown(value)), which holds \(what)", fix: fix)
        }
        return nil
    }

    /// The characters an email address's local part may hold besides letters and digits.
    private static let localCharacters = Set("._%+-")
    /// Quotes, `<`, `>` and backslashes: no link value holds them.
    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "`", "<", ">", "\\": true
        default: false
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII's invisible characters are its controls and the space (its whitespace is among them).
        if scalar.isASCII { return scalar.value <= 0x20 || scalar.value == 0x7F }
        let properties = scalar.properties
        return properties.isWhitespace || properties.generalCategory == .control || properties.generalCategory == .format
            || properties.generalCategory == .lineSeparator || properties.generalCategory == .paragraphSeparator
    }

    /// The host of an absolute `https://` or `http://` URL (either case), or nil when it is not one or has none.
    private static func host(of value: String) -> Substring? {
        let lowered = value.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else { return nil }
        let rest = value.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        // A port is allowed; user names are not ("https://council.example@evil.example" goes to evil.example).
        let host = authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let name = host.first, isHostName(name), host.count == 1 || host.last?.allSatisfy(\.isASCIIDigit) == true else {
            return nil
        }
        return name
    }

    private static func isHostName(_ name: Substring) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.hasPrefix("-") && !name.hasSuffix(".")
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// The value quoted for a message, control characters written as escapes so the message stays one line.
    public static func shown(_ value: String) -> String {
        var text = ""
        for scalar in value.unicodeScalars.prefix(80) {
            switch scalar {
            case "\t": text += "\\t"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case _ where isInvisible(scalar) && scalar != " ": text += "\\u{\(String(scalar.value, radix: 16))}"
            default: text.unicodeScalars.append(scalar)
            }
        }
        return "'" + text + (value.unicodeScalars.count > 80 ? "…" : "") + "'"
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
