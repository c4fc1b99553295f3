/// QI-F12: A link in a free page or a theme template that goes to no file of the site being built.
///
/// Declared here; reported by the build's link check (`LinkCheck` in QIPipeline) before anything is published.
public struct BrokenLinkRule: FormatRule {
    public static let id: RuleID = "QI-F12"
    public static let summary =
        "Every internal link and asset reference of a built site (free pages' Markdown, the theme) goes to "
        + "one of its files; a build publishes nothing otherwise."

    public init() {}
}

extension BrokenLinkRule {
    /// A link in a free page's Markdown that goes to no file of the site.
    public static func inPage(_ href: String, at location: SourceLocation, page: String) -> Diagnostic {
        .error(
            id, at: location, "the link '\(href)' goes to no page or file of the site (on \(page))",
            fix: "link to a page the site has, such as a provider's page or another free page, or remove the link")
    }

    /// A link that a theme template writes, to no file of the site.
    public static func inTheme(_ href: String, at location: SourceLocation, page: String, template: String) -> Diagnostic {
        .error(
            id, at: location, "the theme's '\(template)' template links to '\(href)', which is no file of the site (first on \(page))",
            fix: "correct the link in the template, or add the page or asset it names")
    }
}
