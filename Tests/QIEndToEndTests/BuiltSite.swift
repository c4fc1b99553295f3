import Foundation
import QITestSupport
import Testing

/// A site built by the real `qid` into a temporary folder, and ways to read it back: a file's text, a table by its
/// caption, `qid check --format json` on the same content for the lights the records give on a date.
struct BuiltSite {
    let folder: URL
    let output: QID.Output

    /// Builds `content` (a folder, relative to the package or absolute) into a new temporary folder.
    static func build(_ content: String, asOf: String, _ extra: [String] = []) throws -> BuiltSite {
        let folder = TemporaryFolder.make("qid-site")
        let output = try QID.run(["build", content, "-o", folder.path, "--as-of", asOf] + extra)
        try #require(output.status == 0, "\(output.stderr)")
        return BuiltSite(folder: folder, output: output)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    func text(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(path)), as: UTF8.self)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path)
    }

    /// The table with this caption on the page: its header row then each body row, as the cells' text.
    func table(_ page: String, caption: String) throws -> [[String]] {
        let html = try text(page)
        let start = try #require(html.range(of: "<caption class=\"qi-visually-hidden\">\(caption)</caption>"), "no table '\(caption)'")
        let end = try #require(html.range(of: "</table>", range: start.upperBound..<html.endIndex))
        return Self.rows(String(html[start.upperBound..<end.lowerBound]))
    }

    /// The table's rows with the links of their header cells.
    func rowLinks(_ page: String, caption: String) throws -> [String] {
        let html = try text(page)
        let start = try #require(html.range(of: "<caption class=\"qi-visually-hidden\">\(caption)</caption>"))
        let end = try #require(html.range(of: "</table>", range: start.upperBound..<html.endIndex))
        let body = String(html[start.upperBound..<end.lowerBound])
        return Self.matches(#"<th scope="row"><a href="([^"]*)""#, in: body)
    }

    static func rows(_ html: String) -> [[String]] {
        html.components(separatedBy: "<tr>").dropFirst().map { row in
            matches(#"<t[hd][^>]*>(.*?)</t[hd]>"#, in: row).map(plain)
        }
    }

    /// The first group of each match of `pattern`.
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The text of an HTML fragment: tags gone, entities decoded, spaces collapsed.
    static func plain(_ html: String) -> String {
        let noTags = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        let decoded = noTags.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(
                of: "&amp;", with: "&")
        return decoded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Each provider's light as `qid check` works it out on `asOf`: id → light key.
    static func lights(_ content: String, asOf: String) throws -> [String: String] {
        let output = try QID.run(["check", content, "--as-of", asOf, "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        let providers = try #require(report["providers"] as? [[String: Any]])
        var lights: [String: String] = [:]
        for provider in providers {
            if let id = provider["id"] as? String, let light = provider["light"] as? String { lights[id] = light }
        }
        return lights
    }

    /// The providers of `providers.json`: one dictionary each, in the file's order.
    func openDataProviders() throws -> [[String: Any]] {
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("providers.json"))) as? [String: Any])
        return try #require(json["providers"] as? [[String: Any]])
    }
}
