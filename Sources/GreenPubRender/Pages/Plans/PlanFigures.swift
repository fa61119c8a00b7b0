import GreenPubModel

/// Number and date texts of the plan pages, on top of `Figures`: fixed decimals, no locale.
enum PlanFigures {
    /// `2.00` -> `2`, `1.50` -> `1.5`; text without a decimal point is kept.
    static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var text = text
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A value at the plan's decimals, thousands grouped from 10,000 on (`14,786`, `11.44`).
    static func value(_ value: Double?, decimals: Int) -> String {
        guard let value, value.isFinite else { return Figures.number(nil, decimals: decimals) }
        return Figures.number(value, decimals: decimals, grouping: abs(value) >= 10_000)
    }

    /// A register quantity: whole numbers without decimals, others with up to two.
    static func quantity(_ value: Double) -> String {
        trimmed(Figures.number(value, decimals: 2, grouping: abs(value) >= 10_000))
    }

    /// `2022年6月30日`.
    static func date(_ date: CalendarDate?) -> String {
        date?.chineseDescription ?? "—"
    }

    /// A change in percent without its sign, with the word for its direction:
    /// `下降7.47%`, `上升0.52%`, `持平`.
    static func change(percent: Double?) -> String {
        guard let percent, percent.isFinite else { return "变化无法计算" }
        let text = Figures.number(abs(percent), decimals: 2)
        if text == Figures.number(0, decimals: 2) { return "持平" }
        return (percent < 0 ? "下降" : "上升") + text + "%"
    }
}
