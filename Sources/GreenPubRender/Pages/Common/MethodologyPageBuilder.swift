import GreenPubModel

/// 方法说明 `methodology.html`: the factors in force (default set and per-year overrides, each
/// with its source), the formulas of the accounts, the evaluation rules, the data sources and
/// the printed figures of the plans that the statistics cannot reproduce. Its sections carry
/// anchors (`MethodologyPaths`) that the figures of every other page link to.
struct MethodologyPageBuilder: PageBuilder {
    static let menuTitle = "方法说明"

    var templateNames: [String] { ["methodology", "partials/inst-conflicts", "partials/inst-table"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        [MenuItem(title: Self.menuTitle, outputPath: MethodologyPaths.page, order: 80)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        let view = MethodologyView(data: context.data, from: MethodologyPaths.page)
        return [SitePage(
            outputPath: MethodologyPaths.page, title: Self.menuTitle,
            description: "能源折标准煤和碳排放的系数及其来源、核算公式、强度的两种口径、规划指标和重点工作的评价规则、数据来源和规划数据的已知矛盾。",
            breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html")],
            menuPath: MethodologyPaths.page, kind: "methodology", body: context.renderMarkup("methodology", view))]
    }
}
