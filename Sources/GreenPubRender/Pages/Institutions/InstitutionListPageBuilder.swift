import GreenPubCompute
import GreenPubModel

/// 公共机构 `institutions/index.html`: the latest year's institutions of each group, ranked by
/// energy per m² (highest first), with the trend of every year as a sparkline. A group longer
/// than `pageSize` continues on `institutions/ranking/<group>-<n>.html`, so that a county
/// with tens of thousands of institutions still gets pages a phone can open.
struct InstitutionListPageBuilder: PageBuilder {
    static let menuTitle = "公共机构"
    /// Rows of one group on one page.
    static let pageSize = 500

    var templateNames: [String] { ["institutions", "partials/inst-links"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        [MenuItem(title: Self.menuTitle, outputPath: InstitutionPaths.list, order: 40)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        jobs(context).flatMap { $0().pages }
    }

    /// One job per page: the list page (page 1 of every group) and each further page.
    func jobs(_ context: RenderContext) -> [PageJob] {
        let data = context.data
        guard let latest = data.latestAccounts, let index = context.institutions else { return [] }
        let directory = index.directory
        let ranking = index.latestRanking
        let home = SitePage.Crumb(title: "首页", outputPath: "index.html")
        // Page 1 of every group is on the list page.
        var further: [(group: InstitutionGroup, page: Int)?] = [nil]
        for group in InstitutionGroup.allCases {
            let count = ranking.members(of: group).count
            let pages = Self.pageCount(count)
            if pages > 1 { further += (2...pages).map { (group, $0) } }
        }
        @Sendable func page(_ item: (group: InstitutionGroup, page: Int)?) -> SitePage {
            guard let item else {
                let list = InstitutionListView.index(data: data, directory: directory, ranking: ranking)
                return SitePage(
                    outputPath: InstitutionPaths.list, title: Self.menuTitle,
                    description: "\(latest.year)年全县公共机构按单位建筑面积能耗排名，附各年趋势、建筑面积、用能人数、能源消费、碳排放和用水量。",
                    breadcrumbs: [home], menuPath: InstitutionPaths.list, kind: "institutions",
                    body: context.renderMarkup("institutions", list))
            }
            let path = InstitutionPaths.ranking(item.group, page: item.page)
            let view = InstitutionListView.ranking(group: item.group, page: item.page, data: data, directory: directory,
                                                   ranking: ranking, from: path)
            return SitePage(
                outputPath: path, title: view.title,
                description: "\(latest.year)年\(item.group.pageTitle)按单位建筑面积能耗排名，第\(item.page)页。",
                breadcrumbs: [home, SitePage.Crumb(title: Self.menuTitle, outputPath: InstitutionPaths.list)],
                menuPath: InstitutionPaths.list, kind: "institutions", body: context.renderMarkup("institutions", view))
        }
        return further.map { item in { PageBatch(pages: [page(item)]) } }
    }

    static func pageCount(_ rows: Int) -> Int { max(1, (rows + pageSize - 1) / pageSize) }
}
