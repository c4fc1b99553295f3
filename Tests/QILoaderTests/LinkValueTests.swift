import Foundation
import QIDomain
import QILoader
import QITestSupport
import Testing

/// Every value from content that reaches an `href` or `src` is checked when it is loaded (QI-F7 at the value's own
/// line and column): a hostile value never checks clean, and a good one of each field passes.
@Suite struct LinkValueTests {
    /// One field that becomes (part of) a link: the file it is in, the text it replaces, and how to write a value.
    struct Field: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let replacing: String
        let line: @Sendable (String) -> String

        var testDescription: String { name }

        /// `value` written as a YAML double-quoted string (so tabs and newlines are escapes, not YAML's own).
        static func quoted(_ value: String) -> String {
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"" + escaped.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\n", with: "\\n") + "\""
        }
    }

    static let provider = "providers/acorn-house/provider.yaml"

    static let fields: [Field] = [
        Field(name: "base_url", file: "directory.yaml", replacing: "base_url: /") { "base_url: \(Field.quoted($0))" },
        Field(name: "directory contact", file: "directory.yaml", replacing: "contact: qi@example.org") {
            "contact: \(Field.quoted($0 + "@example.org"))"
        },
        Field(name: "officer email", file: "officers.yaml", replacing: "email: amira.khan@example.org") {
            "email: \(Field.quoted($0 + "@example.org"))"
        },
        Field(name: "provider website", file: provider, replacing: "status: active") {
            "contact:\n  website: \(Field.quoted($0))\nstatus: active"
        },
        Field(name: "provider email", file: provider, replacing: "status: active") {
            "contact:\n  email: \(Field.quoted($0 + "@example.org"))\nstatus: active"
        },
        Field(name: "provider phone", file: provider, replacing: "status: active") {
            "contact:\n  phone: \(Field.quoted($0))\nstatus: active"
        },
        Field(name: "cqc_location", file: provider, replacing: "status: active") {
            "registration:\n  cqc_location: \(Field.quoted($0))\nstatus: active"
        },
        Field(name: "cqc_provider", file: provider, replacing: "status: active") {
            "registration:\n  cqc_provider: \(Field.quoted($0))\nstatus: active"
        },
        Field(name: "ofsted_urn", file: provider, replacing: "status: active") {
            "registration:\n  ofsted_urn: \(Field.quoted($0))\nstatus: active"
        },
    ]

    static let hostile = [
        "javascript:alert(document.domain)//", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "vbscript:msgbox(1)",
        "JaVaScRiPt:alert(1)//", "  javascript:alert(1)//", "//evil.example/", "java\tscript:alert(1)//", "java\nscript:alert(1)//",
        "https://council.example@evil.example/", "https:///evil.example/", "https://x.example/\"onmouseover=\"alert(1)",
    ]

    /// The line and column where `written` starts in the file (the value's opening quote).
    static func position(of written: String, in text: String) -> String? {
        let quote = written.split(separator: "\n").first { $0.contains("\"") }.map(String.init) ?? written
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: quote.trimmingCharacters(in: .whitespaces)), let quoteIndex = line[range].firstIndex(of: "\"") {
                return "\(index + 1):\(line.distance(from: line.startIndex, to: quoteIndex) + 1)"
            }
        }
        return nil
    }

    @Test(arguments: fields, hostile)
    func aHostileValueIsAFormatErrorAtTheValue(field: Field, value: String) throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        let written = field.line(value)
        try tree.editing(field.file, replacing: field.replacing, with: written)
        let position = try #require(Self.position(of: written, in: tree.read(field.file)))
        #expect(tree.loadSummaries() == ["\(field.file):\(position) error QI-F7"], "\(field.name) = \(value.debugDescription)")
        let diagnostic = try #require(tree.loadDiagnostics().first)
        #expect(!diagnostic.message.contains("\n") && !diagnostic.message.contains("\t"), "the message stays on one line")
        #expect(diagnostic.fix.contains("like"), "the fix shows a good value: \(diagnostic.fix)")
    }

    static let good: [(String, [String])] = [
        ("base_url", ["/", "/qi-directory/", "https://www.example.org/qi-directory/", "http://localhost:8000/", "HTTPS://EXAMPLE.ORG/"]),
        ("directory contact", ["quality.improvement", "qi+directory"]),
        ("officer email", ["amira.khan", "amira_khan-2"]),
        (
            "provider website",
            [
                "https://www.example.org/", "http://care.example/home?tab=1#top", "https://example.org:8443/a/b",
                // As CQC's data writes them: no scheme (linked over https).
                "www.bondcare.co.uk/care-homes/abbey-hey-care-home/", "www.assistantsathand.com",
            ]
        ),
        ("provider email", ["info+care", "first.last"]),
        ("provider phone", ["01865 123456", "+44 (0)1865 123-456"]),
        ("cqc_location", ["1-123456789", "1-000123456"]),
        ("cqc_provider", ["1-101634720"]),
        ("ofsted_urn", ["SC430837", "2537410"]),
    ]

    @Test(arguments: good)
    func goodValuesOfEachFieldPass(name: String, values: [String]) throws {
        let field = try #require(Self.fields.first { $0.name == name })
        for value in values {
            let tree = try FixtureTree.minimal()
            defer { try? FileManager.default.removeItem(at: tree.root) }
            try tree.editing(field.file, replacing: field.replacing, with: field.line(value))
            #expect(tree.loadSummaries() == [], "\(name) = \(value)")
        }
    }

    @Test func aWebsiteWithoutSchemeIsLinkedOverHTTPSAndNothingElseIs() {
        #expect(SafeLink.websiteHref("www.assistantsathand.com") == "https://www.assistantsathand.com")
        #expect(SafeLink.websiteHref("http://care.example/") == "http://care.example/")
        for hostile in Self.hostile + ["javascript:alert(1)", "localhost", "evil.example:8080/x", "-x.example"] {
            #expect(SafeLink.websiteHref(hostile) == nil, "\(hostile.debugDescription)")
        }
    }

    @Test func aContactThatIsNotAnAddressIsTextAndChecksClean() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        try tree.editing("directory.yaml", replacing: "contact: qi@example.org", with: "contact: the QI team on 01865 123456")
        #expect(tree.loadSummaries() == [])
    }

    @Test func theBaseURLMessageNamesTheValueAndShowsAGoodOne() throws {
        let tree = try FixtureTree.minimal()
        defer { try? FileManager.default.removeItem(at: tree.root) }
        try tree.editing("directory.yaml", replacing: "base_url: /", with: "base_url: \"javascript:alert(document.domain)//\"")
        let diagnostic = try #require(tree.loadDiagnostics().first)
        #expect(
            diagnostic.message
                == "'base_url' is 'javascript:alert(document.domain)//', not a path starting with / or an https:// or http:// address")
        #expect(
            diagnostic.fix == "write a path like /qi-directory/ or a full address like https://www.example.org/qi-directory/ (ending in /)")
        try tree.editing("directory.yaml", replacing: "\"javascript:alert(document.domain)//\"", with: "/qi-directory")
        #expect(tree.loadDiagnostics().first?.fix == "write '/qi-directory/'")
    }
}
