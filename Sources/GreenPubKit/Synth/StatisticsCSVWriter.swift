import GreenPubModel

/// Writes a year's statistics as `content/data/statistics/<YEAR>.csv`: UTF-8, comma-separated,
/// RFC 4180 quoting, a header of the canonical keys, one row per institution, numbers without
/// thousands separators in a fixed, locale-free format.
public enum StatisticsCSVWriter {
    /// The canonical keys, in the order written.
    public static let header = [
        "id", "name", "category", "level", "area_m2", "users", "vehicles", "nev", "electricity_kwh",
        "water_m3", "coal_kg", "gas_m3", "lpg_kg", "gasoline_l", "diesel_l", "heat_mj", "pv_kwh",
    ]

    public static func csv(_ statistics: YearStatistics) -> String {
        var text = header.joined(separator: ",") + "\n"
        for record in statistics.institutions {
            let fields = [
                record.id, record.name, record.category.code, record.level?.chineseName ?? "",
                number(record.areaM2), number(record.users), String(record.vehicles), String(record.newEnergyVehicles),
                number(record.energy.electricityKWh), number(record.waterM3), number(record.energy.coalKg),
                number(record.energy.gasM3), number(record.energy.lpgKg), number(record.energy.gasolineL),
                number(record.energy.dieselL), number(record.energy.heatMJ), number(record.pvKWh),
            ]
            text += fields.map(quoted).joined(separator: ",") + "\n"
        }
        return text
    }

    /// A number as plain digits: whole numbers without a decimal point, others with up to four
    /// decimals, trailing zeros dropped.
    static func number(_ value: Double) -> String {
        let tenThousandths = (value * 10_000).rounded()
        guard tenThousandths.magnitude < 9e18 else { return String(describing: value) }
        let scaled = Int64(tenThousandths)
        let sign = scaled < 0 ? "-" : ""
        let magnitude = scaled.magnitude
        let whole = String(magnitude / 10_000)
        var fraction = String(magnitude % 10_000)
        fraction = String(repeating: "0", count: 4 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes.
    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
