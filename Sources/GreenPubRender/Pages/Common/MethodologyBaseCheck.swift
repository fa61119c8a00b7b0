import GreenPubModel

/// The plans' printed base values beside what the statistics give under each reading (ratio
/// of totals, mean of the institutions): where the printed figures and the data disagree.
enum MethodologyBaseCheck {
    /// The checks of one plan.
    struct PlanChecks {
        let title: String
        let rows: [Row]
    }

    struct Row {
        /// Scope and name as printed: `教育 · 单位建筑面积能耗（千克标煤/平方米·年）`.
        let indicator: String
        /// The reading the plan file declares.
        let declared: String
        let printed: String
        let ratioOfTotals: String
        let meanOfInstitutions: String
        /// The declared reading agrees with the printed value within its rounding.
        let matches: Bool
        let verdict: String
    }

    static func plans(data: SiteData) -> [PlanChecks] {
        data.plans.compactMap { plan in
            let rows = rows(plan: plan, data: data)
            return rows.isEmpty ? nil : PlanChecks(title: plan.title, rows: rows)
        }
    }

    static func rows(plan: Plan, data: SiteData) -> [Row] {
        var rows: [Row] = []
        for indicator in plan.indicators {
            guard let printed = indicator.base.value else { continue }
            let decimals = indicator.base.decimals ?? 0
            func reading(_ aggregation: MetricAggregation) -> Double? {
                let key = MetricKey(metric: indicator.metric, scope: indicator.scope, aggregation: aggregation)
                guard let series = data.metrics.first(where: { $0.key == key }),
                      let value = series.value(in: indicator.base.year) else { return nil }
                return value / indicator.displayScale
            }
            let declared = reading(indicator.aggregation)
            let matches = declared.map { agrees($0, printed: printed, decimals: decimals) } ?? false
            let shown = { (aggregation: MetricAggregation) -> String in
                guard indicator.metric.allowedAggregations.contains(aggregation) else { return "—" }
                return Figures.number(reading(aggregation), decimals: decimals + 2)
            }
            rows.append(Row(
                indicator: "\(indicator.scope.chineseName) · \(indicator.name)",
                declared: name(of: indicator.aggregation),
                printed: indicator.base.printed ?? Figures.number(printed, decimals: decimals),
                ratioOfTotals: indicator.metric.isTotal ? shown(.total) : shown(.ratioOfTotals),
                meanOfInstitutions: shown(.meanOfInstitutions),
                matches: matches,
                verdict: declared == nil ? "无数据" : matches ? "相符" : "不符"))
        }
        return rows
    }

    /// True when `value` rounds to the printed figure: within half a unit of its last decimal.
    static func agrees(_ value: Double, printed: Double, decimals: Int) -> Bool {
        var unit = 1.0
        for _ in 0..<max(0, decimals) { unit /= 10 }
        return abs(value - printed) <= unit / 2 + unit * 1e-9
    }

    static func name(of aggregation: MetricAggregation) -> String {
        switch aggregation {
        case .total: "总量"
        case .ratioOfTotals: "总量比值"
        case .meanOfInstitutions: "单位平均"
        }
    }
}
