import GreenPubBytes
import GreenPubModel
import GreenPubTemplates

/// The last step of every page: wrapped in the layout and handed to the output. What stays in
/// memory afterwards is the page without its body (for the sitemap and the feed).
struct PageLayout: Sendable {
    let config: SiteConfig
    let menu: [MenuItem]
    let templates: TemplateSet
    let output: any SiteOutput
    /// The menu of each folder, made for its first page.
    let navMemo = SharedMemo<LayoutView.NavKey, [LayoutView.NavItem]>()

    @Sendable func finish(_ page: SitePage) -> SitePage {
        let html = ByteBuffer(capacity: page.body.bytes.count + 8192)
        templates.render("layout", LayoutView(page: page, config: config, menu: menu, navMemo: navMemo), to: html)
        html.withUnsafeBytes { output.put(path: page.outputPath, contents: $0) }
        var rest = page
        rest.body = RenderedMarkup(bytes: [])
        return rest
    }
}
