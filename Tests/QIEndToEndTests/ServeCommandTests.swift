import Foundation
import QITestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `qid serve` run for real on a free loopback port: pages, a saved edit seen through the event stream and the page,
/// the diagnostics page and the site's return, refused requests, and a clean stop.
@Suite(.serialized) struct ServeCommandTests {
    /// A copy of the example content, in a temporary folder with nothing else in it (no council theme).
    static func content() throws -> (folder: URL, content: URL) {
        let folder = TemporaryFolder.make("qid-serve")
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: FixtureTree.packageRoot.appendingPathComponent("content"), to: content)
        return (folder, content)
    }

    static func edit(_ file: URL, replacing old: String, with new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains(old), "'\(old)' not in \(file.path)")
        try save(file, text.replacingOccurrences(of: old, with: new))
    }

    /// Saves as most editors save: a new (hidden) file beside it, renamed over it, so no look sees half a file.
    static func save(_ file: URL, _ text: String) throws {
        let saving = file.deletingLastPathComponent().appendingPathComponent("." + file.lastPathComponent + ".saving")
        try text.write(to: saving, atomically: false, encoding: .utf8)
        #expect(rename(saving.path, file.path) == 0)
    }

    @Test func servesTheSiteReloadsOnASavedEditShowsErrorsAndStopsOnCtrlC() throws {
        let (folder, content) = try Self.content()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(["content", "--as-of", "2026-11-23"], in: folder)
        let port = server.port
        #expect(server.printed.contains("qid serve: serving content at http://127.0.0.1:\(port)/ (public edition, as of 2026-11-23)"))

        let home = try LoopbackHTTP.request(port, "/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<script src=\"/__qid/reload.js\" data-version=\"1\"></script></body>"))
        let page = try LoopbackHTTP.request(port, "/providers/ashcombe-house/")
        #expect(page.status == 200)
        #expect(page.text.contains("Ashcombe House"))

        let events = try ReloadEvents(port: port)
        let first = try #require(try events.next(after: 0), "the event stream sent no version")
        #expect(first == 1)

        // A saved edit: the open page is told to reload, and the page then shows it.
        let providerFile = content.appendingPathComponent("providers/ashcombe-house/provider.yaml")
        try Self.edit(providerFile, replacing: "name: \"Ashcombe House\"", with: "name: \"Ashcombe Court\"")
        let second = try #require(try events.next(after: first), "no reload event after an edit")
        let edited = try LoopbackHTTP.request(port, "/providers/ashcombe-house/")
        #expect(edited.text.contains("Ashcombe Court"))
        #expect(edited.text.contains("data-version=\"\(second)\""))
        #expect(try LoopbackHTTP.request(port, "/").text.contains("Ashcombe Court"))

        // An error: every page shows the diagnostics (file:line:column, rule, fix) in place of the site.
        try Self.edit(providerFile, replacing: "status: active", with: "status: sleeping")
        let third = try #require(try events.next(after: second), "no reload event after an error")
        for path in ["/providers/ashcombe-house/", "/", "/dashboard/"] {
            let shown = try LoopbackHTTP.request(port, path)
            #expect(shown.status == 500)
            #expect(shown.text.contains("The content has 1 error"))
            #expect(shown.text.contains("content/providers/ashcombe-house/provider.yaml:17:9"))
            #expect(shown.text.contains("[QI-F7]"))
            #expect(shown.text.contains("Fix: "))
            #expect(shown.text.contains("/__qid/reload.js"))
            #expect(!shown.text.contains("Ashcombe Court"))
        }
        #expect(server.printed.contains("provider.yaml:17:9: error:"))
        #expect(server.printed.contains("qid serve: 1 error; every page shows why until the next clean save"))

        // The next clean save brings the site back.
        try Self.edit(providerFile, replacing: "status: sleeping", with: "status: active")
        _ = try #require(try events.next(after: third), "no reload event after the fix")
        let back = try LoopbackHTTP.request(port, "/providers/ashcombe-house/")
        #expect(back.status == 200)
        #expect(back.text.contains("Ashcombe Court"))

        // Ctrl-C: the event stream ends and qid exits 0 at once.
        #expect(try server.stop(SIGINT, timeout: 5) == 0)
        #expect(try events.ended())
        #expect(server.printed.contains("qid serve: stopped"))
        #expect(!server.printed.contains("could not listen"))
    }

    @Test func answersEachRequestWithTheRightStatusAndServesNothingOutsideTheSite() throws {
        let (folder, _) = try Self.content()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try ServeProcess(["content", "--as-of", "2026-11-23"], in: folder)
        let port = server.port
        let host = "Host: 127.0.0.1:\(port)\r\nConnection: close\r\n"

        let css = try LoopbackHTTP.request(port, "/assets/qid.css")
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(!css.text.contains("__qid"))
        #expect(try LoopbackHTTP.request(port, "/search-index.json").headers["content-type"] == "application/json")
        #expect(try LoopbackHTTP.request(port, "/__qid/reload.js").text.contains("EventSource"))

        // HEAD: the GET's headers and length, no body.
        let get = try LoopbackHTTP.request(port, "/dashboard/")
        let head = try LoopbackHTTP.request(port, "/dashboard/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(get.body.count))
        #expect(head.headers["content-type"] == "text/html; charset=utf-8")

        // Unknown paths: 404 with the site's own 404 page; a folder without its slash is redirected.
        let missing = try LoopbackHTTP.request(port, "/providers/no-such-home/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("Page not found"))
        let folderWithoutSlash = try LoopbackHTTP.request(port, "/providers/ashcombe-house")
        #expect(folderWithoutSlash.status == 301)
        #expect(folderWithoutSlash.headers["location"] == "/providers/ashcombe-house/")
        #expect(try LoopbackHTTP.request(port, "/__qid/other").status == 404)

        // The content's own files are not the site: never served.
        for path in ["/directory.yaml", "/providers/ashcombe-house/provider.yaml", "/content/directory.yaml"] {
            #expect(try LoopbackHTTP.request(port, path).status == 404, "\(path)")
        }
        // Paths that would leave the site, plainly or percent-encoded: 400.
        for path in ["/../content/directory.yaml", "/%2e%2e/content/directory.yaml", "/assets/..%2f..%2fcontent%2fdirectory.yaml", "/%zz"] {
            let reply = try #require(try LoopbackHTTP.exchange(port, "GET \(path) HTTP/1.1\r\n\(host)\r\n"))
            #expect(reply.status == 400, "\(path)")
            #expect(!reply.text.contains("policy"))
        }
        // Methods other than GET and HEAD, HTTP/1.1 without Host, other HTTP versions.
        let post = try #require(try LoopbackHTTP.exchange(port, "POST / HTTP/1.1\r\n\(host)Content-Length: 0\r\n\r\n"))
        #expect(post.status == 405)
        #expect(post.headers["allow"] == "GET, HEAD")
        #expect(try LoopbackHTTP.exchange(port, "DELETE /index.html HTTP/1.1\r\n\(host)\r\n")?.status == 405)
        #expect(try LoopbackHTTP.exchange(port, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n")?.status == 400)
        #expect(try LoopbackHTTP.exchange(port, "GET / HTTP/3.0\r\n\(host)\r\n")?.status == 505)
        #expect(try LoopbackHTTP.exchange(port, "GET / HTTP/1.0\r\n\r\n")?.status == 200)
        // A request line that is not one: the connection is closed without a reply, and the server goes on.
        #expect(try LoopbackHTTP.exchange(port, "HELLO\r\n\r\n") == nil)
        #expect(try LoopbackHTTP.request(port, "/").status == 200)

        #expect(try server.stop(SIGTERM, timeout: 5) == 0)
    }

    @Test func watchesTheThemeAndServesTheInternalEdition() throws {
        let (folder, _) = try Self.content()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try QID.run(["theme", "export", folder.appendingPathComponent("theme").path]).status == 0)
        let server = try ServeProcess(["content", "--as-of", "2026-11-23", "--internal", "--theme", "theme"], in: folder)
        let port = server.port
        #expect(server.printed.contains("(internal edition, as of 2026-11-23); watching the content and the theme theme"))
        #expect(try LoopbackHTTP.request(port, "/").text.contains("Internal edition"))
        let events = try ReloadEvents(port: port)
        let first = try #require(try events.next(after: 0))
        let css = folder.appendingPathComponent("theme/assets/qid.css")
        try Self.save(css, try String(contentsOf: css, encoding: .utf8) + "\n.qid-serve-test { color: black; }\n")
        _ = try #require(try events.next(after: first), "no reload event after a theme edit")
        #expect(try LoopbackHTTP.request(port, "/assets/qid.css").text.contains(".qid-serve-test"))
        #expect(try server.stop(SIGINT, timeout: 5) == 0)
    }

    @Test func aPortInUseIsAClearErrorNotAHang() throws {
        let (folder, _) = try Self.content()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try ServeProcess(["content", "--as-of", "2026-11-23"], in: folder)
        let output = try QID.run(["serve", "content", "--as-of", "2026-11-23", "--port", String(first.port)], in: folder)
        #expect(output.status == 1)
        #expect(output.stderr.contains("qid serve: could not listen on 127.0.0.1:\(first.port)"))
        #expect(try first.stop(SIGINT, timeout: 5) == 0)
    }

    @Test func theBuiltSiteCarriesNoReloadScript() throws {
        let (folder, _) = try Self.content()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try QID.run(["build", "content", "-o", "site", "--as-of", "2026-11-23"], in: folder).status == 0)
        let site = folder.appendingPathComponent("site")
        let files = try #require(FileManager.default.enumerator(atPath: site.path)).compactMap { $0 as? String }
        #expect(files.count > 30)
        for file in files {
            guard let data = FileManager.default.contents(atPath: site.appendingPathComponent(file).path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.contains("__qid"), "\(file)")
            #expect(!text.contains("EventSource"), "\(file)")
        }
    }
}
