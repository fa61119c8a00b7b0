import Foundation
import GreenPubMarkdown
import GreenPubModel

/// Everything the renderer needs, already loaded and validated.
public struct SiteInput: Sendable {
    public var config: SiteConfig
    public var pages: [ContentPage]

    public init(config: SiteConfig, pages: [ContentPage]) {
        self.config = config
        self.pages = pages
    }
}

/// Renders the site's pages into files in memory. Pure: no disk, no clock.
public struct SiteRenderer: Sendable {
    public let templates: TemplateSet
    public let markdown: MarkdownRenderer

    public init(templates: TemplateSet, markdown: MarkdownRenderer = MarkdownRenderer()) {
        self.templates = templates
        self.markdown = markdown
    }

    /// Every page of the site as an output file, sorted by path.
    public func render(_ input: SiteInput) -> [OutputFile] {
        let menu = Self.menu(for: input.pages)
        var pages: [SitePage] = []
        for page in input.pages {
            pages.append(contentPage(page, in: input))
        }
        let files = pages.map { page in
            OutputFile(path: page.outputPath, text: templates.render("layout", LayoutView(page: page, config: input.config, menu: menu)))
        }
        return files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    /// The main menu: the home page first, then pages that ask for a menu place, by order then path.
    static func menu(for pages: [ContentPage]) -> [MenuItem] {
        var items: [MenuItem] = []
        for page in pages {
            if page.outputPath == "index.html" {
                items.append(MenuItem(title: page.frontMatter.menuTitle ?? "首页", outputPath: page.outputPath, order: Int.min))
            } else if let order = page.frontMatter.menuOrder {
                items.append(MenuItem(title: page.frontMatter.menuTitle ?? page.frontMatter.title,
                                      outputPath: page.outputPath, order: order))
            }
        }
        return items.sorted { ($0.order, $0.outputPath) < ($1.order, $1.outputPath) }
    }

    /// cmark-gfm writes one English label (the footnote back-link); the site is in Chinese.
    static func localise(_ html: String) -> String {
        guard html.contains("footnote-backref") else { return html }
        return html.replacingOccurrences(of: "aria-label=\"Back to content\"", with: "aria-label=\"返回正文\"")
    }

    func contentPage(_ page: ContentPage, in input: SiteInput) -> SitePage {
        let html = Self.localise(markdown.html(from: page.body))
        let template = templates.contains(page.frontMatter.kind) ? page.frontMatter.kind : "page"
        let body = templates.render(template, ContentPageView(page: page, html: html))
        let crumbs: [SitePage.Crumb] = page.outputPath == "index.html" ? [] : [SitePage.Crumb(title: "首页", outputPath: "index.html")]
        return SitePage(
            outputPath: page.outputPath, title: page.frontMatter.title,
            description: page.frontMatter.summary ?? "", breadcrumbs: crumbs,
            menuPath: nil, kind: page.frontMatter.kind, bodyHTML: body)
    }
}
