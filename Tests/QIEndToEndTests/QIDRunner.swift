import Foundation
import QITestSupport
import Testing

/// Runs the built `qid` executable, as a user or CI would.
enum QID {
    /// The folder holding the test products (the `.xctest` bundle or executable), where `qid` is built too.
    static var productsFolder: URL? {
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        // On Linux the tests run as the `.xctest` executable itself.
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").standardizedFileURL
        return executable.lastPathComponent.hasSuffix(".xctest") ? executable.deletingLastPathComponent() : nil
    }

    /// The `qid` next to the tests, else `.build/debug/qid` in the package.
    static var binary: URL? {
        let candidates = [
            productsFolder?.appendingPathComponent("qid"), FixtureTree.packageRoot.appendingPathComponent(".build/debug/qid"),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String

        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
    }

    /// Runs `qid ARGUMENTS` in `directory` (with `environment` added to this process's) and collects its exit
    /// status and output.
    static func run(_ arguments: [String], in directory: URL = FixtureTree.packageRoot, environment: [String: String] = [:]) throws
        -> Output
    {
        let binary = try #require(binary, "the qid executable was not found next to the tests or in .build/debug")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let errorFile = TemporaryFolder.make("qid-stderr")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let errorHandle = try FileHandle(forWritingTo: errorFile)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = errorHandle
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try errorHandle.close()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "")
    }
}
