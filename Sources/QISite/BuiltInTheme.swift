/// The default theme's files, compiled into the binary by SwiftPM (`embedInCode`), as the built-in policies are.
enum BuiltInTheme {
    /// How messages name it, in place of a folder.
    static let label = "qid's built-in theme"

    static let templates: [(name: String, text: String)] = [
        ("404", PackageResources._04_mustache), ("dashboard", PackageResources.dashboard_mustache),
        ("home", PackageResources.home_mustache), ("layout", PackageResources.layout_mustache),
        ("light-tag", PackageResources.light_tag_mustache), ("list", PackageResources.list_mustache),
        ("page", PackageResources.page_mustache), ("pagination", PackageResources.pagination_mustache),
        ("provider-row", PackageResources.provider_row_mustache), ("provider-table", PackageResources.provider_table_mustache),
        ("provider", PackageResources.provider_mustache),
    ].map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }

    static let assets: [(name: String, bytes: [UInt8])] = [
        ("favicon.svg", PackageResources.favicon_svg), ("qid.css", PackageResources.qid_css), ("qid.js", PackageResources.qid_js),
    ]
}
