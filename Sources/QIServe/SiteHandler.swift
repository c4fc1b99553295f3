import FlyingFox
import Foundation
import QIPipeline
import QISite

/// The site in memory and the version open pages were served at: replaced whole by each rebuild, read by every
/// request (any thread).
final class LiveSite: @unchecked Sendable {
    private let lock = NSLock()
    private var current: PreviewSite
    private var number = 1

    init(_ site: PreviewSite) {
        current = site
    }

    var site: (site: PreviewSite, version: Int) {
        lock.withLock { (current, number) }
    }

    /// Installs a rebuilt site; returns its version.
    func replace(with site: PreviewSite) -> Int {
        lock.withLock {
            current = site
            number += 1
            return number
        }
    }
}

/// Answers every request: the site's files (HTML pages with the reload script added), the reload script and its
/// event stream under `/__qid/`, the diagnostics page while the content has errors, and the right status otherwise.
struct SiteHandler: HTTPHandler {
    let live: LiveSite
    let channel: ReloadChannel

    /// Where the reload script and its events live; no site file starts so.
    static let reserved = "/__qid/"

    /// Reloads the page when the event stream says the site has another version than the page was served at.
    ///
    /// The version is sent at once on connecting, then on every rebuild. Only `qid serve` adds the script; `qid
    /// build` never writes it.
    static let reloadScript = """
        // qid serve: reloads this page when the content or the theme changes. Never part of a built site.
        (function () {
          var script = document.currentScript;
          var version = script ? script.getAttribute("data-version") : null;
          if (!window.EventSource) { return; }
          var events = new EventSource("/__qid/events");
          events.addEventListener("reload", function (event) {
            if (event.data !== version) { window.location.reload(); }
          });
        })();

        """

    static func scriptTag(version: Int) -> String {
        "<script src=\"/__qid/reload.js\" data-version=\"\(version)\"></script>"
    }

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let refusal = Self.refusal(request) { return refusal }
        let target = request.target.path(percentEncoded: true)
        let isHead = request.method == .HEAD
        if target.hasPrefix(Self.reserved) {
            return reserved(target, head: isHead)
        }
        let path: String
        switch SitePath.file(for: target) {
        case .failure(let refusal): return Self.plain(.badRequest, "\(refusal)", head: isHead)
        case .success(let found): path = found
        }
        let (site, version) = live.site
        if let failure = site.failure {
            let page = DiagnosticsPage.html(failure, diagnostics: site.check.diagnostics, reloadScript: Self.scriptTag(version: version))
            return Self.response(.internalServerError, type: "text/html; charset=utf-8", Array(page.utf8), head: isHead)
        }
        if let file = site.file(at: path) {
            return Self.response(.ok, type: SitePath.contentType(of: path), Self.served(file, version: version), head: isHead)
        }
        // `/providers/acorn-house` → `/providers/acorn-house/`, as a static web server does.
        if !target.hasSuffix("/"), site.file(at: path + "/index.html") != nil {
            var response = Self.plain(.movedPermanently, "moved to \(target)/", head: isHead)
            response.headers[.location] = target + "/"
            return response
        }
        let notFound = site.file(at: "404.html").map { Self.served($0, version: version) } ?? Array("not found\n".utf8)
        return Self.response(.notFound, type: "text/html; charset=utf-8", notFound, head: isHead)
    }

    /// Requests answered before the path is looked at: an HTTP version other than 1.0 and 1.1 (505), HTTP/1.1
    /// without a Host header (400, RFC 9112 §3.2), a method other than GET and HEAD (405).
    static func refusal(_ request: HTTPRequest) -> HTTPResponse? {
        let head = request.method == .HEAD
        guard request.version == .http11 || request.version == HTTPVersion("HTTP/1.0") else {
            return plain(HTTPStatusCode(505, phrase: "HTTP Version Not Supported"), "only HTTP/1.0 and HTTP/1.1 are served", head: head)
        }
        if request.version == .http11, request.headers[.host]?.isEmpty ?? true {
            return plain(.badRequest, "an HTTP/1.1 request needs a Host header", head: head)
        }
        guard request.method == .GET || head else {
            var response = plain(.methodNotAllowed, "qid serve answers GET and HEAD only", head: head)
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        return nil
    }

    private func reserved(_ target: String, head: Bool) -> HTTPResponse {
        switch target {
        case Self.reserved + "reload.js":
            return Self.response(.ok, type: "text/javascript; charset=utf-8", Array(Self.reloadScript.utf8), head: head)
        case Self.reserved + "events":
            var headers = HTTPHeaders()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-store"
            if head { return HTTPResponse(statusCode: .ok, headers: headers) }
            let events = channel.listen(version: live.site.version)
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventStreamBody(events: events)))
        default:
            return Self.plain(.notFound, "not found", head: head)
        }
    }

    /// An HTML page with the reload script before `</body>`; any other file as it is.
    static func served(_ file: OutputFile, version: Int) -> [UInt8] {
        guard file.path.hasSuffix(".html") else { return file.bytes }
        let tag = Array(scriptTag(version: version).utf8)
        let close = Array("</body>".utf8)
        guard let end = lastRange(of: close, in: file.bytes) else { return file.bytes + tag }
        var bytes = file.bytes
        bytes.insert(contentsOf: tag, at: end)
        return bytes
    }

    private static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var start = bytes.count - needle.count
        while start >= 0 {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    static func plain(_ status: HTTPStatusCode, _ text: String, head: Bool) -> HTTPResponse {
        response(status, type: "text/plain; charset=utf-8", Array((text + "\n").utf8), head: head)
    }

    /// A response of `bytes`, or of none for HEAD with the same Content-Length.
    ///
    /// Nothing is cached: the preview changes under the browser.
    static func response(_ status: HTTPStatusCode, type: String, _ bytes: [UInt8], head: Bool) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[HTTPHeader("X-Content-Type-Options")] = "nosniff"
        if head {
            headers[.contentLength] = String(bytes.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: Data(bytes))
    }
}
