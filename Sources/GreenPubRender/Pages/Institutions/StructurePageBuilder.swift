import GreenPubCompute
import GreenPubModel

/// 能耗结构 `structure/<year>.html`, one page per statistics year: the county plan's figures
/// 1-4 (shares of energy, CO2, building CO2 and vehicle CO2 by group) drawn from that year's
/// accounts, the headline figures, and the energy mix by source, group and year.
struct StructurePageBuilder: PageBuilder {
    static let menuTitle = "能耗结构"

    var templateNames: [String] { ["structure", "partials/inst-cards", "partials/inst-table", "partials/inst-links"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        guard let year = data.latestYear else { return [] }
        return [MenuItem(title: Self.menuTitle, outputPath: InstitutionPaths.structure(year), order: 30)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        let data = context.data
        guard let latest = data.latestYear else { return [] }
        let sources = EnergySourceUse.used(in: data.accounts)
        return data.accounts.map { year in
            let path = InstitutionPaths.structure(year.year)
            let view = StructureView(year: year, data: data, sources: sources, from: path)
            var crumbs = [SitePage.Crumb(title: "首页", outputPath: "index.html")]
            if year.year != latest {
                crumbs.append(SitePage.Crumb(title: Self.menuTitle, outputPath: InstitutionPaths.structure(latest)))
            }
            return SitePage(
                outputPath: path, title: view.title,
                description: "\(year.year)年全县公共机构能源消费和碳排放的结构：分类机构、能源品种、建筑与车辆。",
                breadcrumbs: crumbs, menuPath: InstitutionPaths.structure(latest), kind: "structure",
                body: context.renderMarkup("structure", view))
        }
    }
}
