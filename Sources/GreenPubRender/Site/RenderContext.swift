import GreenPubMarkdown
import GreenPubModel

/// What every page builder gets: the computed data, the templates, and the Markdown engine.
public struct RenderContext: Sendable {
    public let data: SiteData
    public let templates: TemplateSet
    public let markdown: MarkdownRenderer

    /// Renders a project template that must exist.
    public func render(_ template: String, _ view: Any) -> String { templates.render(template, view) }

    /// A link from the page at `from` to the site file `to`.
    public func link(from: String, to: String) -> String { RelativeURL.link(from: from, to: to) }
}

/// Builds the pages of one kind from the computed data.
protocol PageBuilder: Sendable {
    /// Templates the builder renders; a project lacking one gets a load-time error.
    var templateNames: [String] { get }
    /// The main-menu entries of this kind of page.
    func menu(_ data: SiteData) -> [MenuItem]
    func pages(_ context: RenderContext) -> [SitePage]
    /// The pages, each handed to `finish` (on any thread) as soon as it is rendered; returns
    /// what `finish` returned, in page order. A builder with a page per institution makes each
    /// page inside its own call, so only the pages being rendered hold a body at any time.
    func pages(_ context: RenderContext, finish: @Sendable (SitePage) -> SitePage) -> [SitePage]
}

extension PageBuilder {
    func menu(_ data: SiteData) -> [MenuItem] { [] }

    func pages(_ context: RenderContext, finish: @Sendable (SitePage) -> SitePage) -> [SitePage] {
        ParallelMap.map(pages(context), finish)
    }
}
