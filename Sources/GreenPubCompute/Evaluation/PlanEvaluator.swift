import GreenPubModel

/// A plan evaluated for one statistics year, as of its last day.
public struct PlanYearEvaluation: Sendable, Hashable {
    public var year: Int
    public var asOf: CalendarDate
    /// In the plan's order; an indicator without values for the year is left out.
    public var indicators: [IndicatorEvaluation]
    /// Every task in the plan's order (columns, then other targets).
    public var tasks: [TaskEvaluation]

    public init(year: Int, asOf: CalendarDate, indicators: [IndicatorEvaluation], tasks: [TaskEvaluation]) {
        self.year = year
        self.asOf = asOf
        self.indicators = indicators
        self.tasks = tasks
    }
}

/// A plan evaluated for every statistics year.
public struct PlanEvaluation: Sendable, Hashable {
    public var planID: String
    /// In ascending year order.
    public var years: [PlanYearEvaluation]

    public init(planID: String, years: [PlanYearEvaluation]) {
        self.planID = planID
        self.years = years
    }
}

/// Evaluates a whole plan for each statistics year (as of 31 December of that year).
public enum PlanEvaluator {
    /// Pure. Indicators read the metric series whose key (metric, scope, aggregation) they
    /// name; tasks read the registers, the institutions and, for `indicator` criteria, the same
    /// series. Diagnostics: a warning for an indicator without values, the base-value warnings
    /// (once per indicator).
    public static func evaluate(
        _ plan: Plan, years: [Int], entries: [RegisterEntry], institutions: [InstitutionRef],
        metrics: [PlanMetricSeries]
    ) -> (PlanEvaluation, [Diagnostic]) {
        let context = EvaluationContext(entries: entries, institutions: institutions, metrics: metrics)
        let measurer = CriterionMeasurer(context: context)
        var diagnostics: [Diagnostic] = []
        var seen: Set<Diagnostic> = []
        func add(_ new: [Diagnostic]) {
            for diagnostic in new where seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
        }
        var results: [PlanYearEvaluation] = []
        for year in Array(Set(years)).sorted() {
            let asOf = CalendarDate.endOfYear(year)
            var indicators: [IndicatorEvaluation] = []
            for indicator in plan.indicators {
                guard let series = context.series(indicator.metricKey) else {
                    add([.warning(indicator.location, "no values for \(indicator.metricKey); indicator '\(indicator.id)' is not evaluated")])
                    continue
                }
                guard series.value(in: year) != nil else { continue }
                let (evaluation, found) = IndicatorEvaluator.evaluate(
                    indicator, year: year, valuesByYear: series.values.map { (year: $0.year, value: $0.value) }
                )
                add(found)
                if let evaluation { indicators.append(evaluation) }
            }
            let tasks = plan.allTasks.map { TaskEvaluator.evaluate($0, asOf: asOf, measurer: measurer) }
            results.append(PlanYearEvaluation(year: year, asOf: asOf, indicators: indicators, tasks: tasks))
        }
        return (PlanEvaluation(planID: plan.id, years: results), diagnostics)
    }
}
