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
                output folder and swapped in only when complete; files whose bytes did not \
                change keep their modification time.
                """)

        @OptionGroup var project: ProjectOptions

        @Option(name: .long, help: ArgumentHelp("Where to write the site (default: <root>/site).", valueName: "dir"))
        var out: String?

        func run() throws {
            let started = ContinuousClock.now
            let root = project.rootURL
            let output = out.map(ProjectOptions.absolute) ?? root.appendingPathComponent("site")
            let report: SiteBuilder.Report
            do {
                report = try SiteBuilder.build(root: root, output: output, today: project.buildDate)
            } catch {
                FileHandle.standardError.write(Data("greenpub: \(error); the previous site is unchanged\n".utf8))
                throw ExitCode.failure
            }
            DiagnosticPrinter.print(report.diagnostics, reprinted: report.reprinted)
            guard let written = report.written else {
                FileHandle.standardError.write(Data("greenpub: build stopped, nothing written (\(DiagnosticPrinter.summary(report.diagnostics)))\n".utf8))
                throw ExitCode.failure
            }
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let note = report.reprinted ? "nothing changed since the last build: " : ""
            print("greenpub: \(note)\(report.pageCount) pages, \(report.fileCount) files (\(written.written) written, \(written.unchanged) unchanged) to \(output.path) in \(String(format: "%.2f", seconds)) s")
        }
    }
}
