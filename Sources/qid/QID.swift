import ArgumentParser
import Foundation
import QIDomain
import QIParallel

/// `qid`: checks a Quality Improvement Directory's content and (next) builds its site.
@main
struct QID: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qid",
        abstract: "Quality Improvement Directory: check care-provider quality records and build the directory.",
        subcommands: [
            CheckCommand.self, BuildCommand.self, ServeCommand.self, DiffCommand.self, ImportCommand.self, NewCommand.self,
            PolicyCommand.self, RulesCommand.self, SchemaCommand.self, ThemeCommand.self,
        ])

    /// Runs the command; usage errors exit 2 (not ArgumentParser's 64), content errors exit 1.
    static func main() {
        Parallel.limitAllocatorArenas()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n" + "Run 'qid help' for usage.\n").utf8))
            Foundation.exit(2)
        }
    }
}

extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }

    /// Today in the United Kingdom (the councils' time zone), whatever the machine's zone.
    static var today: Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(daysSinceEpoch: 0)
    }
}
