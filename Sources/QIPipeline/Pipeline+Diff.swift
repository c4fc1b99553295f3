import Foundation
import QIDomain
import QILoader
import QIReport

/// One side of `qid diff`: a folder, a git revision of the content repository, or its working tree.
public enum DiffSource: Sendable, Equatable {
    /// A content folder (the one holding directory.yaml).
    case folder(String)
    /// A branch, tag or commit of the repository that holds the content folder.
    case revision(String)
    /// The content folder as it is on disk now.
    case workingTree

    /// An argument as the command line gives it: an existing folder is a folder, anything else a revision.
    public init(argument: String) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
            self = .folder(argument)
        } else {
            self = .revision(argument)
        }
    }
}

/// What `qid diff` was asked to compare.
public struct DiffRequest: Sendable {
    public var base: DiffSource
    public var head: DiffSource
    /// The content folder in the working tree (its path inside the repository is read at each revision).
    public var content: String
    public var asOf: Day
    public var dueWithinDays: Int?

    public init(base: DiffSource, head: DiffSource = .workingTree, content: String = "content", asOf: Day, dueWithinDays: Int? = nil) {
        self.base = base
        self.head = head
        self.content = content
        self.asOf = asOf
        self.dueWithinDays = dueWithinDays
    }
}

extension Pipeline {
    /// `qid diff`: both sides loaded and evaluated by `check` on the same as-of date, then compared.
    ///
    /// A revision is exported into a temporary folder that is removed before this returns; the working tree is
    /// read where it is. Diagnostic files are compared relative to the content folder and reported as paths in the
    /// repository ("content/providers/…") when a revision is involved, else relative to the folders compared.
    public static func diff(_ request: DiffRequest) throws(DiffProblem) -> DirectoryDiff {
        let usesGit = [request.base, request.head].contains { if case .revision = $0 { true } else { false } }
        let repository = usesGit ? try GitRepository(content: request.content) : nil
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("qid-diff-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let shownPrefix = repository?.contentPrefix ?? ""
        var sides: [(EvaluatedDirectory, String)] = []
        for (index, source) in [request.base, request.head].enumerated() {
            let (root, label) = try locate(
                source, request: request, repository: repository, scratch: scratch.appendingPathComponent("\(index)"))
            var timings = PhaseTimings()
            let checked = check(root: root, asOf: request.asOf, dueWithinDays: request.dueWithinDays, timings: &timings)
            let diagnostics = checked.diagnostics.map { relative($0, root: root, shownPrefix: shownPrefix) }
            sides.append(
                (EvaluatedDirectory(providers: checked.content?.providers ?? [], states: checked.states, diagnostics: diagnostics), label))
        }
        return DirectoryDiff.compare(
            base: sides[0].0, head: sides[1].0, asOf: request.asOf, labels: (base: sides[0].1, head: sides[1].1))
    }

    /// The content folder to check for one side, and its label.
    private static func locate(_ source: DiffSource, request: DiffRequest, repository: GitRepository?, scratch: URL) throws(DiffProblem)
        -> (root: String, label: String)
    {
        switch source {
        case .folder(let path):
            try requireFolder(path)
            return (path, path)
        case .workingTree:
            try requireFolder(request.content)
            return (request.content, "the working tree")
        case .revision(let revision):
            guard let repository else { throw DiffProblem("'\(revision)' is not a folder") }
            let commit = try repository.commit(revision)
            let root = try repository.export(commit: commit, revision: revision, into: scratch)
            let short = repository.short(commit)
            return (root, short.hasPrefix(revision) ? short : "\(revision) (\(short))")
        }
    }

    private static func requireFolder(_ path: String) throws(DiffProblem) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw DiffProblem("no content folder at '\(path)': give the folder that holds directory.yaml, or --content")
        }
    }

    /// The diagnostic with its file relative to the content folder, behind `shownPrefix`.
    private static func relative(_ diagnostic: Diagnostic, root: String, shownPrefix: String) -> Diagnostic {
        var display = root
        while display.count > 1 && display.hasSuffix("/") { display.removeLast() }
        var copy = diagnostic
        let file = diagnostic.location.file
        if file == display {
            copy.location.file = shownPrefix.isEmpty ? "." : String(shownPrefix.dropLast())
        } else if display == "." {
            // The loader shows files in the current folder without a leading "./".
            copy.location.file = shownPrefix + file
        } else if file.hasPrefix(display + "/") {
            copy.location.file = shownPrefix + file.dropFirst(display.count + 1)
        }
        return copy
    }
}
