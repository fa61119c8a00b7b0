import Foundation
import GreenPubModel

/// `greenpub build` and `greenpub check` as functions: what the commands run, and what the
/// tests call.
public enum SiteBuilder {
    public struct Report: Sendable {
        public var diagnostics: [Diagnostic]
        public var pageCount: Int
        public var fileCount: Int
        /// Nil when nothing was written (errors in the input, or `check`).
        public var written: SiteWriter.Summary?

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Loads, validates, computes and renders; writes nothing.
    public static func check(root: URL, today: String = "2025-01-01") -> Report {
        let (sources, loadDiagnostics) = ProjectLoader.load(root: root)
        let result = Pipeline.run(sources, loadDiagnostics: loadDiagnostics, today: today)
        return Report(diagnostics: result.diagnostics, pageCount: result.pageCount, fileCount: result.files.count, written: nil)
    }

    /// Runs every check, then writes the site to `output` only when there is no error.
    /// Throws only when the disk refuses; the previous site is then still in place.
    ///   - today: the day the site is built for (YYYY-MM-DD), which decides whether the Energy
    ///     Conservation Week banner shows; the command line passes today's date in China.
    public static func build(root: URL, output: URL, today: String = "2025-01-01") throws -> Report {
        let (sources, loadDiagnostics) = ProjectLoader.load(root: root)
        let result = Pipeline.run(sources, loadDiagnostics: loadDiagnostics, today: today)
        var report = Report(diagnostics: result.diagnostics, pageCount: result.pageCount, fileCount: result.files.count, written: nil)
        guard result.succeeded else { return report }
        report.written = try SiteWriter.write(result.files, to: output)
        return report
    }
}
