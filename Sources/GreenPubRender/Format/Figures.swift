import GreenPubCharts

/// Numbers as the site prints them: fixed decimals, no locale, "—" for a missing value.
public enum Figures {
    public static func number(_ value: Double?, decimals: Int, grouping: Bool = false) -> String {
        ChartNumberFormat.format(value, decimals: decimals, grouping: grouping)
    }

    public static func percent(_ value: Double?, decimals: Int = 2) -> String {
        guard let value, value.isFinite else { return ChartNumberFormat.missing }
        return ChartNumberFormat.format(value, decimals: decimals) + "%"
    }

    /// A signed change: "+1.20" or "−0.48" (with a true minus sign).
    public static func signed(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return ChartNumberFormat.missing }
        let text = ChartNumberFormat.format(abs(value), decimals: decimals)
        if text == ChartNumberFormat.format(0, decimals: decimals) { return text }
        return (value < 0 ? "−" : "+") + text
    }

    /// "比2020年下降9.53%" / "比2020年上升1.20%" / "与2020年持平".
    public static func changeInWords(_ percent: Double?, since year: Int, decimals: Int = 2) -> String {
        guard let percent, percent.isFinite else { return "" }
        let magnitude = ChartNumberFormat.format(abs(percent), decimals: decimals)
        if magnitude == ChartNumberFormat.format(0, decimals: decimals) { return "与\(year)年持平" }
        return "比\(year)年\(percent < 0 ? "下降" : "上升")\(magnitude)%"
    }

    /// Ten-thousands (万) with two decimals, as the plan prints area and users: 129.21.
    public static func wan(_ value: Double, decimals: Int = 2) -> String {
        ChartNumberFormat.format(value / 10_000, decimals: decimals)
    }

    /// Decimals the plan uses for a unit of measure.
    public static func decimals(forUnit unit: String) -> Int {
        switch unit {
        case "吨标准煤", "吨", "tce", "t", "立方米", "m³", "千瓦时", "kWh", "平方米", "m²", "人", "辆", "个": 0
        default: 2
        }
    }
}
