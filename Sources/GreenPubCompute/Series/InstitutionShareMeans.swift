import GreenPubModel

/// One year's means of the institutions' own shares (coal and electricity in their energy, new
/// energy among their vehicles) for the county and each group: the `meanOfInstitutions`
/// aggregation of the share metrics. Summed in one pass over the year's institutions, in their
/// order, instead of one pass per metric and scope.
struct InstitutionShareMeans {
    static let metrics: [PlanMetric] = [.coalShare, .electricityShare, .nevShare]

    /// Sum and count of the defined shares, by scope (county first, then each group in
    /// `InstitutionGroup.allCases` order) and metric (`metrics` order).
    private var sums: [[(sum: Double, count: Int)]]

    init(_ year: YearAccounts) {
        var sums = Array(repeating: Array(repeating: (sum: 0.0, count: 0), count: Self.metrics.count),
                         count: 1 + InstitutionGroup.allCases.count)
        for institution in year.institutions {
            let group = 1 + institution.group.order
            for (index, metric) in Self.metrics.enumerated() {
                guard let value = MetricSeriesBuilder.share(metric, of: institution.totals) else { continue }
                sums[0][index].sum += value
                sums[0][index].count += 1
                sums[group][index].sum += value
                sums[group][index].count += 1
            }
        }
        self.sums = sums
    }

    /// The mean of `metric` over the scope's institutions that have it; nil when none has.
    func mean(_ metric: PlanMetric, scope: IndicatorScope) -> Double? {
        guard let index = Self.metrics.firstIndex(of: metric) else { return nil }
        let row: Int
        switch scope {
        case .county: row = 0
        case let .group(group): row = 1 + group.order
        }
        let (sum, count) = sums[row][index]
        return count == 0 ? nil : sum / Double(count)
    }
}
