/// One problem found in the content: where, which rule, what is wrong and what to do.
///
/// Pure data: the text, GitHub and JSON printers (QIReport) decide how it looks.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    public var severity: Severity
    public var rule: RuleID
    public var location: SourceLocation
    /// What is wrong, in the content's words: "overall is amber but critical standard 6 'health-safety' is red".
    public var message: String
    /// What to do about it: "the overall must be red".
    public var fix: String

    public init(_ severity: Severity, _ rule: RuleID, at location: SourceLocation, _ message: String, fix: String) {
        self.severity = severity
        self.rule = rule
        self.location = location
        self.message = message
        self.fix = fix
    }

    public static func error(_ rule: RuleID, at location: SourceLocation, _ message: String, fix: String) -> Diagnostic {
        Diagnostic(.error, rule, at: location, message, fix: fix)
    }

    public static func warning(_ rule: RuleID, at location: SourceLocation, _ message: String, fix: String) -> Diagnostic {
        Diagnostic(.warning, rule, at: location, message, fix: fix)
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line, column, then severity, rule and message, so output never depends on discovery order.
    public func sortedForOutput() -> [Diagnostic] {
        sorted { lhs, rhs in
            if lhs.location != rhs.location { return lhs.location < rhs.location }
            if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
            if lhs.rule != rhs.rule { return lhs.rule.rawValue < rhs.rule.rawValue }
            return lhs.message < rhs.message
        }
    }

    public var errorCount: Int { reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }
    public var warningCount: Int { reduce(0) { $0 + ($1.severity == .warning ? 1 : 0) } }
}

extension Array where Element == Diagnostic {
    /// The errors in each provider's files (anything under the folder of its `provider.yaml`), by provider id.
    public func errorCounts(in providers: [Provider]) -> [String: Int] {
        // Slashes are found in the UTF-8 bytes (a slash is one byte and never part of another character), which
        // costs far less than walking the path's characters.
        let slashByte = UInt8(ascii: "/")
        var idByFolder: [Substring: String] = [:]
        for provider in providers {
            guard let slash = provider.file.utf8.lastIndex(of: slashByte) else { continue }
            idByFolder[provider.file[...slash]] = provider.id
        }
        var counts: [String: Int] = [:]
        for diagnostic in self where diagnostic.severity == .error {
            let file = diagnostic.location.file
            // A diagnostic on the provider's folder itself (a bad folder name).
            if let id = idByFolder[Substring(file + "/")] {
                counts[id, default: 0] += 1
                continue
            }
            var end = file.endIndex
            // The nearest enclosing provider folder: a few levels up at most (ratings/, concerns/).
            while let slash = file.utf8[..<end].lastIndex(of: slashByte) {
                if let id = idByFolder[file[...slash]] {
                    counts[id, default: 0] += 1
                    break
                }
                end = slash
            }
        }
        return counts
    }
}
