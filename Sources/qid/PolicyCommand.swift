import ArgumentParser
import Foundation
import QIDomain
import QILoader
import QIReport

/// `qid policy list | show NAME | check FILE`: the built-in policies, and a council's own policy file.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Show the built-in policies, or check a policy file.",
        discussion: "A council adopts qid by writing a policy file: copy a built-in one with 'qid policy show NAME > policy.yaml', "
            + "change it, check it with 'qid policy check policy.yaml', and name it in directory.yaml ('policy: policy.yaml').",
        subcommands: [List.self, Show.self, Check.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in policies.")

        func run() throws {
            for name in PolicyLibrary.builtInNames {
                let council = PolicyLibrary.builtIn(named: name)?.council ?? ""
                print("\(name)\t\(council)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a built-in policy as YAML (the file compiled into qid).")

        @Argument(help: "A built-in policy: oxfordshire, herefordshire, derby or staffordshire ('qid policy list').")
        var name: String

        func validate() throws {
            guard PolicyLibrary.builtInText(named: name) != nil else {
                throw ValidationError(
                    "no built-in policy '\(name)'; the built-in policies are \(PolicyLibrary.builtInNames.joined(separator: ", "))")
            }
        }

        func run() throws {
            FileHandle.standardOutput.write(Data((PolicyLibrary.builtInText(named: name) ?? "").utf8))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a policy file on its own.",
            discussion: "Prints every problem as file:line:column, the rule id and what to do. Exits 1 on errors, 0 otherwise.")

        @Argument(help: "The policy file.")
        var file: String

        @Flag(help: "Print GitHub workflow annotations instead of text.")
        var github = false

        func run() throws {
            let loaded = PolicyLibrary.load(path: file)
            let diagnostics = loaded.diagnostics.sortedForOutput()
            for diagnostic in diagnostics {
                print(github ? DiagnosticPrinter.github(diagnostic) : DiagnosticPrinter.text(diagnostic))
            }
            let errors = diagnostics.errorCount
            if let policy = loaded.policy, errors == 0 {
                FileHandle.standardError.write(
                    Data(
                        ("qid policy check: \(file) is a valid policy for \(policy.council): \(Grammar.count(policy.standards.count, "standard")), "
                            + "\(Grammar.count(policy.lights.count, "light")), \(Grammar.count(policy.processes.count, "process", plural: "processes")), "
                            + "\(Grammar.count(policy.roles.count, "role"))\n").utf8))
            } else {
                FileHandle.standardError.write(Data("qid policy check: \(Grammar.count(errors, "error")) in \(file)\n".utf8))
                throw ExitCode(1)
            }
        }
    }
}
