import Foundation
import QIDomain
import QILoader

/// `qid new`: writes a new provider, rating or concern file at its right path and name, pre-filled from the
/// council's policy and the provider's records so that `qid check` passes, with the allowed values in comments.
///
/// It only creates files: it never overwrites one, and never changes another file.
public struct Scaffold {
    public let root: String
    let content: DirectoryContent
    let policy: Policy

    /// Reads the content folder; throws when it cannot be read or its policy is unknown (run `qid check`).
    public init(root: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw ScaffoldError("no content folder at '\(root)': give the folder that holds directory.yaml")
        }
        let loaded = ContentLoader().load(root: root)
        guard let content = loaded.content, let policy = loaded.policy else {
            throw ScaffoldError(
                "the policy of '\(root)' could not be read, so qid cannot tell which standards and lights to offer: run 'qid check \(root)'"
            )
        }
        self.root = root
        self.content = content
        self.policy = policy
    }

    /// Writes `file` under the content folder; refuses when a file or folder is already there.
    public func write(_ file: NewFile) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(file.path)
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw ScaffoldError(
                "\(display(file.path)) already exists: qid new never overwrites a file; edit it, or choose another date or name")
        }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        do {
            try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw ScaffoldError("could not write \(display(file.path)): \(error.localizedDescription)")
        }
    }

    /// A path under the content folder as messages show it.
    public func display(_ path: String) -> String {
        (root.hasSuffix("/") ? root : root + "/") + path
    }

    /// Whether the content folder has the schemas the files' first line points at.
    public var hasSchemas: Bool {
        FileManager.default.fileExists(atPath: display(SchemaGenerator.folder + "/" + FileKind.rating.schemaFile))
    }

    func provider(_ id: String) throws -> Provider {
        if let provider = content.providers.first(where: { $0.id == id }) { return provider }
        if FileManager.default.fileExists(atPath: display("providers/\(id)/provider.yaml")) {
            throw ScaffoldError("\(display("providers/\(id)/provider.yaml")) could not be read: run 'qid check \(root)' and fix it first")
        }
        let known = content.providers.map(\.id)
        let nearest = Closest.word(to: id, in: known).map { " (did you mean '\($0)'?)" } ?? ""
        throw ScaffoldError("no provider '\(id)' in \(display("providers/"))\(nearest): give the provider's folder name")
    }
}

/// A file `qid new` is about to write: its path in the content folder, its text, and what to edit next.
public struct NewFile: Sendable {
    public var kind: FileKind
    public var path: String
    public var text: String
    public var next: [String]
}

/// A usage problem with `qid new`: a missing provider, a bad value, a file already there.
public struct ScaffoldError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

/// YAML text, a line at a time, with values quoted when YAML would read them otherwise.
struct YAMLLines {
    private(set) var text = ""

    mutating func line(_ line: String, comment: String? = nil) {
        guard let comment else {
            text += line + "\n"
            return
        }
        let padded = line.count < 30 ? line + String(repeating: " ", count: 30 - line.count) : line + " "
        text += padded + "# " + comment + "\n"
    }

    /// `value` as a YAML scalar: plain when that reads back as the same text, else double-quoted.
    static func scalar(_ value: String) -> String {
        let plainSafe =
            !value.isEmpty && value.trimmingCharacters(in: .whitespaces) == value
            && value.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\u{7F}" }
            && !value.contains(": ") && !value.contains(" #") && !value.hasSuffix(":")
            && !"-?:,[]{}#&*!|>'\"%@`".contains(value.first ?? " ")
            && !["true", "false", "yes", "no", "on", "off", "null", "~"].contains(value.lowercased())
            && Double(value) == nil && Int(value) == nil
        return plainSafe ? value : JSONString.literal(value)
    }
}

extension Scaffold {
    /// The problems `qid check` finds in `file` once written, on `asOf` (none when the scaffold did its job, bar
    /// warnings about the rest of the provider's records).
    public func diagnostics(of file: NewFile, asOf: Day) -> [Diagnostic] {
        let suffix = "/" + file.path
        return CheckedDirectory.run(root: root, asOf: asOf).diagnostics.filter { $0.location.file.hasSuffix(suffix) }.sortedForOutput()
    }
}
