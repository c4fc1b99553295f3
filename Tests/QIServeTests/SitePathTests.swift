import QISite
import Testing

@testable import QIServe

/// Request paths → site files: only files inside the site, however the path is written.
@Suite struct SitePathTests {
    @Test(arguments: [
        ("/", "index.html"),
        ("/dashboard/", "dashboard/index.html"),
        ("/providers/acorn-house/", "providers/acorn-house/index.html"),
        ("/assets/qid.css", "assets/qid.css"),
        ("/search-index.json", "search-index.json"),
        ("/pages/about%20us/", "pages/about us/index.html"),
        ("/providers/acorn-house", "providers/acorn-house"),
    ])
    func pathsInsideTheSiteNameTheirFile(target: String, file: String) {
        #expect(SitePath.file(for: target) == .success(file))
    }

    @Test(arguments: [
        ("/../etc/passwd", SitePath.Refusal.dotSegment),
        ("/assets/../../etc/passwd", .dotSegment),
        ("/%2e%2e/etc/passwd", .dotSegment),
        ("/%2E%2E/etc/passwd", .dotSegment),
        ("/assets/..%2f..%2fetc%2fpasswd", .dotSegment),
        ("/assets/%2e%2e%2f%2e%2e%2fetc/passwd", .dotSegment),
        ("/./index.html", .dotSegment),
        ("/assets/..", .dotSegment),
        ("/..%5c..%5cetc", .badCharacter),
        ("/assets%5c..%5cx", .badCharacter),
        ("/index.html%00.css", .badCharacter),
        ("/a%0d%0aSet-Cookie:x", .badCharacter),
        ("/%zz", .badEscape),
        ("/%2", .badEscape),
        ("/%ff%fe", .badEscape),
        ("*", .notAbsolute),
        ("http://example.org/", .notAbsolute),
        ("", .notAbsolute),
    ])
    func pathsThatCouldLeaveTheSiteAreRefused(target: String, refusal: SitePath.Refusal) {
        #expect(SitePath.file(for: target) == .failure(refusal))
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"),
        ("assets/qid.css", "text/css; charset=utf-8"),
        ("assets/qid.js", "text/javascript; charset=utf-8"),
        ("search-index.json", "application/json"),
        ("sitemap.xml", "application/xml"),
        ("assets/favicon.svg", "image/svg+xml"),
        ("assets/logo.PNG", "image/png"),
        ("assets/LICENSE", "application/octet-stream"),
    ])
    func contentTypesFollowTheExtension(path: String, type: String) {
        #expect(SitePath.contentType(of: path) == type)
    }

    @Test func servedPagesCarryTheReloadScriptBeforeTheEndOfTheBody() {
        let page = OutputFile(path: "index.html", text: "<html><body><p>x</p></body></html>\n")
        let served = String(decoding: SiteHandler.served(page, version: 7), as: UTF8.self)
        #expect(served == "<html><body><p>x</p><script src=\"/__qid/reload.js\" data-version=\"7\"></script></body></html>\n")
        let style = OutputFile(path: "assets/qid.css", text: "body { color: black } /* </body> */")
        #expect(SiteHandler.served(style, version: 7) == style.bytes)
    }
}
