import GreenPubModel

extension StatisticsLoader {
    /// Cross-year checks over all loaded years (pure): an institution whose energy intensity
    /// (kgce per m² of floor area, each year with its own factors) changes by more than
    /// `settings.intensityChangeFactor`, up or down, from the last earlier year that has it is
    /// reported as a warning at its row.
    public static func crossYearWarnings(
        _ years: [YearStatistics], factors: FactorTable, settings: StatisticsCheckSettings
    ) -> [Diagnostic] {
        let ordered = years.enumerated().sorted { a, b in
            a.element.year != b.element.year ? a.element.year < b.element.year : a.offset < b.offset
        }.map(\.element)
        var previous: [String: (year: Int, intensity: Double)] = [:]
        var warnings: [Diagnostic] = []
        for statistics in ordered {
            let set = factors.factors(for: statistics.year)
            var current: [String: (year: Int, intensity: Double)] = [:]
            for record in statistics.institutions where record.areaM2 > 0 && current[record.id] == nil {
                let intensity = energyIntensity(of: record, factors: set)
                current[record.id] = (statistics.year, intensity)
                guard let before = previous[record.id], before.year < statistics.year,
                      let change = changeFactor(from: before.intensity, to: intensity),
                      change > settings.intensityChangeFactor else { continue }
                let changeText = change.isInfinite ? "from zero" : "by a factor of \(DecimalText.fixed(change, digits: 2))"
                warnings.append(.warning(record.location,
                    "the energy intensity of \(record.name) (\(record.id)) went from "
                        + "\(DecimalText.intensity(before.intensity)) kgce/m² in \(before.year) to "
                        + "\(DecimalText.intensity(intensity)) kgce/m² in \(statistics.year), \(changeText) "
                        + "(the check flags changes beyond \(DecimalText.plain(settings.intensityChangeFactor))×); "
                        + "check its floor area and consumption in both years"))
            }
            previous.merge(current) { _, new in new }
        }
        return warnings
    }

    /// kgce per m²: every source's quantity times its standard-coal coefficient, over the floor area.
    static func energyIntensity(of record: InstitutionRecord, factors: FactorSet) -> Double {
        var kgce = 0.0
        for source in EnergySource.allCases {
            kgce += record.energy[source] * factors.kgce(per: source)
        }
        return kgce / record.areaM2
    }

    /// How many times larger the bigger value is than the smaller; nil when both are zero,
    /// infinity when only one is.
    private static func changeFactor(from old: Double, to new: Double) -> Double? {
        let low = min(old, new), high = max(old, new)
        if high == 0 { return nil }
        if low == 0 { return .infinity }
        return high / low
    }
}
