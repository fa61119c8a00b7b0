import GreenPubModel

/// Evaluates plan indicators against the values the accounts give them.
///
/// Comparisons (target met, on or ahead of the path, projection meets the target) are made
/// at the plan's precision: the value, path and target rounded to the decimals the target is
/// printed with (else the base's; unrounded when the plan prints neither), so that a figure
/// printed as 11.44 never reads as missing a target of ≤11.44.
public enum IndicatorEvaluator {
    /// Pure: the indicator in `year`, from its metric's values by year in the metric's
    /// canonical unit. Nil (with a warning) without a value for the base year or for `year`;
    /// nil without a warning for a year before the base year. The diagnostics also carry a
    /// warning at the YAML base value when the computed base differs from the printed one
    /// beyond the plan's rounding.
    public static func evaluate(
        _ indicator: PlanIndicator, year: Int, valuesByYear: [(year: Int, value: Double)]
    ) -> (IndicatorEvaluation?, [Diagnostic]) {
        let scale = indicator.displayScale
        func value(in wanted: Int) -> Double? {
            valuesByYear.first { $0.year == wanted }.map { $0.value / scale }
        }
        let baseYear = indicator.base.year
        guard year >= baseYear else { return (nil, []) }
        guard let base = value(in: baseYear) else {
            return (nil, [.warning(indicator.location, "indicator '\(indicator.id)' has no \(baseYear) value (its base year) for \(indicator.metricKey); it is not evaluated")])
        }
        var diagnostics: [Diagnostic] = []
        let baseCheck = checkBase(indicator, computedBase: base)
        if let warning = baseCheck.warning { diagnostics.append(warning) }
        guard let current = value(in: year) else {
            diagnostics.append(.warning(indicator.location, "indicator '\(indicator.id)' has no \(year) value for \(indicator.metricKey)"))
            return (nil, diagnostics)
        }

        let target = targetValue(indicator, computedBase: base)
        let targetYear = indicator.target.year
        let path = pathValue(base: base, baseYear: baseYear, target: target, targetYear: targetYear, year: year)
        let decimals = indicator.target.decimals ?? indicator.base.decimals
        let status = self.status(
            value: current, path: path, target: target, year: year, targetYear: targetYear,
            comparison: indicator.target.comparison, direction: indicator.direction, decimals: decimals
        )
        let points = valuesByYear
            .filter { $0.year >= baseYear && $0.year <= year }
            .map { (year: $0.year, value: $0.value / scale) }
        let projection = year < targetYear
            ? project(points, targetYear: targetYear, target: target, comparison: indicator.target.comparison, decimals: decimals)
            : nil
        let flagged = indicator.isBinding && (status == .behind || status == .missed)
        let evaluation = IndicatorEvaluation(
            indicatorID: indicator.id, year: year, value: current, baseYear: baseYear,
            computedBase: base, printedBase: indicator.base.value, baseMatchesPrinted: baseCheck.matches,
            change: current - base, changePercent: base == 0 ? nil : (current - base) / base * 100,
            targetYear: targetYear, target: target, comparison: indicator.target.comparison,
            path: path, gapToPath: current - path, status: status, isBinding: indicator.isBinding,
            isFlagged: flagged, projection: projection
        )
        return (evaluation, diagnostics)
    }

    /// The target in the plan's unit: as printed, or the computed base changed by the percent.
    public static func targetValue(_ indicator: PlanIndicator, computedBase: Double) -> Double {
        if let value = indicator.target.value { return value }
        return computedBase * (1 + (indicator.target.changePercent ?? 0) / 100)
    }

    /// The straight path from (baseYear, base) to (targetYear, target); the target after it.
    public static func pathValue(base: Double, baseYear: Int, target: Double, targetYear: Int, year: Int) -> Double {
        guard year < targetYear else { return target }
        guard year > baseYear else { return base }
        let fraction = Double(year - baseYear) / Double(targetYear - baseYear)
        return base + (target - base) * fraction
    }

    static func status(
        value: Double, path: Double, target: Double, year: Int, targetYear: Int,
        comparison: PlanComparison, direction: IndicatorDirection, decimals: Int?
    ) -> IndicatorStatus {
        let v = EvaluationNumberFormat.rounded(value, decimals: decimals)
        let t = EvaluationNumberFormat.rounded(target, decimals: decimals)
        let p = EvaluationNumberFormat.rounded(path, decimals: decimals)
        let met = comparison.holds(v, t)
        if year >= targetYear { return met ? .met : .missed }
        if met { return .met }
        let onOrAhead = direction == .lowerIsBetter ? v <= p : v >= p
        return onOrAhead ? .onTrack : .behind
    }

    static func project(
        _ points: [(year: Int, value: Double)], targetYear: Int, target: Double,
        comparison: PlanComparison, decimals: Int?
    ) -> TrendProjection? {
        guard let line = TrendProjection.line(through: points) else { return nil }
        let projected = line.valueAt(targetYear)
        let meets = comparison.holds(
            EvaluationNumberFormat.rounded(projected, decimals: decimals),
            EvaluationNumberFormat.rounded(target, decimals: decimals)
        )
        return TrendProjection(
            method: .leastSquaresLine, years: points.map(\.year).sorted(), slopePerYear: line.slope,
            targetYear: targetYear, projectedValue: projected, meetsTarget: meets
        )
    }

    /// Whether the computed base agrees with the printed one within half a unit of the last
    /// printed decimal, with a warning at the YAML base value when it does not.
    public static func checkBase(_ indicator: PlanIndicator, computedBase: Double) -> (matches: Bool?, warning: Diagnostic?) {
        guard let printed = indicator.base.value else { return (nil, nil) }
        let decimals = indicator.base.decimals ?? 0
        let tolerance = 0.5 / EvaluationNumberFormat.pow10(decimals)
        let difference = computedBase - printed
        // A hair of slack for binary floating point at the exact half.
        guard abs(difference) > tolerance + 1e-9 * max(1, abs(printed)) else { return (true, nil) }
        let shown = EvaluationNumberFormat.fixed(computedBase, decimals: decimals + 2)
        let printedText = indicator.base.printed ?? EvaluationNumberFormat.fixed(printed, decimals: decimals)
        let message = "indicator '\(indicator.id)' (\(indicator.name)): the \(indicator.base.year) value computed from the statistics is \(shown), but the plan prints \(printedText); they differ by \(EvaluationNumberFormat.text(difference, decimals: decimals + 2)), more than the plan's rounding (±\(EvaluationNumberFormat.text(tolerance, decimals: decimals + 1)))"
        return (false, .warning(indicator.base.location, message))
    }
}
