import GreenPubCompute
import GreenPubModel
import Testing

/// The mean-of-institutions shares, summed for every scope in one pass per year, against the
/// definition: the plain mean of the institutions' own shares that are defined, in row order.
@Suite struct MetricSeriesShareMeanTests {
    static func definition(_ metric: PlanMetric, scope: IndicatorScope, in year: YearAccounts) -> Double? {
        let members = year.institutions.filter { scope == .county || .group($0.group) == scope }
        let values: [Double] = members.compactMap { institution in
            let totals = institution.totals
            switch metric {
            case .coalShare: return totals.totalEnergyTce > 0 ? totals.energySharesPercent.coal : nil
            case .electricityShare: return totals.totalEnergyTce > 0 ? totals.energySharesPercent.electricity : nil
            case .nevShare: return totals.nevSharePercent
            default: return nil
            }
        }
        if values.isEmpty { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    @Test(arguments: [PlanMetric.coalShare, .electricityShare, .nevShare])
    func everyScopeAndYearMatchesTheDefinition(_ metric: PlanMetric) throws {
        let series = MetricSeriesBuilder.series(from: sampleAccounts)
        let scopes: [IndicatorScope] = [.county] + InstitutionGroup.allCases.map { .group($0) }
        for scope in scopes {
            let key = MetricKey(metric: metric, scope: scope, aggregation: .meanOfInstitutions)
            let found = try #require(series.first { $0.key == key })
            let expected = sampleAccounts.compactMap { year in
                Self.definition(metric, scope: scope, in: year).map { YearValue(year: year.year, value: $0) }
            }
            #expect(found.values == expected, "\(key)")
            #expect(!expected.isEmpty)
            for year in sampleAccounts {
                #expect(MetricSeriesBuilder.value(of: metric, scope: scope, aggregation: .meanOfInstitutions, in: year)
                    == Self.definition(metric, scope: scope, in: year))
            }
        }
    }
}
