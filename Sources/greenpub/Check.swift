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
            let (sources, loadDiagnostics) = ProjectLoader.load(root: project.rootURL)
            let result = Pipeline.run(sources, loadDiagnostics: loadDiagnostics)
            DiagnosticPrinter.print(result.diagnostics)
            print("greenpub: \(DiagnosticPrinter.summary(result.diagnostics))")
            if !result.succeeded { throw ExitCode.failure }
        }
    }
}
