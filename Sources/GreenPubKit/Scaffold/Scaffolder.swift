import Foundation
import GreenPubModel
import GreenPubRender

/// `greenpub new briefing|report`: a dated Markdown file from templates/scaffolds/<kind>.md,
/// whose shortcodes already quote the latest statistics year, ready to edit.
public enum Scaffolder {
    public enum Kind: String, CaseIterable, Sendable {
        case briefing
        case report

        /// The content folder the new file goes into.
        public var folder: String {
            switch self {
            case .briefing: "content/briefings"
            case .report: "content/reports"
            }
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// What the scaffold template sees.
    struct View {
        let title: String
        let date: String
        let year: Int
        let previousYear: Int
        let campaignYear: Int
    }

    /// Pure: the new file's project-relative path and text.
    public static func scaffold(kind: Kind, title: String, date: String, slug: String, latestYear: Int,
                                template: String) throws -> (path: String, text: String) {
        guard ISODate.isValid(date) else { throw Failure(description: "--date must be written YYYY-MM-DD, found '\(date)'") }
        guard !slug.isEmpty, slug.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }) else {
            throw Failure(description: "--slug may hold only ASCII letters, digits and '-', found '\(slug)'")
        }
        let (set, problems) = TemplateSet.parse([TemplateSource(name: "scaffold", path: "templates/scaffolds/\(kind.rawValue).md", text: template)], required: ["scaffold"])
        guard let set else { throw Failure(description: problems.map(\.description).joined(separator: "\n")) }
        let year = Int(date.prefix(4)) ?? latestYear
        let view = View(title: title, date: date, year: latestYear, previousYear: latestYear - 1, campaignYear: year)
        return ("\(kind.folder)/\(date)-\(slug).md", set.render("scaffold", view))
    }

    /// Writes the scaffold into the project; never overwrites an existing file.
    public static func create(kind: Kind, title: String, date: String, slug: String, root: URL) throws -> String {
        let templatePath = "templates/scaffolds/\(kind.rawValue).md"
        guard let template = try? String(contentsOf: root.appendingPathComponent(templatePath), encoding: .utf8) else {
            throw Failure(description: "\(templatePath) is missing; it is the starting text of every new \(kind.rawValue)")
        }
        let years = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/data/statistics").path)) ?? []
        guard let latestYear = years.compactMap({ Int(($0 as NSString).deletingPathExtension) }).max() else {
            throw Failure(description: "no statistics in content/data/statistics/: the new \(kind.rawValue) quotes the latest year's figures")
        }
        let (path, text) = try scaffold(kind: kind, title: title, date: date, slug: slug, latestYear: latestYear, template: template)
        let target = root.appendingPathComponent(path)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw Failure(description: "\(path) already exists; choose another --slug or --date")
        }
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
        return path
    }
}
