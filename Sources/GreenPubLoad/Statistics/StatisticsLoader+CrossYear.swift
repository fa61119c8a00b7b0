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
        // Each id's intensity in the latest file read so far, and that file's position: one
        // table updated in place (30,000 institutions × 6 years are 180,000 lookups).
        var latest: [String: (file: Int, year: Int, intensity: Double)] = [:]
        latest.reserveCapacity(ordered.map(\.institutions.count).max() ?? 0)
        var warnings: [Diagnostic] = []
        for (file, statistics) in ordered.enumerated() {
            let set = factors.factors(for: statistics.year)
            for record in statistics.institutions where record.areaM2 > 0 {
                let intensity = energyIntensity(of: record, factors: set)
                guard let index = latest.index(forKey: record.id) else {
                    latest[record.id] = (file, statistics.year, intensity)
                    continue
                }
                let before = latest.values[index]
                if before.file == file { continue }  // an id given twice in a year: the first row counts
                latest.values[index] = (file, statistics.year, intensity)
                guard before.year < statistics.year,
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
