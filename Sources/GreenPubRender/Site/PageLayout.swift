import GreenPubBytes
import GreenPubModel
import GreenPubTemplates

/// The last step of every page: wrapped in the layout and handed to the output. What stays in
/// memory afterwards is the page without its body (for the sitemap and the feed). An object,
/// shared by every job that finishes pages rather than copied (the site settings are many
/// strings) into each.
final class PageLayout: Sendable {
    let config: SiteConfig
    let menu: [MenuItem]
    let templates: TemplateSet
    let output: any SiteOutput
    /// The menu of each folder, made for its first page.
    let navMemo = SharedMemo<LayoutView.NavKey, [LayoutView.NavItem]>()

    init(config: SiteConfig, menu: [MenuItem], templates: TemplateSet, output: any SiteOutput) {
        self.config = config
        self.menu = menu
        self.templates = templates
        self.output = output
    }

    @Sendable func finish(_ page: SitePage) -> SitePage {
        let html = ByteBuffer(capacity: page.body.bytes.count + 8192)
        templates.render("layout", LayoutView(page: page, config: config, menu: menu, navMemo: navMemo), to: html)
        html.withUnsafeBytes { output.put(path: page.outputPath, contents: $0) }
        var rest = page
        rest.body = RenderedMarkup(bytes: [])
        return rest
    }
}
