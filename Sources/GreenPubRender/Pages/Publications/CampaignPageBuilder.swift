import GreenPubModel

/// `campaigns/<year>.html` for each campaign of content/campaigns.yaml, and
/// `campaigns/index.html` (节能宣传周, menu order 70) listing them, newest first.
struct CampaignPageBuilder: PageBuilder {
    static let indexPath = "campaigns/index.html"
    static let menuTitle = "节能宣传周"

    var templateNames: [String] { ["campaign", "list", "partials/campaign-banner"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        [MenuItem(title: Self.menuTitle, outputPath: Self.indexPath, order: 70)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        let data = context.data
        let campaigns = data.campaigns.sorted { $0.year > $1.year }
        let home = SitePage.Crumb(title: "首页", outputPath: "index.html")
        var pages = campaigns.map { campaign -> SitePage in
            let path = CampaignPaths.page(campaign.year)
            let view = CampaignView(campaign: campaign, data: data, from: path)
            return SitePage(
                outputPath: path, title: view.title,
                description: "\(view.title)（\(view.when)），主题：\(campaign.theme)。",
                breadcrumbs: [home, SitePage.Crumb(title: Self.menuTitle, outputPath: Self.indexPath)],
                menuPath: Self.indexPath, kind: "campaign", body: context.renderMarkup("campaign", view))
        }
        let items = campaigns.map { campaign -> PublicationListView.Item in
            let briefings = data.pages.filter { $0.frontMatter.kind == "briefing" && $0.frontMatter.campaign == campaign.year }.count
            return PublicationListView.Item(
                title: "\(campaign.year)年全国节能宣传周", href: RelativeURL.link(from: Self.indexPath, to: CampaignPaths.page(campaign.year)),
                date: campaign.start, dateText: CampaignDates.span(start: campaign.start, end: campaign.end),
                summary: "主题：\(campaign.theme)；\(CampaignDates.monthDay(campaign.lowCarbonDay))全国低碳日，主题：\(campaign.lowCarbonTheme)",
                meta: briefings > 0 ? "简报\(briefings)篇" : nil, metaHref: nil)
        }
        let intro = "每年全国节能宣传周（含全国低碳日）的日期、主题、简报、宣传和培训活动，以及当时最新统计年度的主要数据。"
        let view = PublicationListView(title: Self.menuTitle, intro: intro, items: items,
                                       emptyText: "content/campaigns.yaml 中还没有节能宣传周。")
        pages.append(SitePage(outputPath: Self.indexPath, title: Self.menuTitle, description: intro, breadcrumbs: [home],
                              menuPath: Self.indexPath, kind: "list", body: context.renderMarkup("list", view)))
        return pages
    }
}
