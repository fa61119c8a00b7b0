import ArgumentParser
import Foundation
import GreenPubKit

extension GreenPub {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every input file and list every problem; write nothing.",
            discussion: """
                Prints one line per problem as 'path:line:column: error: message' (or 'warning:'), \
                paths relative to the project folder. Exits with status 1 when any error was found.
                """)

        @OptionGroup var project: ProjectOptions

        func run() throws {
            let report = SiteBuilder.check(root: project.rootURL, today: project.buildDate)
            DiagnosticPrinter.print(report.diagnostics)
            print("greenpub: \(report.pageCount) pages checked, \(DiagnosticPrinter.summary(report.diagnostics))")
            if !report.succeeded { throw ExitCode.failure }
        }
    }
}
