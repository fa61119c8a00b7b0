import GreenPubModel

/// `briefings/index.html` (简报, menu order 60) and `reports/index.html` (报告, menu order 65):
/// the publications of one kind, newest first, with date and summary.
struct PublicationListPageBuilder: PageBuilder {
    /// `briefing` or `report`.
    let kind: String

    var templateNames: [String] { ["list"] }

    var outputPath: String { PublicationIndex.listPath(forKind: kind) ?? "\(kind)s/index.html" }
    var title: String { PublicationIndex.listTitle(forKind: kind) }

    func menu(_ data: SiteData) -> [MenuItem] {
        [MenuItem(title: title, outputPath: outputPath, order: kind == "report" ? 65 : 60)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        let data = context.data
        let from = outputPath
        let items = PublicationIndex(data.pages).newestFirst(kind: kind).map { page -> PublicationListView.Item in
            let campaign = page.frontMatter.campaign.flatMap { year in data.campaigns.first { $0.year == year } }
            return PublicationListView.Item(
                title: page.frontMatter.title, href: RelativeURL.link(from: from, to: page.outputPath),
                date: page.frontMatter.date, dateText: page.frontMatter.date.flatMap(CampaignDates.chinese),
                summary: page.frontMatter.summary,
                meta: campaign.map { "\($0.year)年全国节能宣传周" },
                metaHref: campaign.map { RelativeURL.link(from: from, to: CampaignPaths.page($0.year)) })
        }
        let intro = kind == "report"
            ? "年度报告和规划评估报告。报告中的数字、图表和表格均由统计数据和项目台账计算生成，与指标进展页一致。"
            : "节能宣传周和日常工作简报，按发布日期由新到旧排列。简报中的数字均由统计数据计算生成。"
        let view = PublicationListView(title: title, intro: intro, items: items,
                                       emptyText: kind == "report" ? "暂无报告。" : "暂无简报。")
        return [SitePage(
            outputPath: outputPath, title: title, description: intro,
            breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html")],
            menuPath: outputPath, kind: "list", body: context.renderMarkup("list", view))]
    }
}
