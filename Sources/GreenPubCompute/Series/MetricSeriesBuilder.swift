import GreenPubModel

/// Maps the accounts to the metric series the plans' indicators and criteria read: every
/// metric, for the county and each group, in every aggregation that makes sense for it.
public enum MetricSeriesBuilder {
    /// All series over the given years, in a fixed order (metric, scope, aggregation).
    public static func series(from years: [YearAccounts]) -> [PlanMetricSeries] {
        let scopes: [IndicatorScope] = [.county] + InstitutionGroup.allCases.map { .group($0) }
        let shareMeans = ParallelMap.map(years, InstitutionShareMeans.init)
        // One metric's series per task, on every core.
        let byMetric = ParallelMap.map(PlanMetric.allCases) { metric in
            var result: [PlanMetricSeries] = []
            for scope in scopes {
                for aggregation in metric.allowedAggregations {
                    let values = years.indices.compactMap { index -> YearValue? in
                        value(of: metric, scope: scope, aggregation: aggregation, in: years[index], shareMeans: shareMeans[index])
                            .map { YearValue(year: years[index].year, value: $0) }
                    }
                    result.append(PlanMetricSeries(key: MetricKey(metric: metric, scope: scope, aggregation: aggregation), values: values))
                }
            }
            return result
        }
        return byMetric.flatMap { $0 }
    }

    /// One value of one year; nil where it has no meaning (no area, no vehicles, ...).
    public static func value(of metric: PlanMetric, scope: IndicatorScope, aggregation: MetricAggregation,
                             in year: YearAccounts) -> Double? {
        value(of: metric, scope: scope, aggregation: aggregation, in: year, shareMeans: nil)
    }

    /// `value(of:scope:aggregation:in:)` with the year's share means when they are already made.
    static func value(of metric: PlanMetric, scope: IndicatorScope, aggregation: MetricAggregation,
                      in year: YearAccounts, shareMeans: InstitutionShareMeans?) -> Double? {
        let totals: AccountTotals
        let means: Intensities
        switch scope {
        case .county:
            totals = year.county.totals
            means = year.county.meanOfInstitutions
        case let .group(group):
            let account = year.group(group)
            guard account.totals.institutionCount > 0 else { return nil }
            totals = account.totals
            means = account.meanOfInstitutions
        }
        let intensities = aggregation == .meanOfInstitutions ? means : totals.intensities
        switch metric {
        case .energyTce: return totals.totalEnergyTce
        case .waterM3: return totals.waterM3
        case .co2T: return totals.totalCO2Tonnes
        case .buildingEnergyTce: return totals.buildingEnergyTce
        case .vehicleEnergyTce: return totals.vehicleEnergyTce
        case .buildingCO2T: return totals.buildingCO2Tonnes
        case .vehicleCO2T: return totals.vehicleCO2Tonnes
        case .pvKWh: return totals.pvKWh
        case .energyPerArea: return intensities.energyPerArea
        case .energyPerPerson: return intensities.energyPerPerson
        case .waterPerPerson: return intensities.waterPerPerson
        case .co2PerArea: return intensities.co2PerArea
        case .coalShare, .electricityShare, .nevShare:
            if aggregation == .meanOfInstitutions {
                return (shareMeans ?? InstitutionShareMeans(year)).mean(metric, scope: scope)
            }
            return share(metric, of: totals)
        }
    }

    static func share(_ metric: PlanMetric, of totals: AccountTotals) -> Double? {
        switch metric {
        case .coalShare: totals.totalEnergyTce > 0 ? totals.energySharesPercent.coal : nil
        case .electricityShare: totals.totalEnergyTce > 0 ? totals.energySharesPercent.electricity : nil
        case .nevShare: totals.nevSharePercent
        default: nil
        }
    }
}
