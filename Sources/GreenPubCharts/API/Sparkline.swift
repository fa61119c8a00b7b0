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
        func describe(_ point: (Int, Double)) -> String {
            label(at: point.0) + " " + ChartStrings.valueWithUnit(formatted(point.1), unit)
        }
        var text = "首 " + describe(first) + "，末 " + describe(last) + "，最低 " + describe(lowest) + "，最高 " + describe(highest) + "。"
        if present.count < values.count { text += "缺 \(values.count - present.count) 个值。" }
        return text
    }

    public func svg() -> String {
        var writer = SVGWriter(chartID: id)
        let color = key.flatMap(ChartPalette.style(forKey:))?.color ?? ChartPalette.fallbackStyles[0].color
        let width = self.width.isFinite && self.width > 8 ? self.width : 96
        let height = self.height.isFinite && self.height > 8 ? self.height : 24
        let pad = 3.0
        let cleaned = values.map(finite)
        let present = cleaned.compactMap { $0 }
        if let low = present.min(), let high = present.max() {
            func x(_ index: Int) -> Double {
                cleaned.count > 1 ? pad + Double(index) / Double(cleaned.count - 1) * (width - 2 * pad) : width / 2
            }
            func y(_ value: Double) -> Double {
                high > low ? height - pad - (value - low) / (high - low) * (height - 2 * pad) : height / 2
            }
            func point(_ entry: (Int, Double)) -> String { Markup.number(x(entry.0)) + "," + Markup.number(y(entry.1)) }
            var run: [(Int, Double)] = []
            var last: (Int, Double)?
            func flush() {
                if run.count > 1 {
                    let points = run.map(point).joined(separator: " ")
                    writer.raw("<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
                } else if let only = run.first {
                    writer.raw("<circle cx=\"\(Markup.number(x(only.0)))\" cy=\"\(Markup.number(y(only.1)))\" r=\"1.6\" fill=\"\(color)\"/>")
                }
                run = []
            }
            for (index, value) in cleaned.enumerated() {
                if let value {
                    run.append((index, value))
                    last = (index, value)
                } else {
                    flush()
                }
            }
            flush()
            if let last {
                writer.raw("<circle cx=\"\(Markup.number(x(last.0)))\" cy=\"\(Markup.number(y(last.1)))\" r=\"2.5\" fill=\"\(color)\"/>")
            }
        } else {
            writer.line(x1: pad, y1: height / 2, x2: width - pad, y2: height / 2, stroke: ChartPalette.axis, dash: "2 3")
        }
        return writer.document(kind: "sparkline", width: width, height: height, title: title, description: summary,
                               defs: [], fixedSize: true)
    }

    public func dataTableHTML() -> String {
        let header = xLabels.isEmpty ? ChartStrings.item : xHeader
        let rows = values.indices.map { (header: label(at: $0), cells: [formatted(values[$0])]) }
        return DataTable(columns: [header, ChartStrings.withUnit(ChartStrings.value, unit)], rows: rows)
            .html(chartID: id, caption: title, unit: "")
    }
}
