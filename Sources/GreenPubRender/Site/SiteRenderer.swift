import Foundation
import GreenPubMarkdown
import GreenPubModel

/// The rendered site in memory (tests; a build streams its files to disk instead).
public struct RenderedSite: Sendable {
    public var files: [OutputFile]
    /// HTML pages among the files.
    public var pageCount: Int
}

/// Renders the whole site into files, handed to a `SiteOutput`. Pure apart from the output it
/// is given: no disk, no clock.
public struct SiteRenderer: Sendable {
    public let templates: TemplateSet
    public let markdown: MarkdownRenderer

    public init(templates: TemplateSet, markdown: MarkdownRenderer = MarkdownRenderer()) {
        self.templates = templates
        self.markdown = markdown
    }

    /// Site paths GreenPub writes itself; a Markdown page may not take them.
    public static let reservedPaths = ["404.html", "sitemap.xml", "feed.xml", "robots.txt"]

    /// The templates a project must provide: the layout and page template, and those of every
    /// page the project's data calls for (a project with statistics needs the data pages').
    public static func requiredTemplates(hasData: Bool) -> [String] {
        let builders: [any PageBuilder] = (hasData ? DataPageBuilders.all : []) + [NotFoundPageBuilder()]
        var names = TemplateSet.required
        for name in builders.flatMap(\.templateNames) where !names.contains(name) { names.append(name) }
        return names
    }

    /// Page builders of the generated pages, in menu order.
    static func builders(for data: SiteData) -> [any PageBuilder] {
        var builders: [any PageBuilder] = []
        if data.hasData {
            builders += DataPageBuilders.all
        }
        builders.append(NotFoundPageBuilder())
        return builders
    }

    /// Every file of the site, sorted by path, and every problem found while rendering
    /// (shortcodes that name unknown figures; then nothing should be written).
    public func render(_ data: SiteData) -> (RenderedSite, [Diagnostic]) {
        let output = CollectedOutput()
        let (pageCount, diagnostics) = render(data, to: output)
        return (RenderedSite(files: output.files, pageCount: pageCount), diagnostics)
    }

    /// Renders every file of the site into `output`, each page as soon as it is made; returns the
    /// number of HTML pages and every problem found while rendering. The jobs of every builder
    /// run together on both cores, so files arrive in no particular order, but the pages and
    /// problems are collected in builder order and the files' bytes do not depend on timing.
    public func render(_ data: SiteData, to output: any SiteOutput) -> (pageCount: Int, diagnostics: [Diagnostic]) {
        // The data downloads (files, no pages, no index needed) are made on a thread of their
        // own from the start, beside the institution index and then the pages.
        let (rendered, _) = ParallelMap.pair({ renderPages(data, to: output) }, { ExportSection.put(data, into: output) })
        return rendered
    }

    /// Every page, and the files made from the list of pages (sitemap, feed).
    private func renderPages(_ data: SiteData, to output: any SiteOutput) -> (pageCount: Int, diagnostics: [Diagnostic]) {
        let context = RenderContext(data: data, templates: templates, markdown: markdown)
        let builders = Self.builders(for: data)
        let menu = Self.menu(content: data.pages, generated: builders.flatMap { $0.menu(data) })
        let layout = PageLayout(config: data.config, menu: menu, templates: templates, output: output)
        let lists = [ContentPageBuilder().jobs(context)] + builders.map { $0.jobs(context) }
        let batches = PageJobSchedule.run(lists) { batch in
            var finished = batch
            finished.pages = batch.pages.map(layout.finish)
            return finished
        }
        let pages = batches.flatMap(\.pages)
        let diagnostics = batches.flatMap(\.diagnostics)
        for file in SiteExtras.files(pages: pages, data: data) { output.put(file) }
        let pageCount = pages.count
        BackgroundRelease.release((consume context, consume lists, consume batches, consume pages))
        return (pageCount, diagnostics)
    }

    /// The main menu: the home page, the generated sections, then content pages that ask for
    /// a place (`menu:` in their front matter), by order then path.
    static func menu(content: [ContentPage], generated: [MenuItem]) -> [MenuItem] {
        var items = generated
        for page in content {
            if page.outputPath == "index.html" {
                items.append(MenuItem(title: page.frontMatter.menuTitle ?? "首页", outputPath: page.outputPath, order: Int.min))
            } else if let order = page.frontMatter.menuOrder {
                items.append(MenuItem(title: page.frontMatter.menuTitle ?? page.frontMatter.title,
                                      outputPath: page.outputPath, order: order))
            }
        }
        return items.sorted { ($0.order, $0.outputPath) < ($1.order, $1.outputPath) }
    }
}
