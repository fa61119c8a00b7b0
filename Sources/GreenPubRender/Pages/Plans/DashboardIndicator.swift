import GreenPubCompute
import GreenPubModel

/// One indicator of the dashboard with its evaluation in every statistics year: a plan
/// indicator (专栏1, the municipal -5% / -7%), or a target whose only criterion is a bound on
/// a metric (the municipal plan's coal share below 2%), evaluated the same way from the same
/// series: straight path from the computed base-year value to the bound, status, projection.
struct DashboardIndicator {
    let planID: String
    let indicator: PlanIndicator
    /// Ascending years; a year without a value is absent.
    let evaluations: [IndicatorEvaluation]
    /// The target the indicator stands for, when it is one (its id).
    let targetTaskID: String?

    func evaluation(in year: Int) -> IndicatorEvaluation? { evaluations.first { $0.year == year } }

    /// Decimals the plan prints the indicator with: the target's, else the base's, else the unit's.
    var decimals: Int {
        indicator.target.decimals ?? indicator.base.decimals ?? Figures.decimals(forUnit: indicator.unit)
    }

    /// The indicator's name with whom it covers: 全县 单位建筑面积能耗 / 教育 人均用水量.
    var scopedName: String { "\(ScopeText.name(indicator.scope))\(indicator.name)" }

    /// The indicator's section on the dashboard (`PlanPaths.indicatorAnchor`).
    let anchor: String

    /// Every dashboard indicator of a plan, in the plan's order: its indicators, then the
    /// targets measured by a metric bound.
    static func all(of plan: Plan, data: SiteData) -> [DashboardIndicator] {
        let evaluation = data.evaluations.first { $0.planID == plan.id }
        var result = plan.indicators.map { indicator in
            DashboardIndicator(
                planID: plan.id, indicator: indicator,
                evaluations: (evaluation?.years ?? []).compactMap { year in year.indicators.first { $0.indicatorID == indicator.id } },
                targetTaskID: nil,
                anchor: PlanPaths.indicatorAnchor(planID: plan.id, indicatorID: indicator.id, plans: data.plans))
        }
        for task in plan.targets {
            guard let indicator = metricBoundIndicator(task, in: plan) else { continue }
            let values = data.metrics.first { $0.key == indicator.metricKey }?.values.map { (year: $0.year, value: $0.value) } ?? []
            let evaluations = data.years.compactMap { year in
                IndicatorEvaluator.evaluate(indicator, year: year, valuesByYear: values).0
            }
            result.append(DashboardIndicator(
                planID: plan.id, indicator: indicator, evaluations: evaluations, targetTaskID: task.id,
                anchor: PlanPaths.indicatorAnchor(planID: plan.id, indicatorID: task.id, plans: data.plans)))
        }
        return result
    }

    /// Plans that have dashboard indicators, in the plans' order.
    static func plans(_ data: SiteData) -> [(plan: Plan, indicators: [DashboardIndicator])] {
        data.plans.compactMap { plan in
            let indicators = all(of: plan, data: data)
            return indicators.isEmpty ? nil : (plan, indicators)
        }
    }

    /// A target whose criterion is one bound on a metric, read as an indicator: base year
    /// that of the plan's indicators (else the year before the plan's period), target the
    /// bound in the deadline's year, compared unrounded (the plan prints `2%`, and 2.3% must
    /// not read as meeting `< 2`). Nil for any other criterion.
    static func metricBoundIndicator(_ task: PlanTask, in plan: Plan) -> PlanIndicator? {
        guard let criterion = task.criterion, case .indicator(let bound) = criterion.shape else { return nil }
        let baseYear = plan.indicators.first?.base.year ?? plan.period.startYear - 1
        guard task.deadline.year > baseYear else { return nil }
        let unit = bound.key.metric.canonicalUnit
        let boundText = PlanFigures.trimmed(Figures.number(bound.value, decimals: 2))
        return PlanIndicator(
            id: task.id,
            name: criterion.label ?? bound.key.metric.chineseName,
            section: task.section,
            unit: unit,
            scope: bound.key.scope,
            metric: bound.key.metric,
            aggregation: bound.key.aggregation,
            displayScale: 1,
            base: .init(year: baseYear, printed: nil, value: nil, decimals: nil, location: task.location),
            target: .init(year: task.deadline.year, comparison: bound.comparison, value: bound.value, changePercent: nil,
                          printed: "\(bound.comparison.symbol)\(boundText)\(unit == "%" ? "%" : "")", decimals: nil,
                          location: criterion.location),
            direction: bound.comparison.favours,
            attribute: nil,
            text: task.keyWork,
            location: task.location)
    }
}

/// How the pages name the institutions an indicator covers.
enum ScopeText {
    /// 全县 / 党政机关 / 教育 / 卫生 / 其他.
    static func name(_ scope: IndicatorScope) -> String { scope.chineseName }

    /// The chart palette key of a scope (`county`, `education`, ...).
    static func paletteKey(_ scope: IndicatorScope) -> String {
        switch scope {
        case .county: "county"
        case .group(let group): group.rawValue
        }
    }

    /// What a value of the aggregation is, for legends and notes.
    static func reading(_ aggregation: MetricAggregation) -> String {
        switch aggregation {
        case .total: "总量"
        case .ratioOfTotals: "总量之比"
        case .meanOfInstitutions: "各单位平均值"
        }
    }
}
