import Foundation
import GreenPubCommandLine
import GreenPubKit

extension GreenPub {
    /// `greenpub check`: checks every input file and lists every problem; writes nothing.
    struct Check {
        let options: CheckOptions
        var project: ProjectOptions { options.project }

        func run() throws {
            let report = SiteBuilder.check(root: project.rootURL, today: project.buildDate)
            DiagnosticPrinter.print(report.diagnostics)
            print("greenpub: \(report.pageCount) pages checked, \(DiagnosticPrinter.summary(report.diagnostics))")
            if !report.succeeded { throw CommandFailed() }
        }
    }
}
