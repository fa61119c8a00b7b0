import GreenPubCompute
import GreenPubModel

/// What `templates/partials/indicator-table.mustache` sees: a plan's indicators evaluated for
/// one or more statistics years, 约束性 indicators first, as the dashboard and the
/// `indicator-table` shortcode show them. Stored, pre-formatted properties only.
struct IndicatorTableView {
    struct YearHeader {
        let year: String
    }

    /// One year's value and status.
    struct Cell {
        let value: String
        let hasStatus: Bool
        let statusLabel: String
        let statusClass: String
    }

    struct Row {
        let name: String
        /// The table section as printed (强度（全县公共机构平均值）), or whom the row covers.
        let section: String
        /// Link to the indicator's trend chart and evaluation on the dashboard.
        let href: String
        let unit: String
        let attribute: String
        let isBinding: Bool
        /// A 约束性 indicator behind its path or missing its target in the last year shown.
        let isFlagged: Bool
        let rowClass: String
        let basePrinted: String
        let baseComputed: String
        /// The computed base differs from the printed one beyond the plan's rounding.
        let baseDiffers: Bool
        let cells: [Cell]
        let target: String
        let projection: String
        let hasProjectionStatus: Bool
        let projectionStatus: String
        let projectionClass: String
    }

    /// `专栏1：“十四五”时期全县公共机构节约能源资源主要指标` or the plan's title.
    let caption: String
    /// Id of the caption, which labels the table and its scroll region.
    let captionID: String
    /// The plan the table comes from (shown under the caption when the caption is the table's own).
    let planTitle: String
    let years: [YearHeader]
    let baseHeader: String
    let projectionHeader: String
    /// False when the last year shown is the target year or later: nothing left to project.
    let hasProjection: Bool
    let rows: [Row]
    let note: String?
    let hasNote: Bool
    let hasDifferingBase: Bool
    let conflictsHref: String
    let evaluationHref: String
    let flaggedCount: Int
    let hasFlagged: Bool

    /// The table of plan `planID` for one statistics year (`year`), or for every statistics
    /// year after the base year (`year == nil`); nil when the plan is unknown or has no
    /// indicators. `from` is the site path of the page the table is placed on.
    static func make(data: SiteData, plan planID: String, year: Int?, from: String) -> IndicatorTableView? {
        guard let plan = data.plans.first(where: { $0.id == planID }) else { return nil }
        let indicators = DashboardIndicator.all(of: plan, data: data)
        guard !indicators.isEmpty else { return nil }
        let years: [Int]
        if let year {
            years = [year]
        } else {
            let firstBase = indicators.map(\.indicator.base.year).min() ?? Int.min
            years = data.years.filter { $0 > firstBase }
        }
        return make(plan: plan, indicators: indicators, years: years, from: from)
    }

    /// The table of the given indicators for the given years (ascending).
    static func make(plan: Plan, indicators: [DashboardIndicator], years: [Int], from: String) -> IndicatorTableView {
        let ordered = bindingFirst(indicators)
        let rows = ordered.map { row($0, years: years, from: from) }
        let baseYear = commonValue(indicators.map(\.indicator.base.year))
        let targetYear = commonValue(indicators.map(\.indicator.target.year))
        let caption = plan.indicatorTable.map { "专栏\($0.number)：\($0.title)" } ?? "\(plan.title)：主要指标"
        let flagged = rows.filter(\.isFlagged).count
        let note = plan.indicatorTable?.note
        return IndicatorTableView(
            caption: caption,
            captionID: "indicator-table-\(plan.id)" + (years.count == 1 ? "-\(years[0])" : ""),
            planTitle: plan.title,
            years: years.map { YearHeader(year: "\($0)年") },
            baseHeader: baseYear.map { "基期值（\($0)年）" } ?? "基期值",
            projectionHeader: targetYear.map { "\($0)年预测" } ?? "目标年预测",
            hasProjection: rows.contains(where: \.hasProjectionStatus),
            rows: rows,
            note: note,
            hasNote: note != nil,
            hasDifferingBase: rows.contains(where: \.baseDiffers),
            conflictsHref: RelativeURL.link(from: from, to: "methodology.html") + "#conflicts",
            evaluationHref: RelativeURL.link(from: from, to: "methodology.html") + "#evaluation",
            flaggedCount: flagged,
            hasFlagged: flagged > 0)
    }

    /// The value every element has, nil when they differ or there are none.
    static func commonValue(_ values: [Int]) -> Int? {
        guard let first = values.first, values.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// 约束性 indicators first, the others after; the plan's order within each.
    static func bindingFirst(_ indicators: [DashboardIndicator]) -> [DashboardIndicator] {
        indicators.filter(\.indicator.isBinding) + indicators.filter { !$0.indicator.isBinding }
    }

    static func row(_ item: DashboardIndicator, years: [Int], from: String) -> Row {
        let indicator = item.indicator
        let decimals = item.decimals
        let cells = years.map { year -> Cell in
            guard year > indicator.base.year, let evaluation = item.evaluation(in: year) else {
                let value = item.evaluation(in: year)?.value
                return Cell(value: PlanFigures.value(value, decimals: decimals), hasStatus: false, statusLabel: "", statusClass: "")
            }
            let badge = StatusBadge(evaluation.status)
            return Cell(value: PlanFigures.value(evaluation.value, decimals: decimals), hasStatus: true,
                        statusLabel: badge.label, statusClass: badge.cssClass)
        }
        let last = years.last.flatMap { item.evaluation(in: $0) }
        let anyEvaluation = item.evaluations.first
        let baseDecimals = indicator.base.decimals ?? decimals
        let flagged = last?.isFlagged ?? false
        let projection = last?.projection
        let projectionText: String
        if let projection {
            projectionText = PlanFigures.value(projection.projectedValue, decimals: decimals)
        } else if let last, last.year >= indicator.target.year {
            projectionText = "已到目标年"
        } else {
            projectionText = "—"
        }
        let section = indicator.section ?? "\(ScopeText.name(indicator.scope))（\(ScopeText.reading(indicator.aggregation))）"
        return Row(
            name: indicator.name,
            section: section,
            href: RelativeURL.link(from: from, to: PlanPaths.indicators) + "#" + item.anchor,
            unit: indicator.unit,
            attribute: indicator.attribute?.chineseName ?? "—",
            isBinding: indicator.isBinding,
            isFlagged: flagged,
            rowClass: flagged ? "flag" : "",
            basePrinted: indicator.base.printed ?? "未列出",
            baseComputed: PlanFigures.value(anyEvaluation?.computedBase, decimals: baseDecimals),
            baseDiffers: anyEvaluation?.baseMatchesPrinted == false,
            cells: cells,
            target: targetText(indicator, computed: anyEvaluation?.target, decimals: decimals),
            projection: projectionText,
            hasProjectionStatus: projection != nil,
            projectionStatus: projection.map { $0.meetsTarget ? "可望达标" : "难以达标" } ?? "",
            projectionClass: projection.map { $0.meetsTarget ? "status-met" : "status-missed" } ?? "")
    }

    /// The target as printed (`≤11.44`); a change on the base with the value it gives
    /// (`下降 5%（≤11.32）`).
    static func targetText(_ indicator: PlanIndicator, computed: Double?, decimals: Int) -> String {
        let symbol = indicator.target.comparison.symbol
        if indicator.target.value != nil {
            return indicator.target.printed ?? symbol + PlanFigures.value(indicator.target.value, decimals: decimals)
        }
        let percent = indicator.target.changePercent ?? 0
        let words = indicator.target.printed
            ?? (percent < 0 ? "下降" : "上升") + PlanFigures.trimmed(Figures.number(abs(percent), decimals: 2)) + "%"
        guard let computed else { return words }
        return "\(words)（\(symbol)\(PlanFigures.value(computed, decimals: decimals))）"
    }
}
