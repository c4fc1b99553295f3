import ArgumentParser
import Foundation
import QIDomain
import QILoader
import QIPipeline
import QIReport

extension ReportFormat: ExpressibleByArgument {}

/// `qid check [CONTENT] [--as-of DATE] [--due-within DAYS] [--format text|github|json] [--strict]`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a content folder against the content format and the council's quality rules.",
        discussion: "Prints every problem as file:line:column, the rule id and what to do, then a summary. "
            + "Exits 1 on errors (or on warnings with --strict), 0 otherwise, 2 for a usage error.")

    @Argument(help: "The content folder (the one holding directory.yaml).")
    var content: String = "content"

    @Option(
        name: .customLong("as-of"), help: ArgumentHelp("The date to evaluate on, YYYY-MM-DD (default: today in the UK).", valueName: "date")
    )
    var asOf: Day?

    @Option(
        name: .customLong("due-within"),
        help: ArgumentHelp("How many days ahead the work list looks (default: the policy's due_within_days, 30).", valueName: "days"))
    var dueWithin: Int?

    @Option(help: "Output format: text, github (workflow annotations) or json.")
    var format: ReportFormat = .text

    @Flag(help: "Treat warnings as errors for the exit code.")
    var strict = false

    @Flag(help: "Print how long each phase took and the peak memory, on standard error.")
    var timings = false

    func validate() throws {
        try ContentFolder.validate(content)
        try DueWithin.validate(dueWithin)
    }

    func run() throws {
        let asOf = self.asOf ?? Day.today
        var phases = PhaseTimings()
        let result = Pipeline.check(root: content, asOf: asOf, dueWithinDays: dueWithin, timings: &phases)
        let summary = ReportSummary(
            errors: result.diagnostics.errorCount, warnings: result.diagnostics.warningCount,
            filesRead: result.filesRead, providers: result.content?.providers.count ?? 0, asOf: asOf)
        let report = DiagnosticPrinter.report(result.diagnostics, format: format, summary: summary, states: result.states)
        FileHandle.standardOutput.write(Data(report.utf8))
        if timings {
            FileHandle.standardError.write(Data(phases.report().utf8))
        }
        exitKeeping(result, code: summary.errors > 0 || (strict && summary.warnings > 0) ? 1 : 0)
    }
}
