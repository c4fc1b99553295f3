import Foundation
import QIDomain
import QISite

/// Step 6 of a build (QI-F12): every internal link and asset reference in the rendered pages (`href`, `src`, `action`
/// and the search form's `data-qid-index`) goes to a file of the new site.
///
/// Links are collected while the pages are rendered (one pass over each page's bytes, no disk reads) and resolved once
/// all are written. A broken link from a free page's Markdown is reported at its line and column in the page's file;
/// one that the theme writes, at the template line that holds it.
public struct LinkCheck: Sendable {
    /// Where the site is served from ("/" or "/qi-directory/" or "https://example.org/qi/").
    let baseURL: String
    /// The free pages, to place a link written in their Markdown.
    let pages: [Page]

    public init(baseURL: String, pages: [Page]) {
        self.baseURL = baseURL
        self.pages = pages
    }

    /// One page's link to a path of the site, as written.
    struct Reference: Sendable {
        var href: String
        var page: String
        var template: String
        var source: String?
    }

    /// Each linked path of the site with the first page that links to it.
    struct References: Sendable {
        var first: [String: Reference] = [:]

        mutating func add(_ other: References) {
            for (path, reference) in other.first where first[path] == nil {
                first[path] = reference
            }
        }
    }

    public struct BrokenLink: Sendable {
        public var diagnostic: Diagnostic
    }

    // MARK: Collecting

    /// The site paths that `files` (a batch of rendered pages, in the order of `planned`) link to.
    func references(in files: [OutputFile], planned: [PlannedPage]) -> References {
        var references = References()
        // Most links of a site are the same few (navigation, assets, list rows): each absolute one is resolved once.
        var seen: [String: String?] = [:]
        for (file, page) in zip(files, planned) where file.path.hasSuffix(".html") {
            for href in Self.attributeValues(in: file.bytes) {
                let path: String?
                if href.hasPrefix("/") || href.contains(":") {
                    if let known = seen[href] {
                        path = known
                    } else {
                        path = resolve(href, from: file.path)
                        seen[href] = path
                    }
                } else {
                    path = resolve(href, from: file.path)
                }
                guard let path, references.first[path] == nil else { continue }
                references.first[path] = Reference(href: href, page: file.path, template: page.template, source: page.source)
            }
        }
        return references
    }

    /// The site paths that the files qid writes itself link to (the change feed's `href`s); a broken one is reported
    /// at the file.
    func references(inGenerated files: [OutputFile]) -> References {
        var references = References()
        for file in files where file.path.hasSuffix(".atom") {
            for href in Self.attributeValues(in: file.bytes) {
                guard let path = resolve(href, from: file.path), references.first[path] == nil else { continue }
                references.first[path] = Reference(href: href, page: file.path, template: "", source: nil)
            }
        }
        return references
    }

    /// The values of the link attributes in an HTML page, entities in them decoded.
    static func attributeValues(in bytes: [UInt8]) -> [String] {
        let names: [[UInt8]] = ["href", "src", "action", "data-qid-index"].map { Array($0.utf8) }
        var values: [String] = []
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            // Every attribute of ours is written name="value".
            guard bytes[index] == UInt8(ascii: "="), bytes[index + 1] == UInt8(ascii: "\"") else {
                index += 1
                continue
            }
            let isLink = names.contains { name in
                index >= name.count && bytes[(index - name.count)..<index].elementsEqual(name)
                    && (index == name.count || bytes[index - name.count - 1] == UInt8(ascii: " "))
            }
            let start = index + 2
            var end = start
            while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
            if isLink {
                values.append(decodeEntities(String(decoding: bytes[start..<end], as: UTF8.self)))
            }
            index = end + 1
        }
        return values
    }

    private static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
                of: "&gt;", with: ">")
    }

    /// The file of the site a link goes to ("providers/acorn-house/index.html"), or nil for a link that leaves
    /// the site (another host, `mailto:`, a path outside the base) or stays on the page (`#top`).
    func resolve(_ href: String, from page: String) -> String? {
        var link = Substring(href)
        if let cut = link.firstIndex(where: { $0 == "?" || $0 == "#" }) { link = link[..<cut] }
        if link.isEmpty { return nil }
        let basePath = Self.path(of: baseURL)
        var relative: Substring
        if link.hasPrefix(baseURL) {
            relative = link.dropFirst(baseURL.count)
        } else if link.hasPrefix("//") || link.contains(":") {
            return nil
        } else if link.hasPrefix("/") {
            guard link.hasPrefix(basePath) else { return nil }
            relative = link.dropFirst(basePath.count)
        } else {
            let folder = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            relative = Substring(folder.isEmpty ? String(link) : folder + "/" + link)
        }
        var parts: [Substring] = []
        for part in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch part {
            case "", ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(part)
            }
        }
        let decoded = parts.map { $0.removingPercentEncoding ?? String($0) }.joined(separator: "/")
        if decoded.isEmpty { return "index.html" }
        return relative.hasSuffix("/") ? decoded + "/index.html" : decoded
    }

    /// The path part of a base URL: "/qi/" of "https://example.org/qi/".
    private static func path(of base: String) -> String {
        guard let scheme = base.range(of: "://") else { return base }
        let rest = base[scheme.upperBound...]
        return rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
    }

    // MARK: Resolving

    /// The theme a link check names in its messages: its folder (or the built-in theme's name) and its templates.
    struct ThemeText {
        var directory: String
        var templates: [String: String]
    }

    /// The links that go to no file of `files` (a folder's `index.html` counts for the folder), sorted by where
    /// they are reported.
    func broken(_ references: References, in files: Set<String>, theme: ThemeText) -> [BrokenLink] {
        var broken: [BrokenLink] = []
        for (path, reference) in references.first where !files.contains(path) && !files.contains(path + "/index.html") {
            broken.append(BrokenLink(diagnostic: diagnostic(reference, theme: theme)))
        }
        let sorted = broken.map(\.diagnostic).sortedForOutput()
        return sorted.map { BrokenLink(diagnostic: $0) }
    }

    private func diagnostic(_ reference: Reference, theme: ThemeText) -> Diagnostic {
        if let source = reference.source, let data = FileManager.default.contents(atPath: source),
            let location = Self.locate(reference.href, in: String(decoding: data, as: UTF8.self), file: source)
        {
            return BrokenLinkRule.inPage(reference.href, at: location, page: reference.page)
        }
        if reference.template.isEmpty {
            return BrokenLinkRule.inPage(reference.href, at: SourceLocation(file: reference.page, line: 1, column: 1), page: reference.page)
        }
        let location = Self.locateInTheme(reference.href, base: baseURL, theme: theme, template: reference.template)
        return BrokenLinkRule.inTheme(reference.href, at: location, page: reference.page, template: reference.template)
    }

    /// Where `text` is first written in `content`, the text of `file` (1-based line and column, in characters).
    static func locate(_ text: String, in content: String, file: String) -> SourceLocation? {
        guard let range = content.range(of: text) else { return nil }
        let before = content[..<range.lowerBound]
        let line = before.reduce(1) { $0 + ($1 == "\n" ? 1 : 0) }
        let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
        return SourceLocation(file: file, line: line, column: before[lineStart...].unicodeScalars.count + 1)
    }

    /// The template line that writes a link: the first template holding what follows the base in it, else the page's
    /// own template.
    static func locateInTheme(_ href: String, base: String, theme: ThemeText, template: String) -> SourceLocation {
        let folder = theme.directory + "/templates"
        let tail = href.hasPrefix(base) ? String(href.dropFirst(base.count)) : href
        if !tail.isEmpty {
            for name in [template] + theme.templates.keys.sorted() {
                guard let text = theme.templates[name] else { continue }
                if let location = locate(tail, in: text, file: "\(folder)/\(name).mustache") { return location }
            }
        }
        return SourceLocation(file: "\(folder)/\(template).mustache", line: 1, column: 1)
    }

    /// What `qid build` prints for broken links: one diagnostic a line.
    static func message(_ links: [BrokenLink]) -> String {
        "\(Grammar.count(links.count, "broken link")); nothing was published"
    }
}
