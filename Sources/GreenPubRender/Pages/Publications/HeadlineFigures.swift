import GreenPubCompute
import GreenPubModel

/// The headline figures of a statistics year as cards: the county's size, energy, carbon and
/// water, each formatted like `{{< figure >}}` quotes it and with its change since the first
/// statistics year (the plan's base year in the sample).
enum HeadlineFigures {
    struct Card {
        let label: String
        let value: String
        let unit: String
        /// 比2020年下降6.40%; nil for the first year and for counts.
        let note: String?
        let href: String
    }

    /// The figures, by `SiteFigureMetric` name, with the change shown for the flows.
    static let metrics: [(name: String, showsChange: Bool)] = [
        ("institutions", false), ("area_wan_m2", false), ("users_wan", false),
        ("energy_tce", true), ("co2_t", true), ("water_wan_m3", true), ("energy_per_area", true),
    ]

    static func cards(data: SiteData, year: Int, from: String) -> [Card] {
        guard let accounts = data.accounts(for: year) else { return [] }
        let first = data.accounts.first
        return metrics.compactMap { item in
            guard let metric = SiteFigureMetric.named(item.name),
                  let value = metric.value(in: accounts, group: nil, mean: false) else { return nil }
            var note: String?
            if item.showsChange, let first, first.year < year, let base = metric.value(in: first, group: nil, mean: false), base != 0 {
                note = "比\(first.year)年" + SiteFigureText.change((value - base) / base * 100, decimals: 2, unit: "%")
            }
            return Card(label: metric.chineseName, value: Figures.number(value, decimals: metric.decimals), unit: metric.unit,
                        note: note, href: RelativeURL.link(from: from, to: SiteLinks.structure(year)))
        }
    }
}
