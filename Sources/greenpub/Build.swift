import ArgumentParser
import Foundation
import GreenPubKit

extension GreenPub {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the input, then write the site.",
            discussion: """
                Runs every check of 'greenpub check' first; on any error nothing is written and \
                the previous site stays exactly as it was. The new site is written beside the \
                output folder and swapped in only when complete.
                """)

        @OptionGroup var project: ProjectOptions

        @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <root>/site).", valueName: "dir"))
        var out: String?

        func run() throws {
            let started = ContinuousClock.now
            let root = project.rootURL
            let output = out.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
                ?? root.appendingPathComponent("site")
            let (sources, loadDiagnostics) = ProjectLoader.load(root: root)
            let result = Pipeline.run(sources, loadDiagnostics: loadDiagnostics)
            DiagnosticPrinter.print(result.diagnostics)
            guard result.succeeded else {
                FileHandle.standardError.write(Data("greenpub: build stopped, nothing written (\(DiagnosticPrinter.summary(result.diagnostics)))\n".utf8))
                throw ExitCode.failure
            }
            let summary: SiteWriter.Summary
            do {
                summary = try SiteWriter.write(result.files, to: output)
            } catch {
                FileHandle.standardError.write(Data("greenpub: \(error)\n".utf8))
                throw ExitCode.failure
            }
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("greenpub: \(result.pageCount) pages, \(result.files.count) files (\(summary.written) written, \(summary.unchanged) unchanged) in \(output.path) in \(String(format: "%.2f", seconds)) s")
        }
    }
}
