// swift-tools-version: 6.0
// QI Directory (`qid`): validates a council's care-provider quality records and compiles them into a directory.
// The targets follow the pipeline: load (QIYAML, QILoader) → evaluate (QIDomain) → report/render → publish.
import PackageDescription

let package = Package(
    name: "qid",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "qid", targets: ["qid"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // FileDescriptor: the site's files written the same way on Linux and macOS (no Glibc calls of our own).
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        // CQC's spreadsheets: a streaming CSV reader (quotes, line breaks in quoted cells, a byte-order mark).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // `qid serve`'s HTTP server: async/await on its own sockets, no SwiftNIO. A clean debug build of it alone took
        // 27 s of CPU here (42 s wall); Hummingbird 2.28.1's, which pulls in SwiftNIO, 218 s of CPU (8 times as much).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // System libraries (Debian: libyaml-dev, libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // renameat2(RENAME_EXCHANGE) for the publish's one-step swap (Swift cannot call the variadic syscall()).
        .target(name: "CFileSwap"),
        // Independent work spread over every core, results in input order (no Foundation, no I/O of its own).
        // glibc's mallopt (malloc.h is not in Swift's Glibc module): caps the allocator's arenas at one per core.
        .target(name: "CAllocator"),
        .target(name: "QIParallel", dependencies: ["CAllocator"]),
        // The domain: records, the policy, the rules and the evaluation. No I/O, no HTML.
        .target(name: "QIDomain", dependencies: ["QIParallel"]),
        // YAML text → nodes that keep their 1-based line:column, with limits against hostile input.
        .target(name: "QIYAML", dependencies: ["CYAML"]),
        // The content tree on disk → typed records and format diagnostics; policy files → policies. The built-in
        // policies are compiled into the binary (no resource bundle to lose when qid is copied elsewhere).
        .target(
            name: "QILoader", dependencies: ["QIYAML", "QIDomain", "QIMarkdown", "QIParallel"],
            resources: [
                .embedInCode("Policies/oxfordshire.yaml"), .embedInCode("Policies/herefordshire.yaml"),
                .embedInCode("Policies/derby.yaml"), .embedInCode("Policies/staffordshire.yaml"),
            ]),
        // Markdown → safe HTML (cmark-gfm, raw HTML off).
        .target(name: "QIMarkdown", dependencies: ["CCmarkGFM"]),
        // Render and publish: view models → Mustache templates → files, written to a sibling folder and swapped in.
        .target(
            name: "QISite",
            dependencies: [
                "CFileSwap", "QIDomain", "QIMarkdown", "QIParallel", .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            // The default theme, compiled in (a copied qid builds with no theme folder; `qid theme export DIR` writes it out).
            resources: [
                .embedInCode("DefaultTheme/templates/404.mustache"),
                .embedInCode("DefaultTheme/templates/dashboard.mustache"),
                .embedInCode("DefaultTheme/templates/home.mustache"),
                .embedInCode("DefaultTheme/templates/layout.mustache"),
                .embedInCode("DefaultTheme/templates/light-tag.mustache"),
                .embedInCode("DefaultTheme/templates/list.mustache"),
                .embedInCode("DefaultTheme/templates/page.mustache"),
                .embedInCode("DefaultTheme/templates/pagination.mustache"),
                .embedInCode("DefaultTheme/templates/provider-row.mustache"),
                .embedInCode("DefaultTheme/templates/provider-table.mustache"),
                .embedInCode("DefaultTheme/templates/provider.mustache"),
                .embedInCode("DefaultTheme/assets/favicon.svg"),
                .embedInCode("DefaultTheme/assets/qid.css"),
                .embedInCode("DefaultTheme/assets/qid.js"),
            ]),
        // Diagnostics → text, GitHub annotations, JSON.
        .target(name: "QIReport", dependencies: ["QIDomain"]),
        // The pipeline's steps listed once, in order (load → evaluate → render → write → link check → publish), for
        // the command line, the tests and a long-running process alike.
        .target(name: "QIPipeline", dependencies: ["QIDomain", "QILoader", "QIParallel", "QIReport", "QISite"]),
        // `qid serve`: the site in memory (QIPipeline's PreviewSite) on 127.0.0.1, the content and theme watched, open
        // pages reloaded by server-sent events.
        .target(
            name: "QIServe",
            dependencies: ["QIDomain", "QIPipeline", "QIReport", "QISite", .product(name: "FlyingFox", package: "FlyingFox")]),
        // `qid import cqc`: CQC's public files (API JSON, spreadsheets as CSV) → provider.yaml and cqc.yaml.
        .target(
            name: "QIImport",
            dependencies: ["QIDomain", "QILoader", "QIParallel", .product(name: "CSV", package: "CSV.swift")]),
        // Officers' tools: `qid new` (a provider, rating or concern file pre-filled from the policy) and `qid schema`
        // (JSON Schemas and the field reference, from the declarations the loader reads).
        .target(name: "QIScaffold", dependencies: ["QIDomain", "QILoader"]),
        // The command line: parses arguments, calls the pipeline, prints.
        .executableTarget(
            name: "qid",
            dependencies: [
                "QIDomain", "QIImport", "QILoader", "QIParallel", "QIPipeline", "QIReport", "QIScaffold", "QIServe", "QISite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .target(name: "QITestSupport", dependencies: ["QIDomain", "QILoader"], path: "Tests/QITestSupport"),
        .testTarget(name: "QIDomainTests", dependencies: ["QIDomain", "QILoader", "QITestSupport"]),
        .testTarget(name: "QIYAMLTests", dependencies: ["QIYAML"]),
        .testTarget(name: "QILoaderTests", dependencies: ["QILoader", "QIDomain", "QITestSupport"]),
        .testTarget(name: "QIMarkdownTests", dependencies: ["QIMarkdown"]),
        .testTarget(name: "QISiteTests", dependencies: ["QISite", "QIDomain", "QITestSupport", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "QIParallelTests", dependencies: ["QIParallel"]),
        .testTarget(name: "QIImportTests", dependencies: ["QIImport", "QIDomain", "QILoader", "QITestSupport"]),
        .testTarget(
            name: "QIPipelineTests", dependencies: ["QIPipeline", "QIDomain", "QIMarkdown", "QIReport", "QISite", "QITestSupport"]),
        .testTarget(name: "QIServeTests", dependencies: ["QIServe", "QIPipeline", "QIDomain", "QITestSupport"]),
        // CSV.swift reads the built providers.csv back as a spreadsheet would.
        .testTarget(
            name: "QIEndToEndTests", dependencies: ["qid", "QITestSupport", .product(name: "CSV", package: "CSV.swift")],
            exclude: ["Snapshots"]),
    ],
    swiftLanguageModes: [.v6]
)
