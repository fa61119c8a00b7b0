import GreenPubModel

/// The files beside the pages: sitemap.xml, robots.txt and the Atom feed of briefings and reports.
enum SiteExtras {
    static func files(pages: [SitePage], data: SiteData) -> [OutputFile] {
        let base = data.config.baseURL
        var files = [
            SitemapWriter.sitemap(pagePaths: pages.map(\.outputPath), baseURL: base),
            SitemapWriter.robots(baseURL: base),
        ]
        let entries = PublicationIndex(data.pages).allNewestFirst().map { page in
            AtomFeedWriter.Entry(title: page.frontMatter.title, path: page.outputPath, date: page.frontMatter.date ?? "2000-01-01",
                                 summary: page.frontMatter.summary ?? "", kind: page.frontMatter.kind)
        }
        files.append(AtomFeedWriter.feed(title: data.config.title, author: data.config.organisation,
                                         tagDomain: host(of: base) ?? "greenpub.site", baseURL: base, entries: entries))
        return files
    }

    /// The host of an address like https://example.gov.cn/sub/.
    static func host(of url: String?) -> String? {
        guard let url, let schemeEnd = url.range(of: "://") else { return nil }
        let rest = url[schemeEnd.upperBound...]
        return rest.split(separator: "/").first.map(String.init)
    }
}
