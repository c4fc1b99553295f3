import QIDomain
import QIParallel
import QIReport
import QISite

/// Steps 3 to 8 of a build: renders and writes the site in batches of pages, each rendered and then written on every
/// core, so the whole site is never held in memory at once; then the search index and the other files, the link check
/// and the output scan; then the publish.
///
/// Render, write, search index, link check, publish (the swap) and the old site's removal are timed apart.
public enum SiteWriter {
    /// What a build wrote.
    public struct Written: Sendable {
        public var pages = 0
        public var files = 0
        public var bytes = 0
        /// What was left out and why (no `changes.atom` without a full base URL).
        public var notes: [String] = []
    }

    /// Pages rendered before they are written: enough to keep both cores busy, small enough to stay a few MB.
    static let batchSize = 512

    /// `scan`: for a public edition, QI-P1 on every file written; a number found refuses the publish.
    ///
    /// `links`: every internal link must resolve to a file of the new site.
    static func write(
        _ renderer: SiteRenderer, to output: String, scan: OutputScan?, links: LinkCheck, timings: inout PhaseTimings
    ) throws -> Written {
        let prepared = timings.measure(.render) { renderer.listings() }
        let planned = timings.measure(.render) { renderer.plannedPages(prepared) }
        // Pages are written in parallel: two with one path would tear each other. The loader refuses the content
        // that could cause it (localities with one slug, lights keyed like "not yet rated"); this keeps it so.
        var paths = Set<String>()
        for page in planned where !paths.insert(page.path).inserted {
            throw BuildFailure.plan("two pages would be written to \(page.path)")
        }
        let staging = try timings.measure(.write) { try StagingFolder(for: output) }
        var written = Written()
        var findings: [OutputScan.Finding] = []
        var references = LinkCheck.References()
        do {
            for start in stride(from: 0, to: planned.count, by: batchSize) {
                let batch = Array(planned[start..<min(planned.count, start + batchSize)])
                let files = timings.measure(.render) { Parallel.map(batch) { $0.render() } }
                findings += timings.measure(.outputScan) { scan?.findings(in: files) ?? [] }
                timings.measure(.linkCheck) { references.add(links.references(in: files, planned: batch)) }
                written.bytes += try timings.measure(.write) { try staging.write(files) }
                written.pages += files.count
            }
            let index = timings.measure(.searchIndex) { renderer.searchIndex(prepared) }
            let data = timings.measure(.render) { renderer.dataFiles(prepared) }
            timings.measure(.linkCheck) { references.add(links.references(inGenerated: data)) }
            let rest = renderer.supportFiles(htmlPaths: planned.map(\.path)) + [index] + data
            written.notes = renderer.notes
            written.bytes += try timings.measure(.write) { try staging.write(rest) }
            written.files = written.pages + rest.count + 1  // and the .qid-site marker, written first
            let broken = timings.measure(.linkCheck) {
                links.broken(
                    references, in: paths.union(rest.map(\.path)),
                    theme: LinkCheck.ThemeText(directory: renderer.themeDirectory, templates: renderer.themeTemplates))
            }
            if !broken.isEmpty { throw BuildFailure.brokenLinks(broken) }
            findings += timings.measure(.outputScan) { scan?.findings(in: rest) ?? [] }
            if !findings.isEmpty { throw BuildFailure.personalData(findings) }
            let previous = try timings.measure(.publish) { try staging.swapIn() }
            timings.measure(.previousRemoval) { staging.removePrevious(previous) }
        } catch {
            staging.discard()
            throw error
        }
        return written
    }
}
