import Foundation

/// Content trees made by `../shared/tools/gen-content` (or `$QID_GEN_CONTENT`), which sits beside the repository
/// on developers' machines and in CI's clone alike.
public enum GeneratedContent {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// A new tree of `providers` generated providers in a temporary folder (removed when the tests end); throws
    /// when the generator is missing or fails, so a test never passes on content it did not get.
    public static func tree(providers: Int, arguments: [String] = []) throws -> URL {
        let tool =
            ProcessInfo.processInfo.environment["QID_GEN_CONTENT"]
            ?? FixtureTree.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/gen-content").path
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            throw Failure(description: "the content generator is missing: no executable at \(tool)")
        }
        let folder = TemporaryFolder.make("qid-gen")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [folder.path, "--providers", String(providers)] + arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "gen-content failed (\(process.terminationStatus)): \(message)")
        }
        return folder
    }
}
