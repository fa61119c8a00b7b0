import GreenPubCompute
import GreenPubModel

/// 市级目标 (`targets.html`): the plans without column tables (the municipal action plan):
/// their indicators, and each target evaluated for every statistics year, or 无法评估 with the
/// reason and the county's own figures.
struct TargetsPageBuilder: PageBuilder {
    static let title = "市级目标"

    var templateNames: [String] { ["targets", "partials/indicator-table", "partials/task-table"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        PlanCatalog(data).otherPlans.isEmpty ? [] : [MenuItem(title: Self.title, outputPath: PlanPaths.targets, order: 25)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        let catalog = PlanCatalog(context.data)
        guard !catalog.otherPlans.isEmpty else { return [] }
        return [SitePage(
            outputPath: PlanPaths.targets, title: Self.title,
            description: "市级实施方案对区县提出的目标在本县的逐年评价",
            breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html")],
            menuPath: PlanPaths.targets, kind: "targets",
            body: context.renderMarkup("targets", TargetsPageView.make(catalog: catalog)))]
    }
}

/// What `templates/targets.mustache` sees.
struct TargetsPageView {
    struct PlanBlock {
        let headingID: String
        let title: String
        let meta: String
        let indicatorTable: IndicatorTableView?
        let hasIndicators: Bool
        let counts: TaskStatusCounts
        let targets: TaskTableView
        let hasTargets: Bool
    }

    let title: String
    let yearNote: String
    let latestYear: String
    let plans: [PlanBlock]
    let dashboardHref: String
    let evaluationHref: String
    let projectsHref: String

    static let from = PlanPaths.targets

    static func make(catalog: PlanCatalog) -> TargetsPageView {
        let from = Self.from
        let data = catalog.data
        var allYears: [Int] = []
        let blocks = catalog.otherPlans.map { plan -> PlanBlock in
            let years = catalog.taskYears(plan)
            allYears += years
            let indicators = plan.indicators.isEmpty ? [] : DashboardIndicator.all(of: plan, data: data)
            let firstBase = indicators.map(\.indicator.base.year).min() ?? Int.min
            let table = indicators.isEmpty ? nil : IndicatorTableView.make(
                plan: plan, indicators: indicators, years: data.years.filter { $0 > firstBase }, from: from)
            let latest = years.last.map { year in plan.allTasks.compactMap { catalog.taskEvaluation(planID: plan.id, taskID: $0.id, year: year) } } ?? []
            return PlanBlock(
                headingID: "plan-\(plan.id)",
                title: plan.title,
                meta: PlanText.meta(plan),
                indicatorTable: table,
                hasIndicators: table != nil,
                counts: TaskStatusCounts(latest),
                targets: TaskTableView.make(catalog: catalog, plan: plan, tasks: plan.allTasks, years: years, from: from, headingLevel: 4),
                hasTargets: !plan.allTasks.isEmpty)
        }
        let years = Array(Set(allYears)).sorted()
        return TargetsPageView(
            title: TargetsPageBuilder.title,
            yearNote: PlanText.yearNote(years),
            latestYear: years.last.map { "\($0)年" } ?? "—",
            plans: blocks,
            dashboardHref: RelativeURL.link(from: from, to: PlanPaths.indicators),
            evaluationHref: RelativeURL.link(from: from, to: PlanPaths.methodologyEvaluation),
            projectsHref: RelativeURL.link(from: from, to: PlanPaths.projects))
    }
}
