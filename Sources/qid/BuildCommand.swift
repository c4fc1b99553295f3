import ArgumentParser
import Foundation
import QIDomain
import QILoader
import QIPipeline
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

    @Option(
        name: .customLong("as-of"), help: ArgumentHelp("The date to evaluate on, YYYY-MM-DD (default: today in the UK).", valueName: "date")
    )
    var asOf: Day?

    @Option(
        name: .customLong("due-within"),
        help: ArgumentHelp("How many days ahead the work list looks (default: the policy's due_within_days, 30).", valueName: "days"))
    var dueWithin: Int?

    @Flag(help: "Build the officers' internal edition (internal notes, officers, concern details, the work list). Never publish it.")
    var `internal` = false

    @Option(name: .customLong("base-url"), help: "Where the site is served from (default: base_url in directory.yaml, else /).")
    var baseURL: String?

    @Option(help: "A theme folder (default: themes/default in the working folder when it exists, else the built-in theme).")
    var theme: String?

    @Option(
        name: .customLong("page-size"),
        help: ArgumentHelp(
            "Providers per page of the home page and the filter pages (default: \(SiteOptions.defaultPageSize)).", valueName: "n"))
    var pageSize: Int = SiteOptions.defaultPageSize

    @Flag(help: "Print how long each phase took and the peak memory, on standard error.")
    var timings = false

    func validate() throws {
        try ContentFolder.validate(content)
        try DueWithin.validate(dueWithin)
        do {
            try OutputFolder.validate(output, content: content)
        } catch let problem as OutputFolder.Problem {
            throw ValidationError(problem.description)
        }
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
        let request = BuildRequest(
            content: content, output: output, asOf: asOf, dueWithinDays: dueWithin, edition: `internal` ? .internal : .public,
            baseURL: baseURL, themeFolder: theme, pageSize: pageSize)
        let outcome = Pipeline.build(request, timings: &phases)
        let diagnostics = outcome.check.diagnostics
        if !diagnostics.isEmpty {
            let lines = diagnostics.sortedForOutput().map(DiagnosticPrinter.text)
            FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        switch outcome.result {
        case .failure(let failure):
            if case .brokenLinks(let links) = failure {
                let lines = links.map { DiagnosticPrinter.text($0.diagnostic) }
                FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
            }
            FileHandle.standardError.write(Data("qid build: \(failure)\n".utf8))
            throw ExitCode(1)
        case .success(let written):
            for note in written.notes {
                FileHandle.standardError.write(Data("qid build: note: \(note)\n".utf8))
            }
            let edition = request.edition.rawValue
            let warnings = Grammar.count(diagnostics.warningCount, "warning")
            print(
                "qid build: \(written.pages) pages, \(written.files) files, \(Self.describe(written.bytes)) written to \(output) in "
                    + "\(String(format: "%.2f", phases.elapsed)) s (\(edition) edition, as of \(asOf), \(warnings))")
            if timings {
                FileHandle.standardError.write(Data(phases.report().utf8))
            }
            exitKeeping(outcome, code: 0)
        }
    }

    static func describe(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? String(format: "%.1f MB", Double(bytes) / 1_048_576) : String(format: "%.0f KB", Double(bytes) / 1024)
    }
}
