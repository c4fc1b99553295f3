import ArgumentParser
import Foundation
import QIDomain
import QIPipeline
import QIReport

extension DiffFormat: ExpressibleByArgument {}

/// `qid diff BASE [HEAD] [--content DIR] [--as-of DATE] [--due-within DAYS] [--format text|markdown|json]`.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what a change does to the directory: whose light, review or work list changes, and why.",
        discussion: "BASE and HEAD are git revisions of the repository that holds the content folder, or content folders. "
            + "HEAD defaults to the working tree. Both are checked as qid check does, on the same date. "
            + "Exits 0 whether or not anything changes, 2 for a bad revision, folder or option.")

    @Argument(help: ArgumentHelp("A git revision (branch, tag, commit) or a content folder to compare from.", valueName: "base"))
    var base: String

    @Argument(
        help: ArgumentHelp(
            "A git revision or a content folder to compare to (default: the working tree's content folder).", valueName: "head"))
    var head: String?

    @Option(
        help: ArgumentHelp("The content folder in the working tree; revisions are read at its path in the repository.", valueName: "dir"))
    var content: String = "content"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The date to evaluate both on, YYYY-MM-DD (default: today in the UK).", valueName: "date")
    )
    var asOf: Day?

    @Option(
        name: .customLong("due-within"),
        help: ArgumentHelp("How many days ahead the work list looks (default: the policy's due_within_days, 30).", valueName: "days"))
    var dueWithin: Int?

    @Option(help: "Output format: text, markdown (for a pull request comment) or json.")
    var format: DiffFormat = .text

    func validate() throws {
        try DueWithin.validate(dueWithin)
    }

    func run() throws {
        let request = DiffRequest(
            base: DiffSource(argument: base), head: head.map(DiffSource.init(argument:)) ?? .workingTree, content: content,
            asOf: asOf ?? Day.today, dueWithinDays: dueWithin)
        let diff: DirectoryDiff
        do {
            diff = try Pipeline.diff(request)
        } catch {
            FileHandle.standardError.write(Data("qid diff: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        FileHandle.standardOutput.write(Data(DiffReport.render(diff, format: format).utf8))
    }
}
