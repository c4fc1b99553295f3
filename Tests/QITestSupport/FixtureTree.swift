import Foundation
import QIDomain
import QILoader

/// A small content tree for a test: a fixture folder under `Tests/Fixtures/` copied to a temporary folder,
/// with files added, replaced or removed, then loaded and evaluated like `qid check` does.
///
///     let diagnostics = try FixtureTree.minimal()
///         .writing("providers/acorn-house/ratings/2026-03-14.yaml", rating)
///         .check(asOf: "2026-06-01")
public struct FixtureTree {
    /// The temporary copy, never under Tests/; removed when the test process ends (`TemporaryFolder`).
    public let root: URL

    /// `Tests/Fixtures` in the source tree.
    public static let fixturesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The package root (for finding `content/` and the built `qid`).
    public static let packageRoot = fixturesFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// The built-in theme's files in the source tree (compiled into qid).
    public static let defaultTheme = packageRoot.appendingPathComponent("Sources/QISite/DefaultTheme")

    /// A copy of `Tests/Fixtures/NAME`.
    public static func named(_ name: String) throws -> FixtureTree {
        let root = TemporaryFolder.make("qid-fixture")
        try FileManager.default.copyItem(at: fixturesFolder.appendingPathComponent(name), to: root)
        return FixtureTree(root: root)
    }

    /// A copy of the minimal valid tree: seven officers (one of each approving role) and one green provider.
    public static func minimal() throws -> FixtureTree {
        try named("minimal")
    }

    /// An empty temporary folder.
    public static func empty() throws -> FixtureTree {
        let root = TemporaryFolder.make("qid-fixture")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return FixtureTree(root: root)
    }

    public var path: String { root.path }

    /// Deletes the temporary copy (call it with `defer` once the test is done with the tree).
    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }

    /// Writes `text` at `relative`, creating folders.
    @discardableResult
    public func writing(_ relative: String, _ text: String) throws -> FixtureTree {
        try writing(relative, bytes: Array(text.utf8))
    }

    @discardableResult
    public func writing(_ relative: String, bytes: [UInt8]) throws -> FixtureTree {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return self
    }

    @discardableResult
    public func removing(_ relative: String) throws -> FixtureTree {
        try FileManager.default.removeItem(at: root.appendingPathComponent(relative))
        return self
    }

    /// The text of a file in the tree.
    public func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Replaces the first occurrence of `old` with `new` in a file of the tree.
    @discardableResult
    public func editing(_ relative: String, replacing old: String, with new: String) throws -> FixtureTree {
        let text = try read(relative)
        guard let range = text.range(of: old) else {
            throw FixtureError("'\(old)' not found in \(relative)")
        }
        return try writing(relative, text.replacingCharacters(in: range, with: new))
    }

    /// Loads and evaluates the tree on `asOf` as `qid check` does (the policy directory.yaml names, read through
    /// its policy file): every diagnostic and each provider's state.
    public func evaluate(asOf: String, dueWithinDays: Int? = nil) throws -> (diagnostics: [Diagnostic], states: [ProviderState]) {
        guard let day = Day(iso: asOf) else { throw FixtureError("bad as-of date \(asOf)") }
        let result = CheckedDirectory.run(root: path, asOf: day, dueWithinDays: dueWithinDays)
        return (result.diagnostics, result.states)
    }

    /// Every diagnostic, sorted.
    public func check(asOf: String = "2026-06-01") throws -> [Diagnostic] {
        try evaluate(asOf: asOf).diagnostics.sortedForOutput()
    }

    /// The state of one provider.
    public func state(of provider: String, asOf: String = "2026-06-01", dueWithinDays: Int? = nil) throws -> ProviderState {
        guard let state = try evaluate(asOf: asOf, dueWithinDays: dueWithinDays).states.first(where: { $0.providerID == provider }) else {
            throw FixtureError("no provider \(provider)")
        }
        return state
    }
}

public struct FixtureError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics of one rule.
    public func with(rule: String) -> [Diagnostic] {
        filter { $0.rule.rawValue == rule }
    }

    /// "file:line:col rule" lines relative to a root, for compact assertions.
    public func summaries(relativeTo root: String) -> [String] {
        map { diagnostic in
            let file =
                diagnostic.location.file.hasPrefix(root + "/")
                ? String(diagnostic.location.file.dropFirst(root.count + 1)) : diagnostic.location.file
            return
                "\(file):\(diagnostic.location.line):\(diagnostic.location.column) \(diagnostic.severity.rawValue) \(diagnostic.rule.rawValue)"
        }
    }
}

extension Policy {
    /// The built-in Oxfordshire policy, decoded from its file (Sources/QILoader/Policies/oxfordshire.yaml).
    public static var oxfordshire: Policy {
        guard let policy = PolicyLibrary.builtIn(named: "oxfordshire") else {
            fatalError("the built-in Oxfordshire policy does not decode: run 'qid policy show oxfordshire | qid policy check /dev/stdin'")
        }
        return policy
    }
}

extension FixtureTree {
    /// The tree with its own `policy.yaml`: the built-in `base` policy's file with each replacement made (every
    /// `old` text must occur), named in directory.yaml as `policy: policy.yaml`.
    public func withPolicy(_ base: String = "oxfordshire", replacing replacements: [(String, String)] = []) throws -> FixtureTree {
        guard var text = PolicyLibrary.builtInText(named: base) else { throw FixtureError("no built-in policy \(base)") }
        for (old, new) in replacements {
            guard let range = text.range(of: old) else { throw FixtureError("'\(old)' is not in the \(base) policy") }
            text.replaceSubrange(range, with: new)
        }
        let directory = try read("directory.yaml")
        guard let line = directory.split(separator: "\n").first(where: { $0.hasPrefix("policy:") }) else {
            throw FixtureError("directory.yaml has no policy line")
        }
        return try writing("policy.yaml", text).editing("directory.yaml", replacing: String(line), with: "policy: policy.yaml")
    }
}
