import GreenPubModel

/// What `templates/page.mustache` (and the kind-specific page templates) see for a Markdown page.
struct ContentPageView {
    let title: String
    let date: String?
    let summary: String?
    let kind: String
    /// The page body rendered by cmark-gfm.
    let content: String

    init(page: ContentPage, html: String) {
        title = page.frontMatter.title
        date = page.frontMatter.date
        summary = page.frontMatter.summary
        kind = page.frontMatter.kind
        content = html
    }
}
