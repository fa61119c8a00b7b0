import Foundation
import GreenPubModel
import GreenPubTemplates

/// The staff's Markdown pages: shortcodes expanded, then rendered by cmark-gfm into the page
/// template of their kind (`briefing.mustache`, `report.mustache`, else `page.mustache`).
struct ContentPageBuilder {
    /// One job per page; a page whose shortcodes fail is left out, with its problems.
    func jobs(_ context: RenderContext) -> [PageJob] {
        let expander = ShortcodeExpander(markdown: context.markdown)
        return context.data.pages.map { page in
            {
                // The body is split once, for the resolver (which shortcodes the page holds)
                // and for the expansion.
                let (segments, parseProblems) = ShortcodeParser.parse(page.body, file: page.sourcePath, firstLine: page.bodyStartLine)
                let resolver = SiteShortcodes(context: context, page: page, segments: segments)
                let (html, problems) = expander.html(segments: segments, parseProblems: parseProblems, resolver: resolver)
                guard let html else { return PageBatch(pages: [], diagnostics: problems) }
                return PageBatch(pages: [sitePage(page, html: Self.localise(html), context: context)], diagnostics: problems)
            }
        }
    }

    func pages(_ context: RenderContext) -> ([SitePage], [Diagnostic]) {
        let batches = jobs(context).map { $0() }
        return (batches.flatMap(\.pages), batches.flatMap(\.diagnostics))
    }

    func sitePage(_ page: ContentPage, html: String, context: RenderContext) -> SitePage {
        let kind = page.frontMatter.kind
        let body: RenderedMarkup
        if page.outputPath == "index.html", context.templates.contains("home") {
            body = context.renderMarkup("home", HomeView(page: page, html: html, data: context.data,
                                                   bannerHTML: CampaignBanner.html(context, from: page.outputPath)))
        } else {
            let template = context.templates.contains(kind) ? kind : "page"
            let neighbours = PublicationIndex(context.data.pages).neighbours(of: page)
            let view = ContentPageView(page: page, html: html, from: page.outputPath, neighbours: neighbours, data: context.data)
            body = context.renderMarkup(template, view)
        }
        var crumbs: [SitePage.Crumb] = []
        if page.outputPath != "index.html" { crumbs.append(SitePage.Crumb(title: "首页", outputPath: "index.html")) }
        if let list = PublicationIndex.listPath(forKind: kind) {
            crumbs.append(SitePage.Crumb(title: PublicationIndex.listTitle(forKind: kind), outputPath: list))
        }
        return SitePage(
            outputPath: page.outputPath, title: page.frontMatter.title,
            description: page.frontMatter.summary ?? "", breadcrumbs: crumbs,
            menuPath: PublicationIndex.listPath(forKind: kind) ?? page.outputPath, kind: kind, body: body)
    }

    /// cmark-gfm writes one English label (the footnote back-link); the site is in Chinese.
    static func localise(_ html: String) -> String {
        guard containsBytes(html, "footnote-backref") else { return html }
        return html.replacingOccurrences(of: "aria-label=\"Back to content\"", with: "aria-label=\"返回正文\"")
    }

    /// Whether `text` holds `part`, compared as bytes (Foundation's `contains` goes through
    /// UTF-16 and costs more than the rest of a page's post-processing).
    static func containsBytes(_ text: String, _ part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count, let first = needle.first else { return false }
                var start = 0
                while start + needle.count <= haystack.count {
                    guard let hit = haystack[start...(haystack.count - needle.count)].firstIndex(of: first) else { return false }
                    if haystack[hit..<hit + needle.count].elementsEqual(needle) { return true }
                    start = hit + 1
                }
                return false
            }
        }
    }
}
