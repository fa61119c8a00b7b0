import ArgumentParser
import Foundation
import GreenPubModel

/// Options shared by the commands that read a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The project folder, holding content/ and templates/.", valueName: "dir"))
    var root: String = "."

    @Option(name: .long, help: ArgumentHelp(
        "Build the site as of this day, YYYY-MM-DD (default: today in China); decides the campaign banner.", valueName: "date"))
    var today: String?

    var rootURL: URL { Self.absolute(root) }

    /// The day to build for: --today, else today's date in China (UTC+8).
    var buildDate: String { today ?? Self.todayInChina() }

    static func todayInChina() -> String {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    func validate() throws {
        if let today, !ISODate.isValid(today) {
            throw ValidationError("--today must be a date written YYYY-MM-DD, found '\(today)'")
        }
    }

    /// A path given on the command line, made absolute against the current directory.
    static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}

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
