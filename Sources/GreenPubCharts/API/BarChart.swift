import GreenPubBytes

/// Bars for rankings (horizontal, one row per category, growing in height with the rows) and
/// for comparisons by year or group (vertical), with one or several series drawn side by side
/// (grouped) or on top of each other (stacked).
///
/// Bars start at a zero line; negative values go left (horizontal) or down (vertical). Stacks
/// put positive parts on one side of zero and negative parts on the other. Missing values draw
/// no bar and are labelled "—". Series shorter than `categories` count as missing at the end;
/// values beyond the last category are ignored.
public struct BarChart: Chart {
    /// Direction of the bars.
    public enum Orientation: String, Sendable, Hashable {
        /// Categories are rows, bars run left to right (rankings; suits long names and many rows).
        case horizontal
        /// Categories are columns, bars run upwards (years, a few groups).
        case vertical
    }

    /// How several series share a category.
    public enum Mode: String, Sendable, Hashable {
        case grouped
        case stacked
    }

    public var id: String
    public var title: String
    /// Extra sentence placed before the generated summary in `<desc>`.
    public var description: String?
    public var orientation: Orientation
    /// Category labels, in drawing order (top to bottom, or left to right).
    public var categories: [String]
    public var series: [ChartSeries]
    public var mode: Mode
    /// Unit of the values, printed as "单位：…" on the axis and in tooltips and the table.
    public var unit: String
    /// Decimals of the value labels and the data table.
    public var decimals: Int
    /// Thousands separators in values.
    public var grouping: Bool
    /// Print each bar's value (grouped) or each stack's total (stacked) at its end.
    public var showsValueLabels: Bool
    /// Header of the label column in the data table.
    public var categoryHeader: String

    public init(id: String, title: String, description: String? = nil, orientation: Orientation = .horizontal,
                categories: [String], series: [ChartSeries], mode: Mode = .grouped, unit: String,
                decimals: Int, grouping: Bool = false, showsValueLabels: Bool = true,
                categoryHeader: String = "类别") {
        self.id = id
        self.title = title
        self.description = description
        self.orientation = orientation
        self.categories = categories
        self.series = series
        self.mode = mode
        self.unit = unit
        self.decimals = decimals
        self.grouping = grouping
        self.showsValueLabels = showsValueLabels
        self.categoryHeader = categoryHeader
    }

    public func writeSVG(to output: ByteBuffer) {
        switch orientation {
        case .horizontal: writeHorizontalSVG(to: output)
        case .vertical: writeVerticalSVG(to: output)
        }
    }
}

extension BarChart {
    /// One bar segment: where it starts and ends on the value axis.
    struct Segment {
        var seriesIndex: Int
        var from: Double
        var to: Double
        var value: Double
    }

    func formatted(_ value: Double?) -> String {
        ChartNumberFormat.format(finite(value), decimals: decimals, grouping: grouping)
    }

    /// The segments of category `index`: one per present value; stacked ones start where the
    /// previous one of the same sign ended.
    func segments(ofCategory index: Int) -> [Segment] {
        var result: [Segment] = []
        var positiveEnd = 0.0
        var negativeEnd = 0.0
        for (seriesIndex, series) in series.enumerated() {
            guard let value = series.value(at: index) else { continue }
            switch mode {
            case .grouped:
                result.append(Segment(seriesIndex: seriesIndex, from: 0, to: value, value: value))
            case .stacked:
                if value >= 0 {
                    result.append(Segment(seriesIndex: seriesIndex, from: positiveEnd, to: positiveEnd + value, value: value))
                    positiveEnd += value
                } else {
                    result.append(Segment(seriesIndex: seriesIndex, from: negativeEnd, to: negativeEnd + value, value: value))
                    negativeEnd += value
                }
            }
        }
        return result
    }

    /// Sum of the present values of category `index` with the given sign; `nil` if none.
    func stackTotal(ofCategory index: Int, positive: Bool) -> Double? {
        let values = series.compactMap { $0.value(at: index) }.filter { positive ? $0 >= 0 : $0 < 0 }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    /// Smallest and largest end of any bar, always including zero.
    var valueExtent: (min: Double, max: Double) {
        var low = 0.0
        var high = 0.0
        for index in categories.indices {
            for segment in segments(ofCategory: index) {
                low = min(low, segment.from, segment.to)
                high = max(high, segment.from, segment.to)
            }
        }
        return (low, high)
    }

    /// The label printed at the end of a bar or stack.
    func valueLabels(ofCategory index: Int) -> [(seriesIndex: Int?, value: Double)] {
        switch mode {
        case .grouped:
            return segments(ofCategory: index).map { ($0.seriesIndex, $0.value) }
        case .stacked:
            var labels: [(seriesIndex: Int?, value: Double)] = []
            if let positive = stackTotal(ofCategory: index, positive: true) { labels.append((nil, positive)) }
            if let negative = stackTotal(ofCategory: index, positive: false) { labels.append((nil, negative)) }
            return labels
        }
    }

    func tooltip(category: Int, series seriesIndex: Int) -> String {
        let name = series.count > 1 ? categories[category] + " · " + series[seriesIndex].label : categories[category]
        return name + "：" + ChartStrings.valueWithUnit(formatted(series[seriesIndex].value(at: category)), unit)
    }

    /// The generated `<desc>` text: every value for small charts, extremes for large ones.
    var summary: String {
        var parts: [String] = []
        if let description, !description.isEmpty { parts.append(description) }
        let valueCount = categories.count * series.count
        if categories.isEmpty || series.isEmpty {
            parts.append(ChartStrings.noData + "。")
            return ChartStrings.sentences(parts)
        }
        if valueCount <= 40 {
            for (index, category) in categories.enumerated() {
                let items = series.map { item -> String in
                    let value = ChartStrings.valueWithUnit(formatted(item.value(at: index)), unit)
                    return series.count > 1 ? item.label + " " + value : value
                }
                parts.append(category + "：" + items.joined(separator: "，") + "。")
            }
        } else {
            parts.append("共\(categories.count)项。")
            for item in series {
                let present = categories.indices.compactMap { index in item.value(at: index).map { (index, $0) } }
                guard let largest = present.max(by: { $0.1 < $1.1 || $0.1 == $1.1 && $0.0 > $1.0 }),
                      let smallest = present.min(by: { $0.1 < $1.1 || $0.1 == $1.1 && $0.0 < $1.0 }) else {
                    parts.append(item.label + "：" + ChartStrings.noData + "。")
                    continue
                }
                let prefix = series.count > 1 ? item.label + "：" : ""
                parts.append(prefix + "最大 " + categories[largest.0] + " " + ChartStrings.valueWithUnit(formatted(largest.1), unit)
                             + "，最小 " + categories[smallest.0] + " " + ChartStrings.valueWithUnit(formatted(smallest.1), unit) + "。")
            }
        }
        return ChartStrings.sentences(parts)
    }

    public func writeDataTable(to output: ByteBuffer) {
        var columns = [categoryHeader]
        columns += series.map { ChartStrings.withUnit($0.label, unit) }
        let showsTotal = mode == .stacked && series.count > 1
        if showsTotal { columns.append(ChartStrings.withUnit(ChartStrings.total, unit)) }
        let rows = categories.enumerated().map { index, category -> (header: String, cells: [String]) in
            var cells = series.map { formatted($0.value(at: index)) }
            if showsTotal {
                let present = series.compactMap { $0.value(at: index) }
                cells.append(present.isEmpty ? ChartNumberFormat.missing : formatted(present.reduce(0, +)))
            }
            return (category, cells)
        }
        DataTable(columns: columns, rows: rows).write(to: output, chartID: id, caption: title)
    }
}
