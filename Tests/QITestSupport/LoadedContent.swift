import Foundation
import QIDomain
import QILoader

extension FixtureTree {
    /// A copy of the example directory, `content/`.
    public static func example() throws -> FixtureTree {
        let root = TemporaryFolder.make("qid-example")
        try FileManager.default.copyItem(at: packageRoot.appendingPathComponent("content"), to: root)
        return FixtureTree(root: root)
    }

    /// The tree's records and policy, loaded as `qid check` loads them (the as-of date only decides the check).
    public func loaded(asOf: String = "2026-06-01") throws -> (content: DirectoryContent, policy: Policy) {
        guard let day = Day(iso: asOf) else { throw FixtureError("bad as-of date \(asOf)") }
        let checked = CheckedDirectory.run(root: path, asOf: day)
        guard let content = checked.content, let policy = checked.policy else { throw FixtureError("\(path) did not load") }
        return (content, policy)
    }
}
