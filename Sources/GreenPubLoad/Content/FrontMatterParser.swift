import GreenPubModel
import Yams

/// Splits a Markdown page into its YAML front matter and body, and reads the front matter.
///
/// A page starts with a line `---`, then YAML with at least `title:`, then a line `---`.
public enum FrontMatterParser {
    /// The page kinds GreenPub knows.
    public static let kinds = ["page", "briefing", "report"]

    /// Pure: the page's text and project-relative path in, the page (or nothing) and every problem out.
    public static func parse(text: String, sourcePath: String, outputPath: String) -> (ContentPage?, [Diagnostic]) {
        let file = sourcePath
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        func trimmed(_ line: String) -> String {
            var value = line
            while value.last == "\r" || value.last == " " || value.last == "\t" { value.removeLast() }
            return value
        }
        guard let first = lines.first, trimmed(first) == "---" else {
            return (nil, [.error(SourceLocation(file: file, line: 1, column: 1),
                                 "missing front matter: a page starts with a line '---', then YAML with at least 'title:', then '---'")])
        }
        guard let closing = lines.indices.dropFirst().first(where: { trimmed(lines[$0]) == "---" || trimmed(lines[$0]) == "..." }) else {
            return (nil, [.error(SourceLocation(file: file, line: 1, column: 1),
                                 "front matter is not closed: add a line '---' after the YAML header")])
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        let body = lines[(closing + 1)...].joined(separator: "\n")
        let lineOffset = 1  // the YAML starts on line 2

        let root: Node?
        do {
            root = try YAMLDocument.compose(yaml)
        } catch {
            return (nil, [YAMLDiagnostics.diagnostic(for: error, file: file, lineOffset: lineOffset)])
        }
        let headerLocation = SourceLocation(file: file, line: 1, column: 1)
        guard let root, let mapping = root.mapping else {
            return (nil, [.error(headerLocation, "front matter must be a YAML mapping with at least 'title:'")])
        }

        var diagnostics: [Diagnostic] = []
        var fields = FrontMatterFields()
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            let at = YAMLDiagnostics.location(of: valueNode, file: file, lineOffset: lineOffset)
            let keyAt = YAMLDiagnostics.location(of: keyNode, file: file, lineOffset: lineOffset)
            guard let field = FrontMatterFields.Key(rawValue: key) else {
                diagnostics.append(.warning(keyAt, "unknown front matter key '\(key)' is ignored; known keys: \(FrontMatterFields.Key.allCases.map(\.rawValue).joined(separator: ", "))"))
                continue
            }
            if let problem = fields.set(field, from: valueNode) {
                diagnostics.append(.error(at, "'\(key)' \(problem)"))
            }
        }
        if fields.title == nil || fields.title?.isEmpty == true {
            diagnostics.append(.error(headerLocation, "front matter has no 'title:'; every page needs a title"))
        }
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let frontMatter = FrontMatter(
            title: fields.title ?? "", date: fields.date, summary: fields.summary, kind: fields.kind ?? "page",
            menuOrder: fields.menu, menuTitle: fields.menuTitle, campaign: fields.campaign,
            statisticsYear: fields.statisticsYear
        )
        let page = ContentPage(
            sourcePath: sourcePath, outputPath: outputPath, frontMatter: frontMatter,
            body: body, bodyStartLine: closing + 2
        )
        return (page, diagnostics)
    }

    /// Site-relative output path of a page: `content/a/b.md` -> `a/b.html`.
    public static func outputPath(forContentPath relative: String) -> String {
        var path = relative
        if path.hasPrefix("content/") { path.removeFirst("content/".count) }
        if path.hasSuffix(".md") { path.removeLast(3) }
        return path + ".html"
    }
}

/// Front matter values as they are read, before the required ones are checked.
struct FrontMatterFields {
    enum Key: String, CaseIterable {
        case title, date, summary, kind, menu
        case menuTitle = "menu_title"
        case campaign
        case statisticsYear = "statistics_year"
    }

    var title: String?
    var date: String?
    var summary: String?
    var kind: String?
    var menu: Int?
    var menuTitle: String?
    var campaign: Int?
    var statisticsYear: Int?

    /// Stores one value; returns what is wrong with it, if anything.
    mutating func set(_ key: Key, from node: Node) -> String? {
        guard let text = node.scalar?.string else { return "must be a single value, not a list or a mapping" }
        switch key {
        case .title: title = text
        case .summary: summary = text
        case .menuTitle: menuTitle = text
        case .date:
            guard ISODate.isValid(text) else { return "must be a date written YYYY-MM-DD, found '\(text)'" }
            date = text
        case .kind:
            guard FrontMatterParser.kinds.contains(text) else {
                return "must be one of \(FrontMatterParser.kinds.joined(separator: ", ")), found '\(text)'"
            }
            kind = text
        case .campaign:
            guard let year = Int(text), (1990...2100).contains(year) else {
                return "must be the year of an Energy Conservation Week in content/campaigns.yaml, found '\(text)'"
            }
            campaign = year
        case .statisticsYear:
            guard let year = Int(text), (1990...2100).contains(year) else {
                return "must be a statistics year such as 2024, found '\(text)'"
            }
            statisticsYear = year
        case .menu:
            guard let order = Int(text) else { return "must be a whole number (the position in the menu), found '\(text)'" }
            menu = order
        }
        return nil
    }
}
