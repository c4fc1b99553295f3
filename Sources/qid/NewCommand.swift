import ArgumentParser
import Foundation
import QIDomain
import QILoader
import QIReport
import QIScaffold

extension RatingBasis: ExpressibleByArgument {}

/// `qid new provider NAME [CONTENT]`, `qid new rating PROVIDER [CONTENT]`, `qid new concern PROVIDER [CONTENT]`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new provider, rating or concern file, pre-filled so that it checks clean.",
        discussion: "Writes the file at its right path and name, with the allowed values in comments, and prints what to edit "
            + "next. It never overwrites a file and never changes another one.",
        subcommands: [Provider.self, Rating.self, Concern.self])

    struct Provider: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write providers/ID/provider.yaml for a new provider.")

        @Argument(help: "The provider's name; its id (folder name) is made from it.")
        var name: String

        @Argument(help: "The content folder (the one holding directory.yaml).")
        var content: String = "content"

        @Option(help: ArgumentHelp("The provider's id, when not the one made from its name.", valueName: "id"))
        var id: String?

        @Option(help: ArgumentHelp("The assigned officer, an id of officers.yaml.", valueName: "id"))
        var officer: String?

        func run() throws {
            try NewCommand.write(content: content) { try $0.newProvider(name: name, id: id, officer: officer) }
        }
    }

    struct Rating: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Write providers/ID/ratings/DATE.yaml: every standard from the previous rating's lights, and the approvals a lift needs.")

        @Argument(help: "The provider's id (its folder under providers/).")
        var provider: String

        @Argument(help: "The content folder (the one holding directory.yaml).")
        var content: String = "content"

        @Option(help: "How the provider was reviewed (default desktop-review; pre-service-check for a first rating).")
        var basis: RatingBasis?

        @Option(help: ArgumentHelp("The rating's date, YYYY-MM-DD (default: today in the UK).", valueName: "date"))
        var date: Day?

        @Option(
            help: ArgumentHelp("The overall light (default the previous rating's); a lift gets its approvals block.", valueName: "light"))
        var overall: String?

        func run() throws {
            let date = self.date ?? Day.today
            try NewCommand.write(content: content, asOf: date) {
                try $0.newRating(provider: provider, date: date, basis: basis, overall: overall)
            }
        }
    }

    struct Concern: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write providers/ID/concerns/DATE-SLUG.yaml for a new concern process.")

        @Argument(help: "The provider's id (its folder under providers/).")
        var provider: String

        @Argument(help: "The content folder (the one holding directory.yaml).")
        var content: String = "content"

        @Option(help: "The concern's public title (no personal data); the file name's slug is made from it.")
        var title: String

        @Option(help: "The process, a key of the policy's processes (such as standards-of-care or serious-concerns).")
        var process: String

        @Option(help: ArgumentHelp("The date it was raised, YYYY-MM-DD (default: today in the UK).", valueName: "date"))
        var date: Day?

        func run() throws {
            let date = self.date ?? Day.today
            try NewCommand.write(content: content, asOf: date) {
                try $0.newConcern(provider: provider, title: title, process: process, date: date)
            }
        }
    }

    /// Makes the file, writes it, then prints its path, any problem `qid check` finds in it and what to edit next.
    ///
    /// A refusal (a file already there, an unknown provider or process) is a usage error: exit 2, nothing written.
    static func write(content: String, asOf: Day = Day.today, make: (Scaffold) throws -> NewFile) throws {
        let file: NewFile
        let scaffold: Scaffold
        do {
            scaffold = try Scaffold(root: content)
            file = try make(scaffold)
            try scaffold.write(file)
        } catch let error as ScaffoldError {
            FileHandle.standardError.write(Data("qid new: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        print("qid new: wrote \(scaffold.display(file.path))")
        let problems = scaffold.diagnostics(of: file, asOf: asOf)
        if !problems.isEmpty {
            print("qid check finds in it:")
            for problem in problems { print("  " + DiagnosticPrinter.text(problem)) }
        }
        print("Next:")
        for step in file.next { print("  - \(step)") }
        if !scaffold.hasSchemas {
            print("  - for completion in your editor, write the schemas its first line points at: qid schema \(content)")
        }
        print("  - then run: qid check \(content)")
    }
}
