import ArgumentParser
import QIDomain

/// `qid rules`: the rule catalogue as a Markdown table (the README's copy is checked against it by a test).
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "Print every rule id and what it checks, as a Markdown table.")

    func run() {
        print(RuleCatalogue.markdownTable)
    }
}
