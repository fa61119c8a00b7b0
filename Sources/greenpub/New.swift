import Foundation
import GreenPubCommandLine
import GreenPubKit

extension GreenPub {
    /// `greenpub new`: starts a dated briefing or report from its scaffold template.
    struct New {
        let options: NewOptions
        var project: ProjectOptions { options.project }
        var title: String { options.title }
        var date: String? { options.date }
        var slug: String { options.slug }

        func run() throws {
            let kind: Scaffolder.Kind = switch options.kind {
            case .briefing: .briefing
            case .report: .report
            }
            let day = date ?? ProjectOptions.todayInChina()
            do {
                let path = try Scaffolder.create(kind: kind, title: title, date: day, slug: slug, root: project.rootURL)
                print("greenpub: wrote \(path)")
            } catch {
                FileHandle.standardError.write(Data("greenpub: \(error)\n".utf8))
                throw CommandFailed()
            }
        }
    }
}
