import GreenPubModel

/// Briefings (简报) and reports (报告): their lists, newest first, and the previous and next
/// publication of the same kind.
struct PublicationIndex {
    static let kinds = ["briefing", "report"]

    let pages: [ContentPage]

    init(_ pages: [ContentPage]) {
        self.pages = pages
    }

    static func listPath(forKind kind: String) -> String? {
        switch kind {
        case "briefing": "briefings/index.html"
        case "report": "reports/index.html"
        default: nil
        }
    }

    static func listTitle(forKind kind: String) -> String {
        kind == "report" ? "报告" : "简报"
    }

    /// Publications of a kind, newest first (date, then path, descending).
    func newestFirst(kind: String) -> [ContentPage] {
        pages.filter { $0.frontMatter.kind == kind }.sorted {
            ($0.frontMatter.date ?? "", $0.outputPath) > ($1.frontMatter.date ?? "", $1.outputPath)
        }
    }

    /// All briefings and reports, newest first.
    func allNewestFirst() -> [ContentPage] {
        pages.filter { Self.kinds.contains($0.frontMatter.kind) }.sorted {
            ($0.frontMatter.date ?? "", $0.outputPath) > ($1.frontMatter.date ?? "", $1.outputPath)
        }
    }

    /// The older and the newer publication of the same kind.
    func neighbours(of page: ContentPage) -> (older: ContentPage?, newer: ContentPage?) {
        let list = newestFirst(kind: page.frontMatter.kind)
        guard Self.kinds.contains(page.frontMatter.kind), let index = list.firstIndex(of: page) else { return (nil, nil) }
        let newer = index > 0 ? list[index - 1] : nil
        let older = index + 1 < list.count ? list[index + 1] : nil
        return (older, newer)
    }
}
