import ArgumentParser
import Foundation
import GreenPubKit

extension GreenPub {
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a new briefing (简报) or report (报告) from its template.",
            discussion: """
                Writes content/briefings/<date>-<slug>.md (or content/reports/...) from \
                templates/scaffolds/<kind>.md. Its shortcodes already quote the latest statistics \
                year's headline figures: edit the text, keep or move the figures, run 'greenpub build'.
                """)

        @Argument(help: ArgumentHelp("briefing or report."))
        var kind: String

        @OptionGroup var project: ProjectOptions

        @Option(help: "The title (default: a placeholder to replace).")
        var title: String = "新的简报标题"

        @Option(help: ArgumentHelp("Publication date YYYY-MM-DD (default: today).", valueName: "date"))
        var date: String?

        @Option(help: ArgumentHelp("File name part after the date: ASCII letters, digits, '-'.", valueName: "slug"))
        var slug: String = "draft"

        func validate() throws {
            guard Scaffolder.Kind(rawValue: kind) != nil else {
                throw ValidationError("kind must be 'briefing' or 'report', found '\(kind)'")
            }
        }

        func run() throws {
            let kind = Scaffolder.Kind(rawValue: kind)!
            let day = date ?? ProjectOptions.todayInChina()
            do {
                let path = try Scaffolder.create(kind: kind, title: title, date: day, slug: slug, root: project.rootURL)
                print("greenpub: wrote \(path)")
            } catch {
                FileHandle.standardError.write(Data("greenpub: \(error)\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}
