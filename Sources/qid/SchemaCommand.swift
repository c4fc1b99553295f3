import ArgumentParser
import Foundation
import QILoader
import QIScaffold

/// `qid schema [CONTENT] [-o DIR]` and `qid schema --markdown`.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write a JSON Schema for each kind of content file, for editors, or print the field reference.",
        discussion: "Writes directory, officers, provider, rating, concern, cqc and policy .schema.json (JSON Schema draft 2020-12) "
            + "into DIR (default CONTENT/schemas, where the first line of the files qid new writes points), with the council's "
            + "standards, lights, roles, service types, localities and officers as the allowed values. With --markdown it prints "
            + "the field reference (docs/content-format.md) instead.")

    @Argument(help: "The content folder (the one holding directory.yaml).")
    var content: String = "content"

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the schemas (default CONTENT/schemas).", valueName: "dir"))
    var output: String?

    @Flag(help: "Print the field reference (Markdown) of every file kind and key instead; needs no content folder.")
    var markdown = false

    func validate() throws {
        if !markdown { try ContentFolder.validate(content) }
    }

    func run() throws {
        if markdown {
            print(FieldReference.markdown, terminator: "")
            return
        }
        let loaded = ContentLoader().load(root: content)
        guard loaded.policy != nil else {
            FileHandle.standardError.write(
                Data(
                    "qid schema: the policy of '\(content)' could not be read, so its words are unknown: run 'qid check \(content)'\n".utf8)
            )
            throw ExitCode(1)
        }
        let folder = output ?? (content.hasSuffix("/") ? content : content + "/") + SchemaGenerator.folder
        let url = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        let files = SchemaGenerator.files(vocabulary: CouncilVocabulary(policy: loaded.policy, content: loaded.content))
        for file in files {
            try Data(file.text.utf8).write(to: url.appendingPathComponent(file.name), options: .atomic)
        }
        print("qid schema: wrote \(files.count) schemas to \(folder)/: \(files.map(\.name).joined(separator: ", "))")
    }
}
