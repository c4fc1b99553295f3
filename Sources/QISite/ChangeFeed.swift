import QIDomain

/// `changes.atom`: an Atom 1.0 feed (RFC 4287) of the changes of light that took effect in the 90 days up to the
/// as-of date, newest first, one entry per change.
///
/// A feed reader fetches it out of the site, so its links must be absolute: it is written only when the base URL is
/// a full `https://` or `http://` address (`base_url` in directory.yaml, or `--base-url`). With a path such as `/`
/// there is no feed and no link to one, and `qid build` says so.
///
/// Each entry's id is a tag URI (RFC 4151) made of the site's host, the day the change took effect, the base path,
/// the provider's id and the new light: `tag:directory.example.org,2026-03-14:/qi/providers/acorn-house/red`. It
/// depends on nothing else, so it stays the same in every build that lists the change.
enum ChangeFeed {
    static let path = "changes.atom"
    static let days = 90

    /// Whether a feed is written: the base URL is a full address.
    static func isPublished(_ options: SiteOptions) -> Bool {
        options.baseURL.hasPrefix("https://") || options.baseURL.hasPrefix("http://")
    }

    /// The note `qid build` prints when no feed is written.
    static func skippedNote(_ options: SiteOptions) -> String? {
        guard !isPublished(options) else { return nil }
        return "changes.atom was not written: its links must be absolute, and the base URL '\(options.baseURL)' is a path; "
            + "set base_url in directory.yaml (or --base-url) to the site's full address, such as https://www.example.org/qi-directory/"
    }

    static func feed(_ renderer: SiteRenderer, changes: LightChanges) -> OutputFile? {
        let options = renderer.options
        guard isPublished(options) else { return nil }
        let policy = renderer.policy
        let base = options.baseURL
        let evaluator = LightEvaluator(policy: policy)
        let entries = changes.recent(days: days, asOf: options.asOf)
        let noun = policy.lightsTitle.lowercased()
        let updated = entries.first?.change.day ?? options.asOf
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        xml += "  <title>\(MarkupText.escaped("Changes of \(noun): \(renderer.content.settings.title)"))</title>\n"
        xml +=
            "  <subtitle>\(MarkupText.escaped("Every change of \(noun) in the \(days) days to \(options.asOf.longDescription), newest first."))</subtitle>\n"
        xml += "  <id>\(MarkupText.escaped(base + path))</id>\n"
        xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(MarkupText.escaped(base + path))\"/>\n"
        xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupText.escaped(base + "dashboard/"))\"/>\n"
        xml += "  <updated>\(timestamp(updated))</updated>\n"
        xml += "  <author><name>\(MarkupText.escaped(renderer.content.settings.organisation))</name></author>\n"
        for entry in entries {
            let provider = entry.provider
            let change = entry.change
            let from = renderer.tag(light: change.from ?? policy.notYetRated.key)
            let to = renderer.tag(light: change.to ?? policy.notYetRated.key)
            let reason = evaluator.state(of: provider, on: change.day).explanation
            xml += "  <entry>\n"
            xml += "    <id>\(MarkupText.escaped(entryID(base: base, provider: provider.id, day: change.day, light: to.key)))</id>\n"
            xml += "    <title>\(MarkupText.escaped("\(provider.name.value): \(from.word) to \(to.word)"))</title>\n"
            xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(MarkupText.escaped(renderer.providerHref(provider.id)))\"/>\n"
            xml += "    <published>\(timestamp(change.day))</published>\n"
            xml += "    <updated>\(timestamp(change.day))</updated>\n"
            xml += "    <category term=\"\(MarkupText.escaped(to.key))\" label=\"\(MarkupText.escaped(to.word))\"/>\n"
            xml += "    <content type=\"text\">\(MarkupText.escaped(reason))</content>\n"
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: path, text: xml)
    }

    /// `tag:HOST,DAY:PATHproviders/ID/LIGHT` (the host without its port, the base URL's path).
    static func entryID(base: String, provider: String, day: Day, light: String) -> String {
        let afterScheme = base.drop { $0 != "/" }.dropFirst(2)
        let authority = afterScheme.prefix { $0 != "/" }
        let path = afterScheme.dropFirst(authority.count)
        let host = authority.split(separator: ":", maxSplits: 1).first.map(String.init) ?? String(authority)
        return "tag:\(host.lowercased()),\(day.description):\(path)providers/\(provider)/\(light)"
    }

    /// Midnight UTC of the day: Atom's date-time.
    static func timestamp(_ day: Day) -> String { "\(day.description)T00:00:00Z" }

}
