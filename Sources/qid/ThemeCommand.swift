import ArgumentParser
import Foundation
import QISite

/// `qid theme export DIR`: the built-in theme's templates and assets, as the starting point of a council's own.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "The built-in theme.", subcommands: [Export.self])

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the built-in theme (templates/ and assets/) into a folder, to edit as your own.",
            discussion: "Copy the folder to themes/default in your content repository (qid uses it instead of its own), "
                + "or give it to qid build --theme DIR.")

        @Argument(help: "An empty or new folder.")
        var folder: String

        func run() throws {
            do {
                try Theme.builtIn().export(to: folder)
            } catch {
                FileHandle.standardError.write(Data("qid theme export: \(error)\n".utf8))
                throw ExitCode(1)
            }
            print("qid theme export: the built-in theme written to \(folder) (templates/, assets/)")
        }
    }
}
