import ArgumentParser
import Foundation
import QIImport

/// `qid import`: bring records in from a regulator's public data (`qid import cqc`).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring providers in from a regulator's public data.",
        subcommands: [ImportCQCCommand.self])
}

/// `qid import cqc FILE... [--content DIR] [--dry-run] [--local-authority NAME]...`.
struct ImportCQCCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cqc",
        abstract: "Import CQC locations and their ratings from CQC's downloaded files (API JSON or spreadsheets as CSV).",
        discussion: "Creates providers/ID/provider.yaml for each new registered social care location and writes every "
            + "matched provider's cqc.yaml; never edits an officer's files. Reads files only (no network). "
            + "Exits 1 when a file is malformed or unrecognised (nothing is written), 2 for a usage error.")

    @Argument(help: "CQC files: API location JSON (a record, an array, JSON lines, or a folder of .json files) or CSV.")
    var files: [String]

    @Option(help: ArgumentHelp("The content folder to import into.", valueName: "dir"))
    var content: String = "content"

    @Flag(name: .customLong("dry-run"), help: "Print what would change, and write nothing.")
    var dryRun = false

    @Option(
        name: .customLong("local-authority"),
        help: ArgumentHelp("Import only locations in this CQC local authority (repeat for several).", valueName: "name"))
    var localAuthorities: [String] = []

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one CQC file or folder to import") }
    }

    func run() throws {
        let importer = CQCImporter(content: content, localAuthorities: localAuthorities, dryRun: dryRun)
        do {
            let report = try importer.run(files)
            print(report.text, terminator: "")
        } catch let error as ImportError {
            FileHandle.standardError.write(Data("qid import cqc: \(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
