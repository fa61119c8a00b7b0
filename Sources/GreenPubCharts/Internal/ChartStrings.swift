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
        for part in parts where !part.isEmpty {
            result += part
            if let last = part.last, !"。！？；.!?;）)".contains(last) { result += "。" }
        }
        return result
    }

    /// `label（unit）`, or `label` alone when the unit is empty.
    static func withUnit(_ label: String, _ unit: String) -> String {
        unit.isEmpty ? label : label + "（" + unit + "）"
    }

    /// `value unit` with a space unless the unit is `%` or empty.
    static func valueWithUnit(_ formatted: String, _ unit: String) -> String {
        if unit.isEmpty || formatted == ChartNumberFormat.missing { return formatted }
        if unit == "%" || unit == "％" { return formatted + unit }
        return formatted + " " + unit
    }
}
