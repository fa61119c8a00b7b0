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
    public static func check(root: URL) -> Report {
        let (sources, loadDiagnostics) = ProjectLoader.load(root: root)
        let result = Pipeline.run(sources, loadDiagnostics: loadDiagnostics)
        return Report(diagnostics: result.diagnostics, pageCount: result.pageCount, fileCount: result.files.count, written: nil)
    }

    /// Runs every check, then writes the site to `output` only when there is no error.
    /// Throws only when the disk refuses; the previous site is then still in place.
    public static func build(root: URL, output: URL) throws -> Report {
        let (sources, loadDiagnostics) = ProjectLoader.load(root: root)
        let result = Pipeline.run(sources, loadDiagnostics: loadDiagnostics)
        var report = Report(diagnostics: result.diagnostics, pageCount: result.pageCount, fileCount: result.files.count, written: nil)
        guard result.succeeded else { return report }
        report.written = try SiteWriter.write(result.files, to: output)
        return report
    }
}
