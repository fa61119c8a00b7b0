/// The fixed Chinese words the charts print.
enum ChartStrings {
    static let dataTable = "数据表"
    static let unitPrefix = "单位："
    static let noData = "无数据"
    static let total = "合计"
    static let share = "占比"
    static let value = "数值"
    static let year = "年份"
    static let targetPath = "目标路径"
    static let target = "目标"
    static let targetValue = "目标值"
    static let baseYear = "基准年"
    static let targetYear = "目标年"
    static let reached = "已达目标"
    static let regressed = "逆向"
    static let base = "基准值"
    static let current = "当前值"
    static let expected = "应达值"
    static let progress = "完成进度"
    static let negativeExcluded = "负值不计入占比"
    static let item = "序号"

    /// Joins sentences the Chinese way: no space after a full stop; a full stop is added to a
    /// part that does not end with punctuation.
    static func sentences(_ parts: [String]) -> String {
        var result = ""
        for part in parts { appendSentence(part, to: &result) }
        return result
    }

    /// Appends one part as `sentences` joins it: nothing for an empty part, a full stop after a
    /// part that does not end with punctuation. (The summaries drawn for every institution
    /// append their parts to one string instead of joining temporary ones.)
    static func appendSentence(_ part: String, to text: inout String) {
        guard let last = part.last else { return }
        text += part
        if !"。！？；.!?;）)".contains(last) { text += "。" }
    }

    /// Appends `valueWithUnit(formatted, unit)` without making it first.
    static func appendValueWithUnit(_ formatted: String, _ unit: String, to text: inout String) {
        text += formatted
        if unit.isEmpty || isMissing(formatted) { return }
        if !isPercent(unit) { text += " " }
        text += unit
    }

    /// `label（unit）`, or `label` alone when the unit is empty.
    static func withUnit(_ label: String, _ unit: String) -> String {
        unit.isEmpty ? label : label + "（" + unit + "）"
    }

    /// `value unit` with a space unless the unit is `%` or empty.
    static func valueWithUnit(_ formatted: String, _ unit: String) -> String {
        var text = ""
        appendValueWithUnit(formatted, unit, to: &text)
        return text
    }

    /// True for `ChartNumberFormat.missing`, compared by bytes (Unicode-aware `==` on Chinese
    /// text costs more, and both sides are GreenPub's own NFC text).
    static func isMissing(_ formatted: String) -> Bool {
        sameBytes(formatted, ChartNumberFormat.missing)
    }

    /// True for `%` and `％`, which follow the number without a space.
    static func isPercent(_ unit: String) -> Bool {
        sameBytes(unit, "%") || sameBytes(unit, "％")
    }

    /// Byte equality, rejecting texts of another length at once (most are numbers and units).
    private static func sameBytes(_ text: String, _ other: String) -> Bool {
        text.utf8.count == other.utf8.count && text.utf8.elementsEqual(other.utf8)
    }
}
