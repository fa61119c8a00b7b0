import GreenPubCompute
import GreenPubModel

/// `groups/<group>.html` for 党政机关, 教育, 卫生 and 其他: the group's totals and intensities by
/// year in both readings, its trend against the county, its share of the county, and its
/// institutions ranked by energy per m².
struct GroupPageBuilder: PageBuilder {
    /// How many institutions the page ranks in its table; the rest are listed by name.
    static let topCount = 10

    var templateNames: [String] { ["group", "partials/inst-cards", "partials/inst-table", "partials/inst-links"] }

    func pages(_ context: RenderContext) -> [SitePage] {
        let data = context.data
        guard let ranking = context.institutions?.latestRanking else { return [] }
        return InstitutionGroup.allCases.map { group in
            let path = InstitutionPaths.group(group)
            let view = GroupView(group: group, data: data, ranking: ranking, from: path)
            return SitePage(
                outputPath: path, title: group.pageTitle,
                description: "\(group.pageTitle)的能源消费、用水和碳排放：逐年总量、强度、占全县比重和重点单位。",
                breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html"),
                              SitePage.Crumb(title: InstitutionListPageBuilder.menuTitle, outputPath: InstitutionPaths.list)],
                menuPath: InstitutionPaths.list, kind: "group", body: context.renderMarkup("group", view))
        }
    }
}
