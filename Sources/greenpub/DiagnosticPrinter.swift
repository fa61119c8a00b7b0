import Foundation
import GreenPubModel

/// Prints diagnostics, one a line, to standard error.
enum DiagnosticPrinter {
    static func print(_ diagnostics: [Diagnostic], reprinted: Bool = false) {
        for diagnostic in diagnostics {
            let line = reprinted ? diagnostic.message : diagnostic.description
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
}
