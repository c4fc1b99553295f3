import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// One test per content-format error kind: the exact file:line:column, the rule id and the wording that helps.
///
/// The minimal fixture's provider.yaml has name on line 1, services 3, contract 8, status 10, commissioned_since 11.
@Suite struct FormatErrorTests {
    static let provider = "providers/acorn-house/provider.yaml"
    static let rating = "providers/acorn-house/ratings/2026-03-14.yaml"

    @Test func minimalTreeLoadsWithoutDiagnostics() throws {
        let tree = try FixtureTree.minimal()
        let result = ContentLoader().load(root: tree.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.filesRead == 4)
        #expect(result.content?.providers.map(\.id) == ["acorn-house"])
        #expect(result.content?.officers.count == 7)
    }

    // MARK: QI-F1

    @Test func malformedYAML() throws {
        let tree = try FixtureTree.minimal()
            .editing(Self.provider, replacing: "1 High Street, Banbury", with: "1 High Street: Banbury")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):6:23 error QI-F1"])
        #expect(diagnostics.first?.message == "malformed YAML: mapping values are not allowed in this context")
    }

    @Test func secondDocumentInAFile() throws {
        let tree = try FixtureTree.minimal().editing(Self.rating, replacing: "overall: green", with: "---\noverall: green")
        #expect(tree.loadSummaries() == ["\(Self.rating):15:1 error QI-F1"])
    }

    // MARK: QI-F2

    @Test func textWhereAListIsExpected() throws {
        let tree = try FixtureTree.minimal()
            .editing(Self.provider, replacing: "services: [care-home-nursing]", with: "services: care-home-nursing")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):3:11 error QI-F2"])
        #expect(diagnostics.first?.message == "'services' must be a list, found text")
        #expect(diagnostics.first?.fix == "write it as a list, like 'services: [care-home-nursing]'")
    }

    @Test func mappingWhereTextIsExpected() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "name: Acorn House", with: "name: {first: Acorn}")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):1:7 error QI-F2"])
        #expect(diagnostics.first?.message == "'name' must be text, found a mapping")
    }

    @Test func listWhereARecordIsExpected() throws {
        let tree = try FixtureTree.minimal().writing("officers.yaml", "id: amira-khan\nname: Amira Khan\n")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["officers.yaml:1:1 error QI-F2"])
        #expect(diagnostics.first?.message == "officers.yaml must be a list of officers, found a mapping")
    }

    // MARK: QI-F3

    @Test func unknownKeySuggestsTheNearestAndListsTheAllowed() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "services:", with: "servics:")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):1:1 error QI-F4", "\(Self.provider):3:1 error QI-F3"])
        let unknown = try #require(diagnostics.with(rule: "QI-F3").first)
        #expect(unknown.message == "unknown key 'servics' in provider.yaml (did you mean 'services'?)")
        #expect(
            unknown.fix
                == "use one of: name, organisation, services, service_areas, locality, covers, out_of_county, address, postcode, registration, contract, officer, status, commissioned_since, contact, internal"
        )
        #expect(diagnostics.with(rule: "QI-F4").first?.message == "provider.yaml has no 'services', which is required")
    }

    @Test func unknownKeyInANestedMapping() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "annual_value:", with: "anual_value:")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):8:26 error QI-F3"])
        #expect(diagnostics.first?.message == "unknown key 'anual_value' in contract (did you mean 'annual_value'?)")
        #expect(diagnostics.first?.fix == "use one of: tier, annual_value, criticality")
    }

    @Test func unknownKeyFarFromAnyAllowedHasNoSuggestion() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "status: active", with: "status: active\nzzzzzzzz: 1")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):11:1 error QI-F3"])
        #expect(diagnostics.first?.message == "unknown key 'zzzzzzzz' in provider.yaml")
    }

    // MARK: QI-F4

    @Test func missingRequiredKeyIsReportedAtItsMapping() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "name: Acorn House\n", with: "# Acorn House\n")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):2:1 error QI-F4"])
        #expect(diagnostics.first?.message == "provider.yaml has no 'name', which is required")
        #expect(diagnostics.first?.fix == "add 'name: …'")
    }

    @Test func emptyRequiredValue() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "status: active", with: "status: ~")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):10:9 error QI-F4"])
        #expect(diagnostics.first?.message == "'status' in provider.yaml is empty, but it is required")
    }

    @Test func emptyFile() throws {
        let tree = try FixtureTree.minimal().writing(Self.provider, "")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):1:1 error QI-F4"])
        #expect(diagnostics.first?.message == "the file is empty")
    }

    // MARK: QI-F5

    @Test func duplicateKeyPointsAtTheSecondAndNamesTheFirstLine() throws {
        let tree = try FixtureTree.minimal().editing(
            Self.provider, replacing: "commissioned_since: 2019-04-01", with: "commissioned_since: 2019-04-01\nstatus: closed")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):12:1 error QI-F5"])
        #expect(diagnostics.first?.message == "'status' appears twice in provider.yaml (first on line 10); YAML keeps only one")
        // The first value wins, and it is not replaced by the second.
        let content = try #require(ContentLoader().load(root: tree.path).content)
        #expect(content.providers.first?.status.value == .active)
    }

    @Test func duplicateStandardInARating() throws {
        let tree = try FixtureTree.minimal().editing(Self.rating, replacing: "  skills: green", with: "  skills: green\n  staffing: amber")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.rating):8:3 error QI-F5"])
        #expect(diagnostics.first?.message == "standard 'staffing' appears twice (first on line 6)")
    }

    // MARK: QI-F6

    @Test func badProviderFolderID() throws {
        let tree = try FixtureTree.minimal().moving("providers/acorn-house", to: "providers/Acorn_House")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/Acorn_House:1:1 error QI-F6"])
        #expect(diagnostics.first?.message.contains("provider id 'Acorn_House' is not lower-case letters") == true)
        #expect(diagnostics.first?.fix == "rename the folder to 'acorn-house'")
    }

    @Test func badOfficerID() throws {
        let tree = try FixtureTree.minimal().editing("officers.yaml", replacing: "- id: amira-khan", with: "- id: Amira_Khan")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["officers.yaml:1:7 error QI-F6"])
        #expect(diagnostics.first?.fix == "use an id like 'amira-khan'")
    }

    // MARK: QI-F7

    @Test func dateThatDoesNotExist() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "2019-04-01", with: "2026-02-30")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):11:21 error QI-F7"])
        #expect(diagnostics.first?.message == "'commissioned_since' is 2026-02-30, a date that does not exist")
    }

    @Test func dateInTheWrongShape() throws {
        let tree = try FixtureTree.minimal().editing(Self.rating, replacing: "date: 2026-03-14", with: "date: 14/03/2026")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.rating):1:7 error QI-F7"])
        #expect(diagnostics.first?.message == "'date' must be a date written YYYY-MM-DD, found '14/03/2026'")
        #expect(diagnostics.first?.fix == "write the date like 2026-03-14")
    }

    @Test func valueOutsideItsListSuggestsTheNearest() throws {
        let tree = try FixtureTree.minimal().editing(Self.provider, replacing: "status: active", with: "status: activ")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):10:9 error QI-F7"])
        #expect(diagnostics.first?.message == "'activ' is not an allowed 'status' (did you mean 'active'?)")
        #expect(diagnostics.first?.fix == "use one of: active, suspended, closed")
    }

    // MARK: QI-F8

    @Test func ratingFileNameDisagreesWithItsDate() throws {
        let tree = try FixtureTree.minimal()
            .moving(Self.rating, to: "providers/acorn-house/ratings/2026-03-15.yaml")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/ratings/2026-03-15.yaml:1:7 error QI-F8"])
        #expect(diagnostics.first?.message == "date is 2026-03-14 but the file is named 2026-03-15.yaml")
    }

    @Test func ratingFileNotNamedByADate() throws {
        let tree = try FixtureTree.minimal().moving(Self.rating, to: "providers/acorn-house/ratings/latest.yaml")
        #expect(tree.loadSummaries() == ["providers/acorn-house/ratings/latest.yaml:1:1 error QI-F8"])
    }

    @Test func concernFileNameDisagreesWithRaised() throws {
        let good = try FixtureTree.minimal().writing("providers/acorn-house/concerns/2026-02-20-medication-errors.yaml", validConcern)
        #expect(good.loadDiagnostics().isEmpty)
        let file = "providers/acorn-house/concerns/2026-02-21-medication-errors.yaml"
        let tree = try FixtureTree.minimal().writing(file, validConcern)
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(file):1:9 error QI-F8"])
        #expect(diagnostics.first?.message == "raised is 2026-02-20 but the file name starts 2026-02-21")
    }

    @Test func concernFileWithoutADate() throws {
        let file = "providers/acorn-house/concerns/medication-errors.yaml"
        let tree = try FixtureTree.minimal().writing(file, validConcern)
        #expect(tree.loadSummaries() == ["\(file):1:1 error QI-F8"])
    }

    // MARK: QI-F11

    @Test func unknownFolderInAProviderFolderSuggestsTheNearest() throws {
        let tree = try FixtureTree.minimal().moving("providers/acorn-house/ratings", to: "providers/acorn-house/rating")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/rating:1:1 error QI-F11"])
        #expect(diagnostics.first?.message == "'rating' is not part of a provider's folder (did you mean 'ratings'?)")
    }

    @Test func fileNamedLikeAFolderIsNotSuggestedToItself() throws {
        let tree = try FixtureTree.minimal().writing("providers/acorn-house/concerns", "not a folder\n")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/concerns:1:1 error QI-F11"])
        #expect(diagnostics.first?.message == "'concerns' is not part of a provider's folder")
    }

    @Test func ymlRatingFile() throws {
        let tree = try FixtureTree.minimal().moving(Self.rating, to: "providers/acorn-house/ratings/2026-03-14.yml")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house/ratings/2026-03-14.yml:1:1 error QI-F11"])
        #expect(diagnostics.first?.fix == "rename it to end in .yaml")
    }

    @Test func unknownEntryInTheContentFolderIsAWarning() throws {
        let tree = try FixtureTree.minimal().writing("provider/notes.txt", "x\n")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["provider:1:1 warning QI-F11"])
        #expect(diagnostics.first?.message == "'provider' is not part of the content format and is ignored (did you mean 'providers'?)")
    }

    @Test func missingOfficersFile() throws {
        let tree = try FixtureTree.minimal().removing("officers.yaml")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["officers.yaml:1:1 error QI-F11"])
        #expect(diagnostics.first?.message == "officers.yaml is missing: it holds the list of officers and their roles")
    }

    @Test func missingProviderFile() throws {
        let tree = try FixtureTree.minimal().removing(Self.provider)
        let result = ContentLoader().load(root: tree.path)
        #expect(result.diagnostics.summaries(relativeTo: tree.path) == ["providers/acorn-house:1:1 error QI-F11"])
        #expect(result.diagnostics.first?.message == "provider folder 'acorn-house' has no provider.yaml")
        #expect(result.content?.providers.isEmpty == true)
    }

    @Test func missingContentFolder() throws {
        let tree = try FixtureTree.empty()
        let result = ContentLoader().load(root: tree.path + "/nowhere")
        #expect(result.content == nil)
        #expect(result.diagnostics.summaries(relativeTo: tree.path) == ["nowhere:1:1 error QI-F11"])
    }

    // MARK: QI-P1 and pages

    @Test func nhsNumberInACommentLine() throws {
        let tree = try FixtureTree.minimal()
            .editing(Self.provider, replacing: "status: active\n", with: "status: active\n# called about patient 943 476 5919\n")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["\(Self.provider):11:24 error QI-P1"])
        #expect(diagnostics.first?.message.contains("NHS number") == true)
    }

    @Test func nhsNumberWithAFailingCheckDigitIsNotReported() throws {
        let tree = try FixtureTree.minimal()
            .editing(Self.provider, replacing: "status: active\n", with: "status: active\n# reference 943 476 5918\n")
        #expect(tree.loadDiagnostics().isEmpty)
    }

    @Test func pageFrontMatterErrorsPointAtTheFileLine() throws {
        let tree = try FixtureTree.minimal().writing("pages/about.md", "---\ntitle: About\ntitel: About us\n---\n# About\n")
        let diagnostics = tree.loadDiagnostics()
        #expect(diagnostics.summaries(relativeTo: tree.path) == ["pages/about.md:3:1 error QI-F3"])
        #expect(diagnostics.first?.message == "unknown key 'titel' in the page's front matter (did you mean 'title'?)")
        let good = try FixtureTree.minimal().writing("pages/about.md", "---\ntitle: About\n---\n# About\n")
        let result = ContentLoader().load(root: good.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.content?.pages.first?.title.location.line == 2)
    }
}
