import Testing
@testable import GreenPubCompute
import GreenPubModel

private let file = "content/plans/t.yaml"

/// 单位建筑面积能耗 as in 专栏1: 11.92 -> ≤11.44 (2020 -> 2025), 约束性, printed with 2 decimals.
private func energyPerArea(
    attribute: IndicatorAttribute? = .binding, target: Double? = 11.44, changePercent: Double? = nil,
    printedBase: Double? = 11.92, baseDecimals: Int = 2, displayScale: Double = 1
) -> PlanIndicator {
    PlanIndicator(
        id: "county-energy-per-area", name: "单位建筑面积能耗（千克标煤/平方米·年）", section: nil,
        unit: "千克标煤/平方米·年", scope: .county, metric: .energyPerArea, aggregation: .ratioOfTotals,
        displayScale: displayScale,
        base: .init(year: 2020, printed: printedBase.map { String($0) }, value: printedBase,
                    decimals: printedBase == nil ? nil : baseDecimals, location: SourceLocation(file: file, line: 16, column: 49)),
        target: .init(year: 2025, comparison: .lessOrEqual, value: target, changePercent: changePercent,
                      printed: nil, decimals: 2, location: SourceLocation(file: file, line: 17, column: 13)),
        direction: .lowerIsBetter, attribute: attribute, text: nil,
        location: SourceLocation(file: file, line: 8, column: 5)
    )
}

private func evaluate(_ indicator: PlanIndicator, _ year: Int, _ values: [(Int, Double)]) -> (IndicatorEvaluation?, [Diagnostic]) {
    IndicatorEvaluator.evaluate(indicator, year: year, valuesByYear: values.map { (year: $0.0, value: $0.1) })
}

@Suite struct EvaluationIndicatorTests {
    @Test func straightPathFromTheComputedBase() throws {
        // The path starts at the computed base (11.90), not the printed 11.92.
        let (result, _) = evaluate(energyPerArea(), 2022, [(2020, 11.90), (2021, 11.80), (2022, 11.70)])
        let evaluation = try #require(result)
        #expect(evaluation.computedBase == 11.90)
        #expect(abs(evaluation.path - (11.90 + (11.44 - 11.90) * 2 / 5)) < 1e-12)   // 11.716
        #expect(abs(evaluation.gapToPath - (11.70 - 11.716)) < 1e-12)
        #expect(abs(evaluation.change - (-0.20)) < 1e-12)
        #expect(abs((evaluation.changePercent ?? 0) - (-0.20 / 11.90 * 100)) < 1e-12)
        #expect(evaluation.target == 11.44 && evaluation.targetYear == 2025)
        #expect(evaluation.status == .onTrack)
        #expect(IndicatorEvaluator.pathValue(base: 10, baseYear: 2020, target: 5, targetYear: 2025, year: 2027) == 5)
        #expect(IndicatorEvaluator.pathValue(base: 10, baseYear: 2020, target: 5, targetYear: 2025, year: 2020) == 10)
    }

    @Test func everyStatus() throws {
        let indicator = energyPerArea()
        let series = [(2020, 11.92), (2021, 11.95), (2022, 11.40), (2023, 11.70), (2024, 11.60), (2025, 11.50)]
        func status(_ year: Int, _ values: [(Int, Double)] = series) -> IndicatorStatus? {
            evaluate(indicator, year, values).0?.status
        }
        #expect(status(2020) == .onTrack)   // on the path's start
        #expect(status(2021) == .behind)    // above 11.824
        #expect(status(2022) == .met)       // ≤ 11.44 already
        #expect(status(2023) == .behind)    // path 11.632
        #expect(status(2024) == .behind)    // path 11.536
        #expect(status(2025) == .missed)    // 11.50 > 11.44 in the target year
        #expect(status(2025, series.dropLast() + [(2025, 11.44)]) == .met)
        #expect(status(2024, series.dropLast(2) + [(2024, 11.53)]) == .onTrack)
    }

    @Test func comparisonsAreAtThePlansPrecision() throws {
        // 11.444 prints as 11.44: it meets ≤11.44.
        let (met, _) = evaluate(energyPerArea(), 2025, [(2020, 11.92), (2025, 11.444)])
        #expect(met?.status == .met)
        let (missed, _) = evaluate(energyPerArea(), 2025, [(2020, 11.92), (2025, 11.445)])
        #expect(missed?.status == .missed)
    }

    @Test func bindingIndicatorsBehindAreFlagged() throws {
        let values = [(2020, 11.92), (2021, 12.10)]
        #expect(evaluate(energyPerArea(attribute: .binding), 2021, values).0?.isFlagged == true)
        #expect(evaluate(energyPerArea(attribute: .expected), 2021, values).0?.isFlagged == false)
        #expect(evaluate(energyPerArea(attribute: nil), 2021, values).0?.isBinding == false)
        #expect(evaluate(energyPerArea(attribute: .binding), 2021, [(2020, 11.92), (2021, 11.80)]).0?.isFlagged == false)
    }

    @Test func relativeTargetFromTheComputedBase() throws {
        let indicator = energyPerArea(target: nil, changePercent: -5, printedBase: nil)
        let (result, diagnostics) = evaluate(indicator, 2021, [(2020, 12.0), (2021, 11.8)])
        let evaluation = try #require(result)
        #expect(diagnostics.isEmpty)
        #expect(abs(evaluation.target - 11.4) < 1e-12)
        #expect(abs(evaluation.path - 11.88) < 1e-12)
        #expect(evaluation.status == .onTrack)
        #expect(evaluation.baseMatchesPrinted == nil && evaluation.printedBase == nil)
    }

    @Test func displayScaleTurnsCubicMetresIntoWan() throws {
        let indicator = energyPerArea(target: 201, printedBase: 211, baseDecimals: 0, displayScale: 10_000)
        let (result, diagnostics) = evaluate(indicator, 2021, [(2020, 2_110_400), (2021, 2_090_000)])
        let evaluation = try #require(result)
        #expect(diagnostics.isEmpty)
        #expect(abs(evaluation.value - 209) < 1e-9)
        #expect(abs(evaluation.computedBase - 211.04) < 1e-9)
    }

    @Test func projectionIsTheLeastSquaresLine() throws {
        // Points (2020, 12), (2021, 11.9), (2022, 11.6), (2023, 11.5): mean year 2021.5, mean
        // value 11.75; slope = Σdx·dy / Σdx² = (-1.5·0.25 - 0.5·0.15 + 0.5·-0.15 + 1.5·-0.25) / 5 = -0.18.
        let values = [(2020, 12.0), (2021, 11.9), (2022, 11.6), (2023, 11.5), (2024, 10.0)]
        let (result, _) = evaluate(energyPerArea(printedBase: nil), 2023, values)
        let projection = try #require(result?.projection)
        #expect(projection.method == .leastSquaresLine)
        #expect(projection.years == [2020, 2021, 2022, 2023])   // not 2024: only the years so far
        #expect(abs(projection.slopePerYear - (-0.18)) < 1e-12)
        #expect(abs(projection.projectedValue - (11.75 - 0.18 * 3.5)) < 1e-12)   // 11.12
        #expect(projection.meetsTarget)
        // One year of values has no trend; the target year needs no projection.
        #expect(evaluate(energyPerArea(), 2020, values).0?.projection == nil)
        #expect(evaluate(energyPerArea(), 2025, values + [(2025, 11.0)]).0?.projection == nil)
    }

    @Test func computedBaseDifferentFromThePrintedOneIsWarnedAtTheYAMLBase() throws {
        let (result, diagnostics) = evaluate(energyPerArea(), 2021, [(2020, 11.9512), (2021, 11.8)])
        #expect(result?.baseMatchesPrinted == false)
        #expect(diagnostics.map(\.description) == [
            "content/plans/t.yaml:16:49: warning: indicator 'county-energy-per-area' (单位建筑面积能耗（千克标煤/平方米·年）): the 2020 value computed from the statistics is 11.9512, but the plan prints 11.92; they differ by 0.0312, more than the plan's rounding (±0.005)",
        ])
        // Within half a unit of the last printed decimal: no warning.
        let (within, quiet) = evaluate(energyPerArea(), 2021, [(2020, 11.9249), (2021, 11.8)])
        #expect(quiet.isEmpty && within?.baseMatchesPrinted == true)
        #expect(!evaluate(energyPerArea(), 2021, [(2020, 11.9251), (2021, 11.8)]).1.isEmpty)
    }

    @Test func missingValues() {
        let (noBase, baseWarning) = evaluate(energyPerArea(), 2021, [(2021, 11.8)])
        #expect(noBase == nil)
        #expect(baseWarning.map(\.description) == [
            "content/plans/t.yaml:8:5: warning: indicator 'county-energy-per-area' has no 2020 value (its base year) for energy_per_area (county, ratio_of_totals); it is not evaluated",
        ])
        #expect(evaluate(energyPerArea(), 2019, [(2019, 12), (2020, 11.92)]).0 == nil)
        #expect(evaluate(energyPerArea(), 2019, [(2019, 12), (2020, 11.92)]).1.isEmpty)
    }

    @Test func planEvaluatorWarnsOncePerIndicator() throws {
        let indicator = energyPerArea()
        let other = PlanIndicator(
            id: "county-coal", name: "煤炭占比", section: nil, unit: "%", scope: .county, metric: .coalShare,
            aggregation: .ratioOfTotals, displayScale: 1,
            base: .init(year: 2020, printed: nil, value: nil, decimals: nil, location: SourceLocation(file: file, line: 30, column: 11)),
            target: .init(year: 2025, comparison: .less, value: 2, changePercent: nil, printed: nil, decimals: nil,
                          location: SourceLocation(file: file, line: 31, column: 13)),
            direction: .lowerIsBetter, attribute: nil, text: nil, location: SourceLocation(file: file, line: 29, column: 5)
        )
        let plan = Plan(
            id: "p", title: "t", issuers: ["i"], date: CalendarDate.endOfYear(2022), documentNumber: nil,
            jurisdiction: nil, period: PlanPeriod(startYear: 2021, endYear: 2025), indicatorTable: nil,
            indicators: [indicator, other], columns: [], targets: [], file: file
        )
        let series = PlanMetricSeries(key: indicator.metricKey, values: [
            YearValue(year: 2021, value: 11.8), YearValue(year: 2020, value: 12.0), YearValue(year: 2022, value: 11.6),
        ])
        let (evaluation, diagnostics) = PlanEvaluator.evaluate(
            plan, years: [2022, 2020, 2021], entries: [], institutions: [], metrics: [series]
        )
        #expect(evaluation.years.map(\.year) == [2020, 2021, 2022])
        #expect(evaluation.years.map { $0.indicators.map(\.indicatorID) } == [["county-energy-per-area"], ["county-energy-per-area"], ["county-energy-per-area"]])
        #expect(diagnostics.map(\.description) == [
            "content/plans/t.yaml:16:49: warning: indicator 'county-energy-per-area' (单位建筑面积能耗（千克标煤/平方米·年）): the 2020 value computed from the statistics is 12.0000, but the plan prints 11.92; they differ by 0.08, more than the plan's rounding (±0.005)",
            "content/plans/t.yaml:29:5: warning: no values for coal_share (county, ratio_of_totals); indicator 'county-coal' is not evaluated",
        ])
    }
}
