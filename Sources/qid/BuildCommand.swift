import ArgumentParser
import Foundation
import QIDomain
import QILoader
import QIParallel
import QIReport
import QISite

/// `qid build [CONTENT] [-o DIR] [--as-of DATE] [--due-within DAYS] [--internal] [--base-url URL] [--theme DIR] [--page-size N] [--timings]`.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then build the directory site into a folder (replaced whole, atomically).",
        discussion: "Runs the same checks as 'qid check' first: on any error it prints them, exits 1 and publishes nothing. "
            + "The site is written to a sibling folder and swapped in, so a failed build leaves the previous site whole.")

    @Argument(help: "The content folder (the one holding directory.yaml).")
    var content: String = "content"

    @Option(name: [.customShort("o"), .customLong("output")], help: "Where to write the site.")
    var output: String = "site"

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date to evaluate on, YYYY-MM-DD (default: today in the UK).", valueName: "date"))
    var asOf: Day?

    @Option(
        name: .customLong("due-within"),
        help: ArgumentHelp("How many days ahead the work list looks (default: the policy's due_within_days, 30).", valueName: "days"))
    var dueWithin: Int?

    @Flag(help: "Build the officers' internal edition (internal notes, officers, concern details, the work list). Never publish it.")
    var `internal` = false

    @Option(name: .customLong("base-url"), help: "Where the site is served from (default: base_url in directory.yaml, else /).")
    var baseURL: String?

    @Option(help: "The theme folder (default: themes/default of this qid).")
    var theme: String?

    @Option(name: .customLong("page-size"), help: ArgumentHelp("Providers per page of the home page and the filter pages (default: \(SiteOptions.defaultPageSize)).", valueName: "n"))
    var pageSize: Int = SiteOptions.defaultPageSize

    @Flag(help: "Print how long each phase took and the peak memory, on standard error.")
    var timings = false

    func validate() throws {
        try ContentFolder.validate(content)
        try DueWithin.validate(dueWithin)
        try OutputFolder.validate(output, content: content)
        if let baseURL, let problem = SafeLink.baseURL(baseURL, name: "--base-url") {
            throw ValidationError("\(problem.message): \(problem.fix)")
        }
        guard (1...5_000).contains(pageSize) else {
            throw ValidationError("--page-size must be from 1 to 5000 (a page of 5,000 providers is already about 2 MB)")
        }
    }

    func run() throws {
        let asOf = self.asOf ?? Day.today
        var phases = PhaseTimings()
        let result = DirectoryCheck.run(root: content, asOf: asOf, dueWithinDays: dueWithin, timings: &phases)
        let errors = result.diagnostics.errorCount
        if !result.diagnostics.isEmpty {
            let lines = result.diagnostics.sortedForOutput().map(DiagnosticPrinter.text)
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        guard errors == 0, let content = result.content, let policy = result.policy else {
            FileHandle.standardError.write(Data("qid build: \(Grammar.count(errors, "error")); nothing was published\n".utf8))
            throw ExitCode(1)
        }
        let loadedTheme: Theme
        do {
            loadedTheme = try phases.measure(.render) { try Theme.load(directory: theme ?? ThemeLocator.defaultTheme()) }
        } catch {
            FileHandle.standardError.write(Data("qid build: \(error); nothing was published\n".utf8))
            throw ExitCode(1)
        }
        let options = SiteOptions(
            edition: `internal` ? .internal : .public, baseURL: baseURL ?? content.settings.baseURL, asOf: asOf, pageSize: pageSize, dueWithinDays: dueWithin)
        let builder = SiteBuilder(content: content, policy: policy, states: result.states, theme: loadedTheme, options: options)
        let written: SiteWriter.Written
        do {
            let scan = options.edition == .public ? OutputScan(providers: content.providers) : nil
            written = try SiteWriter.write(builder, to: output, scan: scan, timings: &phases)
        } catch {
            FileHandle.standardError.write(Data("qid build: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let warnings = result.diagnostics.warningCount
        print("qid build: \(written.pages) pages, \(written.files) files, \(Self.describe(written.bytes)) written to \(output) in \(String(format: "%.2f", phases.elapsed)) s (\(options.edition.rawValue) edition, as of \(asOf), \(Grammar.count(warnings, "warning")))")
        if timings {
            FileHandle.standardError.write(Data(phases.report().utf8))
        }
    }

    static func describe(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.0f KB", Double(bytes) / 1024)
    }
}

/// Renders and writes the site in batches of pages, each rendered and then written on every core, so the
/// whole site is never held in memory at once: render, write, search index and publish are timed apart.
enum SiteWriter {
    struct Written {
        var pages = 0
        var files = 0
        var bytes = 0
    }

    struct PlanError: Error, CustomStringConvertible {
        let description: String
    }

    /// Pages rendered before they are written: enough to keep both cores busy, small enough to stay a few MB.
    static let batchSize = 512

    /// `scan`: for a public edition, QI-P1 on every file written; a number found refuses the publish.
    static func write(
        _ builder: SiteBuilder, to output: String, scan: OutputScan? = nil, timings: inout PhaseTimings
    ) throws -> Written {
        let prepared = timings.measure(.render) { builder.listings() }
        let planned = timings.measure(.render) { builder.plannedPages(prepared) }
        // Pages are written in parallel: two with one path would tear each other. The loader refuses the content
        // that could cause it (localities with one slug, lights keyed like "not yet rated"); this keeps it so.
        var paths = Set<String>()
        for page in planned where !paths.insert(page.path).inserted {
            throw PlanError(description: "two pages would be written to \(page.path); nothing was published")
        }
        let staging = try timings.measure(.write) { try StagingFolder(for: output) }
        var written = Written()
        var findings: [OutputScan.Finding] = []
        do {
            for start in stride(from: 0, to: planned.count, by: batchSize) {
                let batch = Array(planned[start..<min(planned.count, start + batchSize)])
                let files = timings.measure(.render) { Parallel.map(batch) { $0.render() } }
                findings += timings.measure(.render) { scan?.findings(in: files) ?? [] }
                written.bytes += try timings.measure(.write) { try staging.write(files) }
                written.pages += files.count
            }
            let index = timings.measure(.searchIndex) { builder.searchIndex(prepared) }
            let rest = builder.supportFiles(htmlPaths: planned.map(\.path)) + [index]
            written.bytes += try timings.measure(.write) { try staging.write(rest) }
            written.files = written.pages + rest.count + 1  // and the .qid-site marker, written first
            findings += scan?.findings(in: rest) ?? []
            if !findings.isEmpty { throw PlanError(description: PublishRefusal.message(findings)) }
            try timings.measure(.publish) { try staging.publish() }
        } catch {
            staging.discard()
            throw error
        }
        return written
    }
}

/// What `qid build` says when the output scan finds an NHS number: each output file and the record it came from.
enum PublishRefusal {
    static func message(_ findings: [OutputScan.Finding]) -> String {
        let lines = findings.map { finding in
            "  \(finding.path): an NHS-number-shaped value (10 digits passing the modulus 11 check) [QI-P1], from "
                + source(of: finding, among: findings)
        }
        return "the public edition would publish what looks like an NHS number; nothing was published\n" + lines.joined(separator: "\n")
            + "\n  fix: remove it from the record named (it only appears once rendered: look for digits split by markup, or a theme joining fields)"
    }

    /// The content record behind an output file: a provider's or a page's own file, else the provider page where
    /// the same number appears, else the settings or the theme.
    static func source(of finding: OutputScan.Finding, among findings: [OutputScan.Finding]) -> String {
        let parts = finding.path.split(separator: "/")
        if parts.count >= 2, parts[0] == "providers" { return "providers/\(parts[1])/ (provider.yaml, ratings, concerns)" }
        if parts.count >= 2, parts[0] == "pages" { return "pages/\(parts[1]).md" }
        if let provider = findings.first(where: { $0.digits == finding.digits && $0.path.hasPrefix("providers/") }) {
            return source(of: provider, among: [])
        }
        return "directory.yaml or the theme's templates (no provider page shows it)"
    }
}

/// Guards the output folder: qid replaces it whole, so it must be empty, absent, or an earlier qid site.
enum OutputFolder {
    static let marker = StagingFolder.marker

    static func validate(_ output: String, content: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let source = URL(fileURLWithPath: content).standardizedFileURL.resolvingSymlinksInPath().path
        if target == source || target.hasPrefix(source + "/") || source.hasPrefix(target + "/") {
            throw ValidationError("the output folder '\(output)' overlaps the content folder '\(content)': choose another, such as 'site'")
        }
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &isFolder) else {
            if let link = try? manager.destinationOfSymbolicLink(atPath: output) {
                throw ValidationError("'\(output)' is a link to '\(link)', which does not exist: create that folder, or remove the link")
            }
            return
        }
        guard isFolder.boolValue else {
            throw ValidationError("'\(output)' is a file, not a folder: choose another output folder")
        }
        let entries = ((try? manager.contentsOfDirectory(atPath: output)) ?? []).filter { $0 != "README.md" }
        if !entries.isEmpty && !entries.contains(marker) {
            throw ValidationError("'\(output)' holds files that qid did not build; qid replaces its output folder whole, so give an empty or new folder")
        }
    }
}

/// Finds the default theme: `themes/default` in the working folder, else beside the qid checkout.
enum ThemeLocator {
    static func defaultTheme() -> String {
        let manager = FileManager.default
        if manager.fileExists(atPath: "themes/default/templates") { return "themes/default" }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("themes/default")
            if manager.fileExists(atPath: candidate.appendingPathComponent("templates").path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return "themes/default"
    }
}
