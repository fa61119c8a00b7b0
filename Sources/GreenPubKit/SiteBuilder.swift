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
        /// True when nothing changed since the last build and its warnings are repeated as
        /// recorded (their text is whole in `message`).
        public var reprinted = false

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
    ///
    /// When no input changed since the last build into `output` (same files in content/ and
    /// templates/, same GreenPub binary, same day) and the site is still as that build left
    /// it, nothing is rendered or written: the report says every file is unchanged.
    public static func build(root: URL, output: URL, today: String = "2025-01-01") throws -> Report {
        let output = output.standardizedFileURL
        let fingerprint = BuildManifest.fingerprint(root: root, today: today)
        if let manifest = BuildManifest.read(for: output), manifest.fingerprint == fingerprint, manifest.siteIsIntact(at: output) {
            let warnings = manifest.warnings.map { Diagnostic(.warning, SourceLocation(file: ""), $0) }
            return Report(diagnostics: warnings, pageCount: manifest.pageCount, fileCount: manifest.files.count,
                          written: SiteWriter.Summary(written: 0, unchanged: manifest.files.count), reprinted: true)
        }
        let (sources, loadDiagnostics) = ProjectLoader.load(root: root)
        let result = Pipeline.run(sources, loadDiagnostics: loadDiagnostics, today: today)
        var report = Report(diagnostics: result.diagnostics, pageCount: result.pageCount, fileCount: result.files.count, written: nil)
        guard result.succeeded else { return report }
        try? FileManager.default.removeItem(at: BuildManifest.location(for: output))
        report.written = try SiteWriter.write(result.files, to: output)
        BuildManifest.write(fingerprint: fingerprint, pageCount: result.pageCount,
                            warnings: result.diagnostics.map(\.description), files: result.files, output: output)
        return report
    }
}
