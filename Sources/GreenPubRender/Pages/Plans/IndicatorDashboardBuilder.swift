import GreenPubCompute
import GreenPubModel

/// 指标进展 (`indicators.html`): every plan's indicators evaluated for every statistics year,
/// a trend chart, a verdict and a progress bar per indicator, and the data downloads.
struct IndicatorDashboardBuilder: PageBuilder {
    static let title = "指标进展"

    var templateNames: [String] { ["indicators", "partials/indicator-table"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        DashboardIndicator.plans(data).isEmpty ? [] : [MenuItem(title: Self.title, outputPath: PlanPaths.indicators, order: 10)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        let plans = DashboardIndicator.plans(context.data)
        guard !plans.isEmpty else { return [] }
        let view = IndicatorDashboardView.make(data: context.data, plans: plans)
        return [SitePage(
            outputPath: PlanPaths.indicators, title: Self.title,
            description: "各规划指标逐年核算值、目标路径、达标情况与趋势预测",
            breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html")],
            menuPath: PlanPaths.indicators, kind: "indicators", body: context.renderMarkup("indicators", view))]
    }
}

/// What `templates/indicators.mustache` sees.
struct IndicatorDashboardView {
    struct StatusCount {
        let label: String
        let count: String
        let cssClass: String
    }

    struct Flagged {
        let name: String
        let href: String
        let statusLabel: String
        let statusClass: String
    }

    struct Download {
        let name: String
        let href: String
        let what: String
    }

    struct PlanBlock {
        let headingID: String
        let title: String
        let meta: String
        let table: IndicatorTableView
        let trends: [IndicatorTrendView]
    }

    let title: String
    let yearNote: String
    let latestYear: String
    let counts: [StatusCount]
    let flagged: [Flagged]
    let hasFlagged: Bool
    let downloads: [Download]
    let plans: [PlanBlock]
    let evaluationHref: String

    static let from = PlanPaths.indicators

    static func make(data: SiteData, plans: [(plan: Plan, indicators: [DashboardIndicator])]) -> IndicatorDashboardView {
        let from = Self.from
        let latest = data.latestYear
        let all = plans.flatMap(\.indicators)
        let latestEvaluations = all.compactMap { item in latest.flatMap { item.evaluation(in: $0) }.map { (item, $0) } }
        let counts = IndicatorStatus.allCases.map { status in
            StatusCount(label: status.chineseName, count: String(latestEvaluations.filter { $0.1.status == status }.count),
                        cssClass: StatusBadge(status).cssClass)
        }
        let flagged = latestEvaluations.filter { $0.1.isFlagged }.map { item, evaluation in
            Flagged(name: item.scopedName, href: "#" + item.anchor, statusLabel: evaluation.status.chineseName,
                    statusClass: StatusBadge(evaluation.status).cssClass)
        }
        let blocks = plans.map { plan, indicators in
            let firstBase = indicators.map(\.indicator.base.year).min() ?? Int.min
            let years = data.years.filter { $0 > firstBase }
            return PlanBlock(
                headingID: "plan_\(plan.id)",
                title: plan.title,
                meta: PlanText.meta(plan),
                table: IndicatorTableView.make(plan: plan, indicators: indicators, years: years, from: from),
                trends: indicators.map { IndicatorTrendView.make($0, data: data, from: from) })
        }
        let downloads = [
            Download(name: "indicators.json", href: RelativeURL.link(from: from, to: PlanPaths.indicatorsJSON), what: "指标逐年数值与评价（JSON）"),
            Download(name: "indicators.csv", href: RelativeURL.link(from: from, to: PlanPaths.indicatorsCSV), what: "指标逐年数值与评价（CSV，可用Excel打开）"),
            Download(name: "tasks.json", href: RelativeURL.link(from: from, to: PlanPaths.tasksJSON), what: "重点工作与目标逐年状态（JSON）"),
            Download(name: "tasks.csv", href: RelativeURL.link(from: from, to: PlanPaths.tasksCSV), what: "重点工作与目标逐年状态（CSV）"),
            Download(name: "accounts.json", href: RelativeURL.link(from: from, to: PlanPaths.accountsJSON), what: "全县、分类机构和各单位逐年核算结果（JSON）"),
        ]
        return IndicatorDashboardView(
            title: IndicatorDashboardBuilder.title,
            yearNote: PlanText.yearNote(data.years),
            latestYear: latest.map { "\($0)年" } ?? "—",
            counts: counts,
            flagged: flagged,
            hasFlagged: !flagged.isEmpty,
            downloads: downloads,
            plans: blocks,
            evaluationHref: RelativeURL.link(from: from, to: PlanPaths.methodologyEvaluation))
    }
}

/// Texts about plans shared by the plan pages.
enum PlanText {
    /// `彭水苗族土家族自治县人民政府办公室 · 2022年3月26日印发 · 渝机管发〔2022〕110号`.
    static func meta(_ plan: Plan) -> String {
        var parts = [plan.issuers.joined(separator: "、"), "\(plan.date.chineseDescription)印发"]
        if let number = plan.documentNumber { parts.append(number) }
        parts.append("规划期\(plan.period.startYear)—\(plan.period.endYear)年")
        return parts.joined(separator: " · ")
    }

    /// `统计年度：2020—2025年（最新2025年）` or `统计年度：2025年`.
    static func yearNote(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "统计年度：暂无" }
        return first == last ? "统计年度：\(last)年" : "统计年度：\(first)—\(last)年（最新\(last)年）"
    }
}
