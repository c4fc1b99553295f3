import FlyingFox
import FlyingSocks
import Foundation
import QIDomain
import QIPipeline
import QIReport

/// `qid serve`: the site built in memory and served on 127.0.0.1, rebuilt when the content or the theme changes, every
/// open page reloaded by its event stream.
///
/// The HTTP server is FlyingFox (no SwiftNIO). A change under `providers/ID/` reads and evaluates only that provider
/// again (`PreviewSite.updating`); any other change (settings, officers, the policy, free pages, the theme) builds the
/// site again. SIGINT and SIGTERM end the event streams, stop the server and exit 0.
public enum PreviewServer {
    /// How often the content and theme folders are looked at.
    static let pollInterval: UInt32 = 100_000

    /// Builds, serves and watches until SIGINT or SIGTERM; never returns.
    ///
    /// Exits 1 when the port cannot be listened on.
    public static func run(_ request: BuildRequest, port: UInt16) -> Never {
        let clock = ContinuousClock()
        let begin = clock.now
        // The first look is taken before the build, so a file saved while it runs (or before the address is printed)
        // is a change the first poll sees.
        let theme = request.themeFolder ?? ThemeLocator.councilTheme()
        let watcher = ContentWatcher(content: request.content, theme: theme)
        let site = PreviewSite.build(request)
        report(site, took: clock.now - begin, cause: nil)
        let live = LiveSite(site)
        let channel = ReloadChannel()
        // The watcher starts now and says when its inotify watches are set (some 6,000 folders at 3,000 providers):
        // the address is printed after that, so a save made as soon as it is shown is noticed at once, not by the
        // look once a second (the first edit took 1.3 s to show, the next ones 0.2 to 0.3 s).
        let watching = DispatchSemaphore(value: 0)
        Thread.detachNewThread { watch(watcher, live: live, channel: channel, request: request, ready: watching) }
        let address: sockaddr_in
        do {
            address = try .inet(ip4: "127.0.0.1", port: port)
        } catch {
            fail("could not make the address 127.0.0.1:\(port): \(error)")
        }
        let server = HTTPServer(address: address, timeout: 15, logger: .disabled, handler: SiteHandler(live: live, channel: channel))
        signal(SIGPIPE, SIG_IGN)
        let stops = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .main)
            source.setEventHandler { stop(server, channel) }
            source.resume()
            return source
        }
        Task {
            do {
                try await server.run()
            } catch {
                // Stopping cancels the server's task: that is no failure.
                if channel.isFinished { return }
                fail("could not listen on 127.0.0.1:\(port): \(error.localizedDescription) (give another port with --port)")
            }
        }
        Task {
            do {
                try await server.waitUntilListening(timeout: 10)
            } catch {
                fail("the server did not start listening on 127.0.0.1:\(port): \(error.localizedDescription)")
            }
            await withCheckedContinuation { (resumed: CheckedContinuation<Void, Never>) in
                DispatchQueue.global().async {
                    watching.wait()
                    resumed.resume()
                }
            }
            var listening = port
            if case .ip4(_, let bound) = await server.listeningAddress { listening = bound }
            say(
                "qid serve: serving \(request.content) at http://127.0.0.1:\(listening)/ (\(request.edition.rawValue) edition, as of "
                    + "\(request.asOf)); watching the content\(theme.map { " and the theme \($0)" } ?? ""); Ctrl-C to stop")
        }
        withExtendedLifetime(stops) { dispatchMain() }
    }

    /// Looks for changes when inotify says a watched folder changed (and once a second anyway), else every
    /// `pollInterval`; rebuilds what they touch, then tells every open page.
    private static func watch(
        _ start: ContentWatcher, live: LiveSite, channel: ReloadChannel, request: BuildRequest, ready: DispatchSemaphore
    ) {
        var watcher = start
        let clock = ContinuousClock()
        #if canImport(Glibc)
            var events = FolderEvents()
            if events?.watch(watcher.folders) == false { events = nil }
        #endif
        ready.signal()
        while true {
            #if canImport(Glibc)
                if let events {
                    if events.wait(milliseconds: 1000) {
                        // A save is often several steps (write, rename): let it finish, then look once.
                        usleep(10_000)
                        _ = events.wait(milliseconds: 0)
                    }
                } else {
                    usleep(pollInterval)
                }
            #else
                usleep(pollInterval)
            #endif
            let changes = watcher.poll()
            #if canImport(Glibc)
                // New folders are watched from the look that found them.
                if events?.watch(watcher.folders) == false { events = nil }
            #endif
            guard !changes.isEmpty else { continue }
            let begin = clock.now
            let current = live.site.site
            let next: PreviewSite
            if changes.theme.isEmpty, let ids = ContentWatcher.providers(in: changes.content), !ids.isEmpty {
                next = current.updating(providers: ids)
            } else {
                next = PreviewSite.build(request)
            }
            let version = live.replace(with: next)
            channel.broadcast(version: version)
            report(next, took: clock.now - begin, cause: changes)
        }
    }

    /// One line per build, and the errors (as `qid check` prints them) when there are any.
    private static func report(_ site: PreviewSite, took: Duration, cause: ContentWatcher.Changes?) {
        let milliseconds = Int((Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18) * 1000)
        let diagnostics = site.check.diagnostics
        let counts = "\(Grammar.count(diagnostics.errorCount, "error")), \(Grammar.count(diagnostics.warningCount, "warning"))"
        var what = "built"
        if let cause {
            let changed = (cause.content.sorted() + cause.theme.sorted().map { "theme: \($0)" })
            let named = changed.prefix(3).joined(separator: ", ") + (changed.count > 3 ? " and \(changed.count - 3) more" : "")
            what = "rebuilt after a change to \(named)"
        }
        say("qid serve: \(what) in \(milliseconds) ms (\(counts))")
        if let failure = site.failure {
            let lines = diagnostics.filter { $0.severity == .error }.sortedForOutput().map(DiagnosticPrinter.text)
            var why = "\(failure)"
            if case .contentErrors(let count) = failure { why = Grammar.count(count, "error") }
            let text = (lines + ["qid serve: \(why); every page shows why until the next clean save"]).joined(separator: "\n")
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    private static func stop(_ server: HTTPServer, _ channel: ReloadChannel) {
        channel.finishAll()
        say("qid serve: stopped")
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { exit(0) }
        Task {
            await server.stop(timeout: 0.5)
            exit(0)
        }
    }

    private static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    private static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("qid serve: \(message)\n".utf8))
        exit(1)
    }
}
