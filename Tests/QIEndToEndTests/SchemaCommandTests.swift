import Foundation
import QITestSupport
import Testing

/// `qid schema`: the JSON Schemas editors read, checked with a real JSON Schema validator (Python's jsonschema,
/// through `tools/validate-schemas`) against every example file and against known-bad files; and
/// `docs/content-format.md`, kept in step with `qid schema --markdown`.
@Suite struct SchemaCommandTests {
    static let kinds = ["directory", "officers", "provider", "rating", "concern", "cqc", "policy"]

    /// `qid schema FOLDER -o` a new temporary folder: the folder written.
    static func schemas(for content: String) throws -> URL {
        let output = TemporaryFolder.make("qid-schemas")
        let run = try QID.run(["schema", content, "-o", output.path])
        #expect(run.status == 0, "\(content): \(run.stderr)")
        return output
    }

    /// Runs `tools/validate-schemas ARGUMENTS` with the default python3.
    static func validate(_ arguments: [String]) throws -> QID.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", FixtureTree.packageRoot.appendingPathComponent("tools/validate-schemas").path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return QID.Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func json(_ folder: URL, _ kind: String) throws -> [String: Any] {
        let data = try Data(contentsOf: folder.appendingPathComponent("\(kind).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func writesADraft2020SchemaPerFileKindWithTheCouncilsWords() throws {
        let folder = try Self.schemas(for: "content")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == Self.kinds.map { "\($0).schema.json" }.sorted())
        for kind in Self.kinds {
            let schema = try Self.json(folder, kind)
            #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
        let rating = try Self.json(folder, "rating")
        let properties = try #require(rating["properties"] as? [String: Any])
        let standards = try #require(properties["standards"] as? [String: Any])
        #expect(
            standards["required"] as? [String] == [
                "leadership", "staffing", "skills", "personalisation", "care-planning", "health-safety", "safeguarding",
                "quality-assurance", "involvement", "partnership",
            ])
        let overall = try #require(properties["overall"] as? [String: Any])
        #expect(overall["enum"] as? [String] == ["green", "amber", "red"])
        let officers = try String(contentsOf: FixtureTree.packageRoot.appendingPathComponent("content/officers.yaml"), encoding: .utf8)
            .split(separator: "\n")
            .filter { $0.hasPrefix("- id: ") }.map { String($0.dropFirst(6)) }
        let officer = try #require(properties["officer"] as? [String: Any])
        let anyOf = try #require(officer["anyOf"] as? [[String: Any]])
        #expect(anyOf.first?["enum"] as? [String] == officers)
        let provider = try #require(try Self.json(folder, "provider")["properties"] as? [String: Any])
        let locality = try #require((provider["locality"] as? [String: Any])?["anyOf"] as? [[String: Any]])
        #expect(
            locality.first?["enum"] as? [String] == ["Cherwell", "Oxford", "South Oxfordshire", "Vale of White Horse", "West Oxfordshire"])
        // The same content gives the same bytes.
        let again = try Self.schemas(for: "content")
        for kind in Self.kinds {
            let name = "\(kind).schema.json"
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == Data(contentsOf: again.appendingPathComponent(name)))
        }
    }

    @Test func anotherCouncilsSchemasHoldItsOwnWords() throws {
        let folder = try Self.schemas(for: "examples/staffordshire")
        let rating = try #require(try Self.json(folder, "rating")["properties"] as? [String: Any])
        let overall = try #require(rating["overall"] as? [String: Any])
        #expect((overall["enum"] as? [String])?.count == 5)
        #expect(!((overall["enum"] as? [String]) ?? []).contains("green"))
    }

    @Test(arguments: [
        "content", "examples/derby", "examples/herefordshire", "examples/staffordshire", "Tests/Fixtures/minimal",
        "Tests/Fixtures/cqc-real",
    ])
    func everyExampleFileIsValidAgainstItsSchema(folder: String) throws {
        let schemas = try Self.schemas(for: folder)
        let result = try Self.validate([schemas.path, FixtureTree.packageRoot.appendingPathComponent(folder).path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasSuffix(" invalid\n") && result.stdout.contains(", 0 invalid"))
        #expect(!result.stdout.hasPrefix("validate-schemas: 0 files"))
    }

    @Test func theBuiltInPoliciesAreValidAgainstThePolicySchema() throws {
        let schemas = try Self.schemas(for: "content")
        let policies = ["oxfordshire", "herefordshire", "derby", "staffordshire"].map {
            FixtureTree.packageRoot.appendingPathComponent("Sources/QILoader/Policies/\($0).yaml").path
        }
        let result = try Self.validate([schemas.path, "--kind", "policy"] + policies)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "validate-schemas: 4 files, 0 invalid\n")
    }

    /// Files `qid check` rejects, each with what the schema must say about it.
    static let knownBad: [(kind: String, path: String, text: String, schemaSays: String)] = [
        (
            "rating", "providers/acorn-house/ratings/2026-05-01.yaml",
            "date: 2026-05-01\nbasis: desktop-review\nstandards: {leadership: purple}\noverall: green\n",
            "standards: 'staffing' is a required property"
        ),
        (
            "rating", "providers/acorn-house/ratings/2026-05-02.yaml", "date: 2026-05-02\nbasis: guesswork\n",
            "basis: 'guesswork' is not one of"
        ),
        (
            "provider", "providers/new-home/provider.yaml",
            "name: New Home\nservices: [home-care]\nservice_areas: [age-well]\nstatus: active\nlocality: Atlantis\n",
            "locality: 'Atlantis' is not valid under any of the given schemas"
        ),
        (
            "provider", "providers/other-home/provider.yaml",
            "name: Other Home\nservces: [home-care]\nservice_areas: [age-well]\nstatus: active\n",
            "Additional properties are not allowed ('servces' was unexpected)"
        ),
        (
            "concern", "providers/acorn-house/concerns/2026-05-03-falls.yaml",
            "raised: 2026-05-03\ntitle: Falls\nprocess: serius-concerns\nstatus: open\n", "process: 'serius-concerns' is not one of"
        ),
        (
            "cqc", "providers/acorn-house/cqc.yaml",
            "location: 1-1850346011\nregistration_status: registered\ndata_date: 2026-05-01\noverall: {rating: great}\n",
            "overall/rating: 'great' is not one of"
        ),
    ]

    @Test func knownBadFilesFailTheSchemaAndTheCheck() throws {
        let tree = try FixtureTree.minimal()
        let schemas = try Self.schemas(for: tree.path)
        for bad in Self.knownBad {
            try tree.writing(bad.path, bad.text)
            let result = try Self.validate([schemas.path, "--kind", bad.kind, tree.root.appendingPathComponent(bad.path).path])
            #expect(result.status == 1, "\(bad.path): \(result.stdout)")
            #expect(result.stdout.contains(bad.schemaSays), "\(bad.path): \(result.stdout)")
        }
        let whole = try Self.validate([schemas.path, tree.path])
        #expect(whole.status == 1)
        #expect(whole.stdout.hasSuffix("validate-schemas: 10 files, 6 invalid\n"), "\(whole.stdout)")
        let check = try QID.run(["check", tree.path, "--as-of", "2026-06-01"])
        for bad in Self.knownBad {
            #expect(check.lines.contains { $0.hasPrefix("\(tree.path)/\(bad.path):") && $0.contains(": error: ") }, "\(bad.path)")
        }
    }

    @Test func theFilesQidNewWritesAreValidAgainstTheSchemasTheirFirstLineNames() throws {
        let content = TemporaryFolder.make("qid-schema-new")
        try FileManager.default.copyItem(at: FixtureTree.packageRoot.appendingPathComponent("content"), to: content)
        let before = try QID.run(["check", content.path, "--as-of", "2026-11-23"]).lines.last
        let written = try QID.run(["schema", content.path])
        #expect(written.stdout.hasPrefix("qid schema: wrote 7 schemas to \(content.path)/schemas/: "))
        // The schemas folder is part of the content format: no new warning.
        #expect(try QID.run(["check", content.path, "--as-of", "2026-11-23"]).lines.last == before)
        #expect(try QID.run(["new", "provider", "Wychwood Care", content.path, "--officer", "priya-sharma"]).status == 0)
        #expect(try QID.run(["new", "rating", "wychwood-care", content.path, "--date", "2026-11-20"]).status == 0)
        #expect(try QID.run(["new", "rating", "ashcombe-house", content.path, "--date", "2026-11-20", "--overall", "green"]).status == 0)
        let concern = ["new", "concern", "wychwood-care", content.path, "--title", "Late calls", "--process", "serious-concerns"]
        #expect(try QID.run(concern + ["--date", "2026-11-21"]).status == 0)
        let rating = content.appendingPathComponent("providers/wychwood-care/ratings/2026-11-20.yaml")
        let modeline = try #require(try String(contentsOf: rating, encoding: .utf8).split(separator: "\n").first)
        let schema = rating.deletingLastPathComponent().appendingPathComponent(String(modeline.split(separator: "=")[1])).standardized
        #expect(schema.path == content.appendingPathComponent("schemas/rating.schema.json").standardized.path)
        let result = try Self.validate([content.appendingPathComponent("schemas").path, content.path])
        #expect(result.status == 0, "\(result.stdout)")
    }

    @Test func withoutAReadablePolicyItSaysSoAndWritesNothing() throws {
        let tree = try FixtureTree.minimal().editing("directory.yaml", replacing: "policy: oxfordshire", with: "policy: oxfordshir")
        let output = TemporaryFolder.make("qid-schemas")
        let result = try QID.run(["schema", tree.path, "-o", output.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the policy of '\(tree.path)' could not be read"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try QID.run(["schema", tree.path + "-missing"]).status == 2)
    }

    @Test func theFieldReferenceIsWhatQidSchemaMarkdownPrints() throws {
        let reference = try String(
            contentsOf: FixtureTree.packageRoot.appendingPathComponent("docs/content-format.md"), encoding: .utf8)
        let printed = try QID.run(["schema", "--markdown"])
        #expect(printed.status == 0)
        #expect(printed.stdout == reference, "run: qid schema --markdown > docs/content-format.md")
        // Every declared key of a rating is in its table, with its rules.
        #expect(
            reference.contains("| `overall` | word | yes | a light of the policy | QI-F4, QI-F9, QI-R1, QI-R2, QI-R3 | the overall light |")
        )
        #expect(reference.contains("| `basis` | word | yes | `self-assessment`, `desktop-review`, `on-site-review`, `pamms`, "))
    }
}
