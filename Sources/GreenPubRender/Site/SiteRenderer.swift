import Foundation
import GreenPubMarkdown
import GreenPubModel

/// The rendered site in memory.
public struct RenderedSite: Sendable {
    public var files: [OutputFile]
    /// HTML pages among the files.
    public var pageCount: Int
}

/// Renders the whole site into files in memory. Pure: no disk, no clock.
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
        let context = RenderContext(data: data, templates: templates, markdown: markdown)
        var diagnostics: [Diagnostic] = []
        var pages: [SitePage] = []
        let content = ContentPageBuilder()
        let (contentPages, contentProblems) = content.pages(context)
        pages += contentPages
        diagnostics += contentProblems
        let builders = Self.builders(for: data)
        for builder in builders {
            pages += builder.pages(context)
        }
        let menu = Self.menu(content: data.pages, generated: builders.flatMap { $0.menu(data) })
        var files = Self.wrapInLayout(pages, config: data.config, menu: menu, templates: templates)
        files += SiteExtras.files(pages: pages, data: data)
        if data.hasData { files += ExportSection.files(data) }
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return (RenderedSite(files: files, pageCount: pages.count), diagnostics)
    }

    /// Wraps each page in the layout; pages are independent, so both cores share the work,
    /// and the result keeps the pages' order.
    static func wrapInLayout(_ pages: [SitePage], config: SiteConfig, menu: [MenuItem], templates: TemplateSet) -> [OutputFile] {
        ParallelMap.map(pages) { page in
            OutputFile(path: page.outputPath, text: templates.render("layout", LayoutView(page: page, config: config, menu: menu)))
        }
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

/// Order-preserving parallel map over both cores.
enum ParallelMap {
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 16 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let chunk = max(1, items.count / (ProcessInfo.processInfo.activeProcessorCount * 4))
        let chunks = (items.count + chunk - 1) / chunk
        nonisolated(unsafe) let buffer = results
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let start = index * chunk
            for i in start..<min(start + chunk, items.count) {
                buffer[i] = transform(items[i])
            }
        }
        return results.map { $0! }
    }
}
