import ArgumentParser
import QIDomain
import QIPipeline
import QIServe
import QISite

/// `qid serve [CONTENT] [--port N] [--internal] [--as-of DATE] [--theme DIR]`.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site in memory and serve it on 127.0.0.1, rebuilding and reloading open pages on every saved change.",
        discussion: "Watches the content folder and the theme. A change to one provider's files rebuilds only what shows it; "
            + "while the content has errors every page shows them (file:line:column, rule, fix). Nothing is written to disk. "
            + "Ctrl-C stops it.")

    @Argument(help: "The content folder (the one holding directory.yaml).")
    var content: String = "content"

    @Option(help: "The port to listen on, on 127.0.0.1 only (0: any free port; the address is printed).")
    var port: Int = 8000

    @Flag(help: "Serve the officers' internal edition (internal notes, officers, concern details, the work list).")
    var `internal` = false

    @Option(
        name: .customLong("as-of"), help: ArgumentHelp("The date to evaluate on, YYYY-MM-DD (default: today in the UK).", valueName: "date")
    )
    var asOf: Day?

    @Option(help: "A theme folder (default: themes/default in the working folder when it exists, else the built-in theme).")
    var theme: String?

    func validate() throws {
        try ContentFolder.validate(content)
        guard (0...65_535).contains(port) else {
            throw ValidationError("--port must be from 0 to 65535 (0 picks a free port)")
        }
    }

    func run() throws {
        let request = BuildRequest(
            content: content, output: "", asOf: asOf ?? Day.today, edition: `internal` ? .internal : .public, baseURL: "/",
            themeFolder: theme)
        PreviewServer.run(request, port: UInt16(port))
    }
}
