import GreenPubMarkdown
import GreenPubModel
import GreenPubTemplates

/// What every page builder gets: the computed data, the templates, and the Markdown engine.
public struct RenderContext: Sendable {
    public let data: SiteData
    public let templates: TemplateSet
    public let markdown: MarkdownRenderer
    /// The institutions across the years and the latest ranking, built once for every page
    /// that needs them; `nil` without accounts.
    let institutions: InstitutionIndex?

    public init(data: SiteData, templates: TemplateSet, markdown: MarkdownRenderer) {
        self.data = data
        self.templates = templates
        self.markdown = markdown
        institutions = InstitutionIndex(data: data)
    }

    /// Renders a project template that must exist with a view model that answers the
    /// template's lookups itself (no cast or reflection).
    func render<View: TemplateRepresentable>(_ template: String, _ view: View) -> String {
        String(decoding: templates.renderBytes(template, view), as: UTF8.self)
    }

    /// `render`'s output as UTF-8, for a page body that goes straight into the layout.
    func renderMarkup<View: TemplateRepresentable>(_ template: String, _ view: View) -> RenderedMarkup {
        RenderedMarkup(bytes: templates.renderBytes(template, view))
    }

    /// A link from the page at `from` to the site file `to`.
    public func link(from: String, to: String) -> String { RelativeURL.link(from: from, to: to) }
}

/// One independent piece of a builder's work, run on whichever core is free: some of its pages
/// and the problems found while making them.
typealias PageJob = @Sendable () -> PageBatch

/// What a `PageJob` made.
struct PageBatch: Sendable {
    var pages: [SitePage]
    var diagnostics: [Diagnostic] = []
}

/// Builds the pages of one kind from the computed data.
protocol PageBuilder: Sendable {
    /// Templates the builder renders; a project lacking one gets a load-time error.
    var templateNames: [String] { get }
    /// The main-menu entries of this kind of page.
    func menu(_ data: SiteData) -> [MenuItem]
    func pages(_ context: RenderContext) -> [SitePage]
    /// The builder's work as independent jobs, which the renderer runs together with every
    /// other builder's on both cores. A builder with a page per institution makes one job per
    /// page, so that the pages spread evenly and only those being rendered hold a body.
    func jobs(_ context: RenderContext) -> [PageJob]
}

extension PageBuilder {
    func menu(_ data: SiteData) -> [MenuItem] { [] }

    /// One job building every page.
    func jobs(_ context: RenderContext) -> [PageJob] {
        [{ PageBatch(pages: pages(context)) }]
    }
}
