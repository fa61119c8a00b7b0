/// 404.html: what a reader sees on a broken or outdated address. Its links are relative to the
/// site root, which is where web servers serve it from.
struct NotFoundPageBuilder: PageBuilder {
    var templateNames: [String] { ["page"] }

    func pages(_ context: RenderContext) -> [SitePage] {
        let body = """
            <article class="page">
            <h1>找不到这个页面</h1>
            <p>您要找的页面不存在，或已移到别处。请从<a href="index.html">首页</a>或上方菜单继续浏览。</p>
            </article>

            """
        return [SitePage(outputPath: "404.html", title: "找不到页面", description: "页面不存在",
                         breadcrumbs: [], menuPath: nil, kind: "not-found", bodyHTML: body)]
    }
}
