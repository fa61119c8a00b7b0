import GreenPubCharts
import GreenPubCompute
import GreenPubModel

/// One indicator on the dashboard: its trend chart with the target path, its evaluation in
/// words for the latest year, and its progress towards the target.
struct IndicatorTrendView {
    let anchor: String
    let heading: String
    let section: String
    let hasSection: Bool
    let attribute: String
    let isBinding: Bool
    let isFlagged: Bool
    let hasStatus: Bool
    let statusLabel: String
    let statusClass: String
    let verdict: String
    let projection: String
    let hasProjection: Bool
    /// The chart figure (GreenPub's own SVG and table).
    let chartHTML: String
    let progressHTML: String
    let hasProgress: Bool
    /// The plan's sentence, when the indicator is stated in prose.
    let text: String
    let hasText: Bool
    /// The target this indicator stands for, on its own page.
    let targetHref: String
    let hasTargetHref: Bool

    static func make(_ item: DashboardIndicator, data: SiteData, from: String) -> IndicatorTrendView {
        let indicator = item.indicator
        let decimals = item.decimals
        let latest = item.evaluations.last
        let badge = latest.map { StatusBadge($0.status) }
        let methodology = RelativeURL.link(from: from, to: "methodology.html")
        let source = "数据来源：各年度公共机构能源资源消费统计；核算方法见<a href=\"\(methodology)#formulas\">方法说明</a>，"
            + "目标路径与评价规则见<a href=\"\(methodology)#evaluation\">评价方法</a>。"
        let verdict = latest.map { IndicatorSentence.verdict($0, indicator: indicator, decimals: decimals) } ?? "尚无可评价的统计数据。"
        let chart = ChartFigure.html(trendChart(item, data: data, summary: verdict), caption: "\(item.scopedName)：逐年变化与目标路径", sourceHTML: source)
        var progressHTML = ""
        if let latest {
            let bar = ProgressBar(
                id: "progress-\(item.planID)-\(indicator.id)", title: "\(latest.year)年完成进度",
                value: latest.value, target: latest.target, base: latest.computedBase,
                expected: latest.year < latest.targetYear ? latest.path : nil,
                unit: indicator.unit, decimals: decimals, grouping: indicator.metric.isTotal)
            progressHTML = ChartFigure.html(bar, caption: "\(item.scopedName)：从基期值（\(latest.baseYear)年）到目标值（\(latest.targetYear)年）")
        }
        let targetHref = item.targetTaskID.map { RelativeURL.link(from: from, to: PlanPaths.targets) + "#" + PlanPaths.taskAnchor($0) }
        return IndicatorTrendView(
            anchor: item.anchor,
            heading: item.scopedName,
            section: indicator.section ?? "",
            hasSection: indicator.section != nil,
            attribute: indicator.attribute?.chineseName ?? "",
            isBinding: indicator.isBinding,
            isFlagged: latest?.isFlagged ?? false,
            hasStatus: badge != nil,
            statusLabel: badge?.label ?? "",
            statusClass: badge?.cssClass ?? "",
            verdict: verdict,
            projection: latest.flatMap { IndicatorSentence.projection($0, indicator: indicator, decimals: decimals) } ?? "",
            hasProjection: latest?.projection != nil,
            chartHTML: chart,
            progressHTML: progressHTML,
            hasProgress: !progressHTML.isEmpty,
            text: indicator.text ?? "",
            hasText: indicator.text != nil,
            targetHref: targetHref ?? "",
            hasTargetHref: targetHref != nil)
    }

    /// The indicator's values in every statistics year (in the plan's unit), the straight
    /// path from the computed base to the target, and, for a group, the county's values of
    /// the same metric and reading for comparison.
    static func trendChart(_ item: DashboardIndicator, data: SiteData, summary: String? = nil) -> LineChart {
        let indicator = item.indicator
        let years = data.years
        func values(_ key: MetricKey) -> [Double?] {
            let series = data.metrics.first { $0.key == key }
            return years.map { year in series?.value(in: year).map { $0 / indicator.displayScale } }
        }
        var series = [ChartSeries(key: ScopeText.paletteKey(indicator.scope), label: seriesLabel(indicator.scope, indicator.aggregation),
                                  values: values(indicator.metricKey))]
        if case .group = indicator.scope {
            let county = MetricKey(metric: indicator.metric, scope: .county, aggregation: indicator.aggregation)
            series.append(ChartSeries(key: ScopeText.paletteKey(.county), label: seriesLabel(.county, indicator.aggregation), values: values(county)))
        }
        let path = item.evaluations.first.map {
            LineChart.TargetPath(baseYear: $0.baseYear, baseValue: $0.computedBase, targetYear: $0.targetYear, targetValue: $0.target)
        }
        return LineChart(
            id: "trend-\(item.planID)-\(indicator.id)", title: "\(item.scopedName)（\(indicator.unit)）",
            description: summary,
            xValues: years, series: series, targetPath: path, unit: indicator.unit, decimals: item.decimals,
            grouping: indicator.metric.isTotal)
    }

    static func seriesLabel(_ scope: IndicatorScope, _ aggregation: MetricAggregation) -> String {
        aggregation == .meanOfInstitutions ? "\(ScopeText.name(scope))（各单位平均值）" : ScopeText.name(scope)
    }
}
