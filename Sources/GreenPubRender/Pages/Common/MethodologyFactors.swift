import GreenPubModel

/// The factor tables of the methodology page, from `SiteData.factors`.
enum MethodologyFactors {
    /// A row of a factor table: what, the value, its unit and its source.
    struct Row {
        let name: String
        let value: String
        let unit: String
        let source: String
    }

    /// A year whose set differs from the default set, and how.
    struct YearOverride {
        let year: Int
        let rows: [Row]
    }

    /// Standard-coal coefficients (折标准煤系数) of a set, electricity by the 当量值 first and
    /// the 等价值 beside it.
    static func standardCoal(_ set: FactorSet) -> [Row] {
        var rows: [Row] = []
        for source in EnergySource.allCases {
            let name = source == .electricity ? "电力（当量值，本站采用）" : source.chineseName
            rows.append(row(name, set.standardCoal[source], unit: "千克标准煤/\(source.displayUnit)"))
            if source == .electricity {
                rows.append(row("电力（等价值，并列显示）", set.electricityEqualValue, unit: "千克标准煤/千瓦时"))
            }
        }
        return rows
    }

    static func densities(_ set: FactorSet) -> [Row] {
        [row("汽油", set.gasolineDensity, unit: "千克/升"), row("柴油", set.dieselDensity, unit: "千克/升")]
    }

    static func co2(_ set: FactorSet) -> [Row] {
        EnergySource.allCases.map { row($0.chineseName, set.co2[$0], unit: "千克二氧化碳/\($0.displayUnit)") }
    }

    /// CO2 per tonne of standard coal of each source (emission factor ÷ standard-coal
    /// coefficient): how much carbon a tce of each source carries in these accounts.
    static func co2PerTce(_ set: FactorSet) -> [Row] {
        EnergySource.allCases.compactMap { source in
            guard let coal = set.standardCoal[source]?.value, coal > 0, let co2 = set.co2[source]?.value else { return nil }
            let note = source == .electricity ? "电力按当量值折算" : ""
            return Row(name: source.chineseName, value: Figures.number(co2 / coal, decimals: 3), unit: "吨二氧化碳/吨标准煤", source: note)
        }
    }

    /// Every value of each year's set that differs from the default set, years ascending.
    static func overrides(_ table: FactorTable) -> [YearOverride] {
        table.byYear.keys.sorted().compactMap { year in
            guard let set = table.byYear[year] else { return nil }
            let pairs = zip(standardCoal(set) + densities(set) + co2(set),
                            standardCoal(table.defaults) + densities(table.defaults) + co2(table.defaults))
            let changed = pairs.filter { $0.0.value != $0.1.value || $0.0.source != $0.1.source }.map { yearRow, defaultRow in
                Row(name: yearRow.name, value: "\(yearRow.value)（默认 \(defaultRow.value)）", unit: yearRow.unit, source: yearRow.source)
            }
            return changed.isEmpty ? nil : YearOverride(year: year, rows: changed)
        }
    }

    static func row(_ name: String, _ value: SourcedValue?, unit: String) -> Row {
        guard let value else { return Row(name: name, value: Figures.number(nil, decimals: 0), unit: unit, source: "未给出") }
        return Row(name: name, value: factor(value.value), unit: unit, source: value.source)
    }

    /// A factor as written: up to six decimals, without trailing zeros (0.1229, 1.074122).
    static func factor(_ value: Double) -> String {
        var text = Figures.number(value, decimals: 6)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
