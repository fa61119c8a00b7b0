import GreenPubModel

/// What `templates/page.mustache` (and `briefing.mustache`, `report.mustache`) see.
struct ContentPageView {
    struct Neighbour {
        let title: String
        let href: String
    }

    let title: String
    let date: String?
    let summary: String?
    let kind: String
    let kindName: String
    /// The page body rendered by cmark-gfm, shortcodes expanded.
    let content: String
    let statisticsYear: Int?
    let campaignTitle: String?
    let campaignHref: String?
    let older: Neighbour?
    let newer: Neighbour?
    let hasNeighbours: Bool
    let listHref: String?
    let listTitle: String

    init(page: ContentPage, html: String, from: String, neighbours: (older: ContentPage?, newer: ContentPage?), data: SiteData) {
        title = page.frontMatter.title
        date = page.frontMatter.date
        summary = page.frontMatter.summary
        kind = page.frontMatter.kind
        kindName = page.frontMatter.kind == "report" ? "报告" : page.frontMatter.kind == "briefing" ? "简报" : ""
        content = html
        statisticsYear = page.frontMatter.statisticsYear
        if let year = page.frontMatter.campaign, let campaign = data.campaigns.first(where: { $0.year == year }) {
            campaignTitle = "\(campaign.year)年全国节能宣传周：\(campaign.theme)"
            campaignHref = RelativeURL.link(from: from, to: CampaignPaths.page(year))
        } else {
            campaignTitle = nil
            campaignHref = nil
        }
        older = neighbours.older.map { Neighbour(title: $0.frontMatter.title, href: RelativeURL.link(from: from, to: $0.outputPath)) }
        newer = neighbours.newer.map { Neighbour(title: $0.frontMatter.title, href: RelativeURL.link(from: from, to: $0.outputPath)) }
        hasNeighbours = older != nil || newer != nil
        listHref = PublicationIndex.listPath(forKind: page.frontMatter.kind).map { RelativeURL.link(from: from, to: $0) }
        listTitle = PublicationIndex.listTitle(forKind: page.frontMatter.kind)
    }
}

/// Where the campaign pages live.
enum CampaignPaths {
    static func page(_ year: Int) -> String { "campaigns/\(year).html" }
}
