import Foundation
import QISite

/// Guards the output folder: qid replaces it whole, so it must be empty, absent, or an earlier qid site.
public enum OutputFolder {
    static let marker = StagingFolder.marker

    /// A usage problem with the output folder (the command line exits 2 with it).
    public struct Problem: Error, CustomStringConvertible {
        public let description: String
    }

    public static func validate(_ output: String, content: String) throws {
        let manager = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let source = URL(fileURLWithPath: content).standardizedFileURL.resolvingSymlinksInPath().path
        if target == source || target.hasPrefix(source + "/") || source.hasPrefix(target + "/") {
            throw Problem(
                description: "the output folder '\(output)' overlaps the content folder '\(content)': choose another, such as 'site'")
        }
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: output, isDirectory: &isFolder) else {
            if let link = try? manager.destinationOfSymbolicLink(atPath: output) {
                throw Problem(
                    description: "'\(output)' is a link to '\(link)', which does not exist: create that folder, or remove the link")
            }
            return
        }
        guard isFolder.boolValue else {
            throw Problem(description: "'\(output)' is a file, not a folder: choose another output folder")
        }
        let entries = ((try? manager.contentsOfDirectory(atPath: output)) ?? []).filter { $0 != "README.md" }
        if !entries.isEmpty && !entries.contains(marker) {
            throw Problem(
                description:
                    "'\(output)' holds files that qid did not build; qid replaces its output folder whole, so give an empty or new folder")
        }
    }
}

/// Finds the theme when `--theme` is not given: a council's own `themes/default` in the working folder (a copy
/// of `qid theme export`, edited), else qid's built-in theme.
public enum ThemeLocator {
    /// The folder `themes/default` in the working folder, when it holds templates; nil for the built-in theme.
    public static func councilTheme() -> String? {
        FileManager.default.fileExists(atPath: "themes/default/templates") ? "themes/default" : nil
    }

    /// The theme a build uses: `folder` when given, else the council's own, else the built-in one.
    public static func theme(_ folder: String?) throws -> Theme {
        if let folder = folder ?? councilTheme() { return try Theme.load(directory: folder) }
        return try Theme.builtIn()
    }
}
