import QIDomain
import QIPipeline
import QISite

/// The page every request gets while the content has errors (or the theme does not load), in place of a stale site.
///
/// Each diagnostic's file:line:column, rule, message and fix. It carries the reload script, so the site comes back
/// by itself on the next clean save.
enum DiagnosticsPage {
    static func html(_ failure: BuildFailure, diagnostics: [Diagnostic], reloadScript: String) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.sortedForOutput()
        let warnings = diagnostics.filter { $0.severity == .warning }.sortedForOutput()
        var body: [String] = []
        switch failure {
        case .contentErrors:
            let heading = errors.count == 1 ? "The content has 1 error" : "The content has \(errors.count) errors"
            body.append("<h1>\(heading)</h1>")
            let until = errors.count == 1 ? "it is" : "they are"
            body.append("<p>The directory is not shown until \(until) fixed. Save a fix and this page reloads by itself.</p>")
            body.append(list(errors))
            if !warnings.isEmpty {
                body.append("<h2>Warnings (\(warnings.count))</h2>")
                body.append(list(warnings))
            }
        default:
            body.append("<h1>The site could not be built</h1>")
            body.append("<p>\(MarkupText.escaped(failure.description))</p>")
            body.append("<p>Save a fix and this page reloads by itself.</p>")
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Content errors – qid serve</title>
            <style>
            body { font-family: Arial, sans-serif; margin: 0; padding: 1rem; line-height: 1.5; color: #0b0c0c; }
            main { max-width: 60rem; margin: 0 auto; }
            h1 { border-left: 0.5rem solid #d4351c; padding-left: 0.75rem; }
            ol { padding-left: 1.5rem; }
            li { margin-bottom: 1rem; }
            code { font-family: monospace; font-size: 1rem; overflow-wrap: anywhere; }
            .rule { font-weight: bold; }
            </style>
            </head>
            <body>
            <main>
            \(body.joined(separator: "\n"))
            </main>
            \(reloadScript)
            </body>
            </html>

            """
    }

    private static func list(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map { diagnostic in
            let severity = diagnostic.severity == .error ? "Error" : "Warning"
            return """
                <li><p><code>\(MarkupText.escaped(diagnostic.location.description))</code></p>
                <p><span class="rule">\(severity) [\(MarkupText.escaped(diagnostic.rule.rawValue))]</span>: \(MarkupText.escaped(diagnostic.message))</p>
                <p>Fix: \(MarkupText.escaped(diagnostic.fix))</p></li>
                """
        }
        return "<ol>\n\(items.joined(separator: "\n"))\n</ol>"
    }

}
