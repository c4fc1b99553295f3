import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// Policy files: the built-in ones decode to the councils' frameworks, directory.yaml's `policy:` finds a built-in
/// policy or a file in the content folder, and a policy file with a mistake gets file:line:column diagnostics.
@Suite struct PolicyFileTests {
    /// "policy.yaml:LINE:COLUMN" of the first occurrence of `text` in the tree's policy file.
    static func position(of text: String, in tree: FixtureTree) throws -> String {
        let lines = try tree.read("policy.yaml").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: text) {
                return "policy.yaml:\(index + 1):\(line.distance(from: line.startIndex, to: range.lowerBound) + 1)"
            }
        }
        throw FixtureError("'\(text)' is not in policy.yaml")
    }

    /// The tree with its policy file changed, and every diagnostic of a check.
    static func check(_ replacements: [(String, String)]) throws -> (tree: FixtureTree, diagnostics: [Diagnostic]) {
        let tree = try FixtureTree.minimal().withPolicy(replacing: replacements)
        return (tree, try tree.check())
    }

    // MARK: Built-in policies

    @Test func everyBuiltInPolicyDecodesWithoutADiagnostic() throws {
        #expect(!PolicyLibrary.builtInNames.isEmpty)
        for name in PolicyLibrary.builtInNames {
            let text = try #require(PolicyLibrary.builtInText(named: name))
            let decoded = PolicyLibrary.decode(Array(text.utf8), file: "\(name).yaml")
            #expect(decoded.diagnostics.isEmpty, "\(name): \(decoded.diagnostics.map(\.message))")
            #expect(decoded.policy?.name == name)
        }
    }

    @Test func theOxfordshireFileHoldsTheProtocol() throws {
        let policy = try #require(PolicyLibrary.builtIn(named: "oxfordshire"))
        #expect(policy.standards.count == 10)
        #expect(policy.standards.filter(\.critical).map(\.number) == [4, 5, 6, 7])
        #expect(policy.lights.map(\.key) == ["green", "amber", "red"])
        #expect(policy.processes.map(\.floor) == [nil, "amber", "red"])
        #expect(policy.processes.map(\.meetingDeadlineWorkingDays) == [nil, 10, 10])
        #expect(policy.processes.map(\.closedByChairOnly) == [false, false, true])
        #expect(policy.triggers.count == 23)
        #expect(policy.overallRules.map(\.rule) == ["QI-R1", "QI-R2", "QI-R3"])
        #expect(policy.liftApprovals.map(\.rule) == ["QI-A2", "QI-A3"])
        #expect(
            policy.liftApprovals.first?.requirements.map(\.roles) == [
                ["qi-lead"], ["safeguarding-ops-manager"], ["head-of-safeguarding-children"],
            ])
        #expect(policy.escalations.isEmpty)
        #expect(policy.reviewCadenceMonths == 12 && policy.reviewCadenceByLight.isEmpty && policy.actionPlanWindowMonths == 3)
        #expect(policy.reviewLevels.map(\.fromAnnualValue) == [nil, 250_000, 1_000_000])
        #expect(policy.roles.count == 8 && policy.serviceTypes.count == 12 && policy.serviceAreas.count == 3)
    }

    // MARK: directory.yaml's policy:

    @Test func aPolicyFileInTheContentFolderIsUsedAndNotWarnedAbout() throws {
        let tree = try FixtureTree.minimal().withPolicy(replacing: [("word: Green", "word: Go")])
        #expect(try tree.check().isEmpty)
        #expect(try tree.state(of: "acorn-house").light.word == "Go")
    }

    @Test func anUnknownPolicyNameSuggestsTheNearest() throws {
        let tree = try FixtureTree.minimal().editing("directory.yaml", replacing: "policy: oxfordshire", with: "policy: oxfordshir")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["directory.yaml:3:9 error QI-F9"])
        #expect(diagnostics.first?.message.contains("unknown policy 'oxfordshir' (did you mean 'oxfordshire'?)") == true)
    }

    @Test func aPolicyPathOutsideTheContentFolderIsRefused() throws {
        for path in ["../policy.yaml", "/etc/policy.yaml", "missing.yaml"] {
            let tree = try FixtureTree.minimal().editing("directory.yaml", replacing: "policy: oxfordshire", with: "policy: \(path)")
            let diagnostics = try tree.check()
            #expect(diagnostics.summaries(relativeTo: tree.path) == ["directory.yaml:3:9 error QI-F9"], "\(path)")
            #expect(diagnostics.first?.message == "no policy file at '\(path)' inside the content folder")
        }
    }

    @Test func aPolicyFileWithAnErrorStopsTheEvaluation() throws {
        let (tree, diagnostics) = try Self.check([("overall_at_least: red", "overall_at_least: crimson")])
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(try Self.position(of: "crimson", in: tree)) error QI-F9"])
        #expect(diagnostics.first?.message.hasPrefix("unknown light 'crimson'; the policy defines: green, amber, red") == true)
    }

    // MARK: Mistakes in a policy file

    @Test func anUnknownKeySuggestsTheNearest() throws {
        let (tree, diagnostics) = try Self.check([("lifting:\n", "liftng:\n")])
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(try Self.position(of: "liftng", in: tree)) error QI-F3"])
        #expect(diagnostics.first?.message.contains("(did you mean 'lifting'?)") == true)
    }

    @Test func aScaleWithADuplicateKey() throws {
        let (tree, diagnostics) = try Self.check([("    - key: amber", "    - key: green")])
        let second = try tree.read("policy.yaml").components(separatedBy: "\n").enumerated().filter { $0.element == "    - key: green" }
            .map(\.offset)
        #expect(second.count == 2)
        let duplicate = diagnostics.filter { $0.rule == .duplicate }
        #expect(duplicate.summaries(relativeTo: tree.path) == ["policy.yaml:\(second[1] + 1):12 error QI-F5"])
        #expect(
            diagnostics.contains { $0.rule == .unknownReference && $0.message.hasPrefix("unknown light 'amber'") },
            "rules naming amber now name an unknown light")
    }

    @Test func aRuleThatNamesAnUnknownLight() throws {
        let (tree, diagnostics) = try Self.check([("    light_while_open: amber", "    light_while_open: ambre")])
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(try Self.position(of: "ambre", in: tree)) error QI-F9"])
        #expect(diagnostics.first?.message.contains("(did you mean 'amber'?)") == true)
    }

    @Test func anUnknownRoleOrProcess() throws {
        let (tree, diagnostics) = try Self.check([
            ("chair_roles: [safeguarding-manager,", "chair_roles: [safeguarding-lead,"),
            ("allows: [serious-concerns]}\n  - {code: same-staff", "allows: [serious-concern]}\n  - {code: same-staff"),
        ])
        #expect(
            diagnostics.summaries(relativeTo: tree.path)
                == [
                    "\(try Self.position(of: "safeguarding-lead", in: tree)) error QI-F9",
                    "\(try Self.position(of: "serious-concern]", in: tree)) error QI-F9",
                ].sorted())
    }

    @Test func wrongTypesAndBadValues() throws {
        let (tree, diagnostics) = try Self.check([
            ("format: 1", "format: 2"), ("  every_months: 12", "  every_months: 0"),
            ("class: qi-light--green", "class: qi light green"), ("  - rule: QI-R1", "  - rule: QI-R9"),
        ])
        #expect(
            Set(diagnostics.summaries(relativeTo: tree.path)) == [
                "\(try Self.position(of: "format: 2", in: tree).dropLast(2)):9 error QI-F7",
                "\(try Self.position(of: "qi light green", in: tree)) error QI-F7",
                "\(try Self.position(of: "QI-R9", in: tree)) error QI-F7",
                "\(try Self.position(of: "every_months: 0", in: tree).dropLast(2)):17 error QI-F7",
            ], "\(diagnostics.map(\.message))")
        // Each says what is wrong and what to write instead.
        #expect(
            Set(diagnostics.map(\.message)) == [
                "policy format 2 is not one this qid reads",
                "'qi light green' is not a CSS class name",
                "'QI-R9' is not a rule this section can carry",
                "'every_months' must be from 1 to 120, found 0",
            ])
        #expect(
            Set(diagnostics.map(\.fix)) == [
                "write 'format: 1'", "use one of the theme's classes, like qi-light--amber", "use QI-R1",
                "give a whole number from 1 to 120",
            ])
    }

    @Test func aListWhereAMappingIsExpected() throws {
        let (tree, diagnostics) = try Self.check([
            (
                "service_areas:\n  start-well: Start Well (children)\n  live-well: Live Well (working-age adults)\n  age-well: Age Well (older people)\n",
                "service_areas: [start-well, live-well, age-well]\n"
            )
        ])
        let wrongType = diagnostics.filter { $0.rule == .wrongType }
        #expect(
            wrongType.summaries(relativeTo: tree.path) == [
                "\(try Self.position(of: "[start-well, live-well, age-well]", in: tree)) error QI-F2"
            ])
        #expect(wrongType.first?.message == "'service_areas' must be a mapping of key: title, found a list")
        #expect(
            diagnostics.contains { $0.message.hasPrefix("unknown service area 'live-well'; the policy defines none") },
            "the lifting rule's areas are now unknown")
    }

    @Test func malformedYAMLInAPolicyFile() throws {
        let (tree, diagnostics) = try Self.check([("council: Oxfordshire County Council", "council: [Oxfordshire")])
        #expect(diagnostics.map(\.rule) == [.yamlSyntax])
        #expect(diagnostics.first?.location.file == "\(tree.path)/policy.yaml")
    }

    @Test func aHostilePolicyFileIsRefusedLikeContent() throws {
        let bomb =
            "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
            + (1...8).map {
                "l\($0): &l\($0) [*\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)"), *\($0 == 1 ? "a" : "l\($0 - 1)")]"
            }.joined(separator: "\n")
        let tree = try FixtureTree.minimal().withPolicy().writing("policy.yaml", bomb)
        #expect(try tree.check().map(\.rule) == [.unsafeInput])
    }
}

/// The README's annotated policy is a policy that checks clean, so a council can start from it.
@Suite struct ReadmePolicyExampleTests {
    @Test func theAnnotatedExampleInTheReadmeIsAValidPolicy() throws {
        let readme = try String(contentsOf: FixtureTree.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "### The policy format (version 1), annotated"))
        let start = try #require(readme.range(of: "```yaml\n", range: section.upperBound..<readme.endIndex))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let decoded = PolicyLibrary.decode(Array(readme[start.upperBound..<end.lowerBound].utf8), file: "README.md")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map { "\($0.location.line): \($0.message)" })")
        #expect(decoded.policy?.name == "riverside")
        #expect(decoded.policy?.escalations.first?.roles == ["lead-commissioner"])
    }
}

/// Mistakes found by review: keys that clash with "not yet rated" or "not assessed", numbers far beyond any
/// council's, repeated lights in `by_light`, a `./` path, and localities that would share a page.
@Suite struct PolicyFileLimitTests {
    static func check(_ replacements: [(String, String)]) throws -> (tree: FixtureTree, diagnostics: [Diagnostic]) {
        try PolicyFileTests.check(replacements)
    }

    @Test func aLightKeyedNotYetRatedIsRefused() throws {
        let (tree, diagnostics) = try Self.check([("    - key: green", "    - key: not-yet-rated")])
        let duplicate = diagnostics.filter { $0.rule == .duplicate }
        #expect(
            duplicate.summaries(relativeTo: tree.path) == ["\(try PolicyFileTests.position(of: "not-yet-rated", in: tree)) error QI-F5"])
        #expect(duplicate.first?.message == "'not-yet-rated' is kept for providers with no rating")
    }

    @Test func aLightKeyedLikeTheDefaultNotAssessedIsRefused() throws {
        let (_, diagnostics) = try Self.check([
            ("    - key: amber", "    - key: not-assessed"),
            ("  not_assessed: {key: not-assessed, word: Not assessed}\n", ""),
        ])
        #expect(
            diagnostics.contains { $0.rule == .duplicate && $0.message.hasPrefix("light 'not-assessed' is defined twice") },
            "\(diagnostics.map(\.message))")
    }

    @Test func notAssessedCannotTakeTheNotYetRatedKey() throws {
        let (_, diagnostics) = try Self.check([("not_assessed: {key: not-assessed,", "not_assessed: {key: not-yet-rated,")])
        #expect(diagnostics.map(\.message) == ["'not-yet-rated' is kept for providers with no rating"])
    }

    @Test func numbersFarBeyondAnyCouncilsAreRefused() throws {
        let (tree, diagnostics) = try Self.check([
            ("  every_months: 12", "  every_months: 9223372036854775807"),
            ("    meeting_within_working_days: 10\n  - key: serious", "    meeting_within_working_days: 100000000\n  - key: serious"),
            ("  new_service_months: 12", "  new_service_months: 121"),
        ])
        #expect(Set(diagnostics.map(\.rule)) == [.badValue])
        #expect(
            diagnostics.map(\.message).sorted() == [
                "'every_months' must be from 1 to 120, found 9223372036854775807",
                "'meeting_within_working_days' must be from 1 to 260, found 100000000",
                "'new_service_months' must be from 0 to 120, found 121",
            ])
        #expect(diagnostics.allSatisfy { $0.location.file == "\(tree.path)/policy.yaml" })
    }

    @Test func aLightTwiceInByLightIsRefused() throws {
        let (tree, diagnostics) = try Self.check([
            ("  every_months: 12\n", "  every_months: 12\n  by_light: {red: 3, red: 6, amber: 500}\n")
        ])
        #expect(diagnostics.map(\.rule) == [.duplicate, .badValue], "\(diagnostics.map(\.message))")
        let line = try PolicyFileTests.position(of: "by_light: {red", in: tree).split(separator: ":")[1]
        #expect(diagnostics.first?.message == "light in 'by_light' 'red' is defined twice (first on line \(line))")
        #expect(diagnostics.last?.message == "'by_light' must be from 1 to 120, found 500")
    }

    @Test func aDotSlashPathIsThePolicyFileItself() throws {
        let tree = try FixtureTree.minimal().withPolicy(replacing: [("word: Green", "word: Go")])
            .editing("directory.yaml", replacing: "policy: policy.yaml", with: "policy: ./policy.yaml")
        #expect(try tree.check().isEmpty)
        #expect(try tree.state(of: "acorn-house").light.word == "Go")
    }

    @Test func localitiesThatWouldShareAPageAreRefused() throws {
        let tree = try FixtureTree.minimal().editing(
            "directory.yaml", replacing: "localities: [Cherwell, Oxford]", with: "localities: [Cherwell, Oxford, oxford]")
        let diagnostics = try tree.check()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["directory.yaml:6:32 error QI-F5"])
        #expect(
            diagnostics.first?.message == "locality 'oxford' has the same page address (localities/oxford/) as 'Oxford' (first at line 6)")
    }
}
