import Foundation
import QITestSupport
import Testing

/// `qid build` scans what a public edition would publish for NHS numbers (QI-P1) and refuses to publish one.
@Suite struct OutputScanTests {
    /// A copy of the default theme whose provider page prints the postcode and the phone number side by side.
    static func joiningTheme() throws -> URL {
        let theme = TemporaryFolder.make("qid-theme")
        try FileManager.default.copyItem(at: FixtureTree.defaultTheme, to: theme)
        let provider = theme.appendingPathComponent("templates/provider.mustache")
        let text = try String(contentsOf: provider, encoding: .utf8)
        try (text + "<p>{{contact.postcode}}{{contact.phone}}</p>\n").write(to: provider, atomically: true, encoding: .utf8)
        return theme
    }

    @Test func aNumberThatOnlyAppearsOnceRenderedIsNotPublishedAndTheMessageNamesTheFile() throws {
        // Neither value is an NHS number; the theme joins them into 943 4765919.
        let tree = try FixtureTree.minimal().editing(
            "providers/acorn-house/provider.yaml", replacing: "postcode: OX16 1AA",
            with: "postcode: OX16 943\ncontact: {phone: \"4765919\"}")
        let theme = try Self.joiningTheme()
        let site = TemporaryFolder.make("qid-site")
        defer {
            tree.remove()
            try? FileManager.default.removeItem(at: theme)
            try? FileManager.default.removeItem(at: site)
        }
        #expect(try tree.check().isEmpty)
        let output = try QID.run(["build", tree.path, "-o", site.path, "--as-of", "2026-06-01", "--theme", theme.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("providers/acorn-house/index.html"))
        #expect(output.stderr.contains("[QI-P1], from providers/acorn-house/"))
        #expect(output.stderr.contains("nothing was published"))
        #expect(!FileManager.default.fileExists(atPath: site.path))
        // The officers' edition is never published on a public site, and is not scanned.
        let internalSite = TemporaryFolder.make("qid-site")
        defer { try? FileManager.default.removeItem(at: internalSite) }
        let internalBuild = try QID.run([
            "build", tree.path, "-o", internalSite.path, "--as-of", "2026-06-01", "--theme", theme.path, "--internal",
        ])
        #expect(internalBuild.status == 0)
    }

    @Test func registrationIdsOnPublicPagesAreNotMatches() throws {
        // 1-1770257802 (a real CQC id) and the UPRN 1100060006 end in ten digits that pass the check.
        let tree = try FixtureTree.minimal().editing(
            "providers/acorn-house/provider.yaml", replacing: "status: active",
            with: "status: active\nregistration: {cqc_location: 1-1770257802, uprn: \"1100060006\", companies_house: \"01234567\"}")
        let site = TemporaryFolder.make("qid-site")
        defer {
            tree.remove()
            try? FileManager.default.removeItem(at: site)
        }
        let output = try QID.run(["build", tree.path, "-o", site.path, "--as-of", "2026-06-01"])
        #expect(output.status == 0, "\(output.stderr)")
        let page = try String(contentsOf: site.appendingPathComponent("providers/acorn-house/index.html"), encoding: .utf8)
        #expect(page.contains("1100060006"))
        #expect(page.contains("https://find-and-update.company-information.service.gov.uk/company/01234567"))
        #expect(page.contains("https://www.cqc.org.uk/location/1-1770257802"))
    }

    /// Real CQC data: a folder named from its location's id (norwood-drive-1770257802 for 1-1770257802, whose last ten
    /// digits pass the check) publishes; the same digits in a folder of a provider without that id do not.
    @Test func aProviderIdMadeFromItsOwnCQCIdPublishesAndOtherDigitsDoNot() throws {
        let real = try FixtureTree.named("cqc-real")
        let site = TemporaryFolder.make("qid-site")
        defer {
            real.remove()
            try? FileManager.default.removeItem(at: site)
        }
        let output = try QID.run(["build", real.path, "-o", site.path, "--as-of", "2026-06-01"])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.path + "/providers/norwood-drive-1770257802/index.html"))

        let tree = try FixtureTree.minimal()
        let text = try tree.read("providers/acorn-house/provider.yaml")
        let other = try tree.writing("providers/acorn-house-1770257802/provider.yaml", text)
        let refused = TemporaryFolder.make("qid-site")
        defer {
            other.remove()
            try? FileManager.default.removeItem(at: refused)
        }
        let build = try QID.run(["build", other.path, "-o", refused.path, "--as-of", "2026-06-01"])
        #expect(build.status == 1)
        #expect(build.stderr.contains("would publish what looks like an NHS number"), "\(build.stderr)")
    }
}
