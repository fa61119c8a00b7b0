import GreenPubCompute
import GreenPubModel

/// `institutions/<id>.html`, one page per institution that reported in any year: its facts by
/// year, its intensity against its group and the county, its energy mix and its projects.
///
/// Everything shared by the pages (the directory, the group and county series, the latest
/// ranking) is computed once; each page then only reads its own history, so the builder stays
/// linear in the number of institutions, and each page is a job of its own.
struct InstitutionPageBuilder: PageBuilder {
    var templateNames: [String] { ["institution", "partials/inst-cards", "partials/inst-table"] }

    func pages(_ context: RenderContext) -> [SitePage] {
        jobs(context).flatMap { $0().pages }
    }

    /// One job per institution.
    func jobs(_ context: RenderContext) -> [PageJob] {
        guard context.data.hasData, let index = context.institutions else { return [] }
        let shared = InstitutionPageContext(data: context.data, index: index)
        // The contexts are captured once, by this closure, rather than copied into each of the
        // 30,000 jobs; a job holds only its institution and this closure.
        let render: @Sendable (InstitutionHistory) -> PageBatch = { history in
            PageBatch(pages: [page(history, shared: shared, context: context)])
        }
        return shared.directory.histories.map { history in { render(history) } }
    }

    private func page(_ history: InstitutionHistory, shared: InstitutionPageContext, context: RenderContext) -> SitePage {
        let view = InstitutionView(history: history, shared: shared)
        let group = history.group
        return SitePage(
            outputPath: history.path, title: history.name,
            description: "\(history.name)（\(group.chineseName)）的逐年能源消费、用水和碳排放，单位建筑面积能耗趋势和节能项目。",
            breadcrumbs: [Self.home, Self.list, SitePage.Crumb(title: group.pageTitle, outputPath: InstitutionPaths.group(group))],
            menuPath: InstitutionPaths.list, kind: "institution", body: context.renderMarkup("institution", view))
    }

    private static let home = SitePage.Crumb(title: "首页", outputPath: "index.html")
    private static let list = SitePage.Crumb(title: InstitutionListPageBuilder.menuTitle, outputPath: InstitutionPaths.list)
}

/// What every institution page shares, computed once per build.
struct InstitutionPageContext: Sendable {
    let directory: InstitutionDirectory
    let years: [Int]
    /// Mean of the institutions' energy per m² of each group in each year (by group order).
    let groupMeanEnergyPerArea: [[Double?]]
    /// The county's energy per m² (ratio of totals) in each year.
    let countyEnergyPerArea: [Double?]
    /// The latest year's ranking within each group.
    let ranking: IntensityRanking
    /// The latest year's number of institutions in each group (by group order).
    let groupSizes: [Int]

    /// For a site with accounts.
    init(data: SiteData) {
        self.init(data: data, index: InstitutionIndex(data: data)!)
    }

    init(data: SiteData, index: InstitutionIndex) {
        directory = index.directory
        years = data.accounts.map(\.year)
        groupMeanEnergyPerArea = InstitutionGroup.allCases.map { group in
            data.accounts.map { $0.group(group).meanOfInstitutions.energyPerArea }
        }
        countyEnergyPerArea = data.accounts.map(\.county.totals.intensities.energyPerArea)
        let latest = data.accounts[data.accounts.count - 1]
        ranking = index.latestRanking
        groupSizes = InstitutionGroup.allCases.map { latest.group($0).totals.institutionCount }
    }
}
