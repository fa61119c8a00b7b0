import Foundation
import GreenPubModel
import GreenPubRender

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
        let output = DiscardedOutput()
        let outcome = Pipeline.run(sources, loadDiagnostics: loadDiagnostics, today: today, into: output)
        return Report(diagnostics: outcome.diagnostics, pageCount: outcome.succeeded ? outcome.pageCount : 0,
                      fileCount: outcome.succeeded ? output.count : 0, written: nil)
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
        let writer = try SiteWriter(output: output)
        let outcome = Pipeline.run(sources, loadDiagnostics: loadDiagnostics, today: today, into: writer)
        BackgroundRelease.release(consume sources)
        guard outcome.succeeded else {
            writer.discard()
            return Report(diagnostics: outcome.diagnostics, pageCount: 0, fileCount: 0, written: nil)
        }
        var report = Report(diagnostics: outcome.diagnostics, pageCount: outcome.pageCount, fileCount: writer.fileCount, written: nil)
        try? FileManager.default.removeItem(at: BuildManifest.location(for: output))
        report.written = try writer.commit()
        BuildManifest.write(fingerprint: fingerprint, pageCount: outcome.pageCount,
                            warnings: outcome.diagnostics.map(\.description), files: writer.files, output: output)
        return report
    }
}
