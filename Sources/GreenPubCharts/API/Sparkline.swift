import GreenPubBytes

/// A word-sized line for a table cell: no axes or text, but still an image with a title and
/// a description giving the first, last, lowest and highest values.
public struct Sparkline: Chart {
    public var id: String
    public var title: String
    /// The values in order; `nil`, NaN and infinities break the line.
    public var values: [Double?]
    /// Labels of the values (years) for the description and the data table; may be empty.
    public var xLabels: [String]
    /// Header of the label column in the data table.
    public var xHeader: String
    public var unit: String
    public var decimals: Int
    /// Palette key choosing the colour; `nil` uses the first fallback colour.
    public var key: String?
    /// Size in user units (and CSS pixels).
    public var width: Double
    public var height: Double

    public init(id: String, title: String, values: [Double?], xLabels: [String] = [], xHeader: String = "年份",
                unit: String = "", decimals: Int = 2, key: String? = nil, width: Double = 96, height: Double = 24) {
        self.id = id
        self.title = title
        self.values = values
        self.xLabels = xLabels
        self.xHeader = xHeader
        self.unit = unit
        self.decimals = decimals
        self.key = key
        self.width = width
        self.height = height
    }

    func formatted(_ value: Double?) -> String {
        ChartNumberFormat.format(finite(value), decimals: decimals)
    }

    /// The label of value `index`: its x label, or its position counted from 1.
    func label(at index: Int) -> String {
        index < xLabels.count ? xLabels[index] : String(index + 1)
    }

    var summary: String {
        let present = values.indices.compactMap { index in finite(values[index]).map { (index, $0) } }
        guard let first = present.first, let last = present.last,
              let lowest = present.min(by: { $0.1 < $1.1 || $0.1 == $1.1 && $0.0 < $1.0 }),
              let highest = present.max(by: { $0.1 < $1.1 || $0.1 == $1.1 && $0.0 > $1.0 }) else {
            return ChartStrings.noData + "。"
        }
        // Appended to one string as it is made (a list page has one sparkline per institution).
        var text = ""
        text.reserveCapacity(128)
        for (word, point) in [("首 ", first), ("，末 ", last), ("，最低 ", lowest), ("，最高 ", highest)] {
            text += word
            text += label(at: point.0)
            text += " "
            ChartStrings.appendValueWithUnit(formatted(point.1), unit, to: &text)
        }
        text += "。"
        if present.count < values.count { text += "缺 \(values.count - present.count) 个值。" }
        return text
    }

    public func writeDataTable(to output: ByteBuffer) {
        let header = xLabels.isEmpty ? ChartStrings.item : xHeader
        let rows = values.indices.map { (header: label(at: $0), cells: [formatted(values[$0])]) }
        DataTable(columns: [header, ChartStrings.withUnit(ChartStrings.value, unit)], rows: rows)
            .write(to: output, chartID: id, caption: title)
    }
}
