import GreenPubBytes

/// A pie or donut of shares, with direct labels, a legend of values and percentages, and a
/// data table (the county plan's figures 1-4: shares of energy and carbon by group).
///
/// Slices are drawn clockwise from twelve o'clock in the given order. Only positive values
/// are drawn; zero shares are listed with 0%, missing values with "—", and negative values
/// are listed but left out of the total and the shares (the description says so).
public struct PieChart: Chart {
    /// One slice.
    public struct Slice: Sendable, Hashable {
        /// Palette key (`government`, `electricity`, …).
        public var key: String
        /// Label readers see.
        public var label: String
        /// The amount; `nil`, NaN and infinities count as missing.
        public var value: Double?

        public init(key: String, label: String, value: Double?) {
            self.key = key
            self.label = label
            self.value = value
        }
    }

    public var id: String
    public var title: String
    /// Extra sentence placed before the generated summary in `<desc>`.
    public var description: String?
    public var slices: [Slice]
    /// Unit of the values (`tce`, `t CO₂`); shown in the legend, the table and the description.
    public var unit: String
    /// Decimals of the values.
    public var decimals: Int
    /// Decimals of the percentages.
    public var percentDecimals: Int
    /// Draw a ring with the total in the middle instead of a full pie.
    public var donut: Bool
    /// Thousands separators in values.
    public var grouping: Bool
    /// Header of the label column in the data table.
    public var categoryHeader: String

    public init(id: String, title: String, description: String? = nil, slices: [Slice], unit: String,
                decimals: Int, percentDecimals: Int = 2, donut: Bool = false, grouping: Bool = false,
                categoryHeader: String = "类别") {
        self.id = id
        self.title = title
        self.description = description
        self.slices = slices
        self.unit = unit
        self.decimals = decimals
        self.percentDecimals = percentDecimals
        self.donut = donut
        self.grouping = grouping
        self.categoryHeader = categoryHeader
    }
}

extension PieChart {
    /// The sum of the positive values.
    var total: Double {
        slices.reduce(0) { sum, slice in
            guard let value = finite(slice.value), value > 0 else { return sum }
            return sum + value
        }
    }

    /// Each slice's share of ``total`` in percent; `nil` for missing or negative values and
    /// when nothing is positive.
    var shares: [Double?] {
        let total = self.total
        return slices.map { slice in
            guard total > 0, let value = finite(slice.value), value >= 0 else { return nil }
            return value / total * 100
        }
    }

    /// Start and end angle (radians clockwise from twelve o'clock) of every drawn slice.
    var sliceAngles: [(index: Int, start: Double, end: Double)] {
        let total = self.total
        guard total > 0 else { return [] }
        var result: [(index: Int, start: Double, end: Double)] = []
        var cumulative = 0.0
        for (index, slice) in slices.enumerated() {
            guard let value = finite(slice.value), value > 0 else { continue }
            let start = cumulative / total * 2 * ChartMath.pi
            cumulative += value
            let end = cumulative / total * 2 * ChartMath.pi
            result.append((index, start, end))
        }
        return result
    }

    /// Values given in percent are shares already: printing a computed share next to them
    /// would only repeat them.
    var valuesArePercentages: Bool { unit == "%" || unit == "％" }

    /// The percentage printed for each slice: the given value when values are percentages
    /// (so labels, legend and table agree with the source), else the computed share.
    var shareTexts: [String] {
        if valuesArePercentages {
            return slices.map { slice in
                finite(slice.value).map { ChartNumberFormat.percent($0, decimals: decimals) } ?? ChartNumberFormat.missing
            }
        }
        return shares.map { ChartNumberFormat.percent($0, decimals: percentDecimals) }
    }

    func formattedValue(_ value: Double?) -> String {
        ChartNumberFormat.format(finite(value), decimals: decimals, grouping: grouping)
    }

    /// The generated `<desc>` text.
    var summary: String {
        // The parts of `ChartStrings.sentences`, appended to one string as they are made.
        var text = ""
        text.reserveCapacity(256)
        if let description { ChartStrings.appendSentence(description, to: &text) }
        let shares = self.shares
        if total > 0 {
            text += ChartStrings.total
            text += " "
            ChartStrings.appendValueWithUnit(formattedValue(total), unit, to: &text)
            text += "。"
        } else {
            text += ChartStrings.noData
            text += "。"
        }
        var hasNegative = false
        for (index, slice) in slices.enumerated() {
            text += index == 0 ? "" : "；"
            text += slice.label
            text += " "
            ChartStrings.appendValueWithUnit(formattedValue(slice.value), unit, to: &text)
            if let share = shares[index], !valuesArePercentages {
                text += "（"
                text += ChartStrings.share
                text += " "
                text += ChartNumberFormat.percent(share, decimals: percentDecimals)
                text += "）"
            } else if let value = finite(slice.value), value < 0 {
                hasNegative = true
            }
        }
        if !slices.isEmpty { text += "。" }
        if hasNegative {
            text += ChartStrings.negativeExcluded
            text += "。"
        }
        return text
    }

    public func writeDataTable(to output: ByteBuffer) {
        if valuesArePercentages {
            var table = DataTable(columns: [categoryHeader, ChartStrings.withUnit(ChartStrings.share, unit)],
                                  rows: slices.map { ($0.label, [formattedValue($0.value)]) })
            if total > 0 { table.footer = [(ChartStrings.total, [formattedValue(total)])] }
            table.write(to: output, chartID: id, caption: title)
            return
        }
        let shares = self.shares
        var table = DataTable(
            columns: [categoryHeader, ChartStrings.withUnit(ChartStrings.value, unit), ChartStrings.share],
            rows: slices.enumerated().map { index, slice in
                (slice.label, [formattedValue(slice.value), ChartNumberFormat.percent(shares[index], decimals: percentDecimals)])
            })
        if total > 0 {
            table.footer = [(ChartStrings.total, [formattedValue(total), ChartNumberFormat.percent(100, decimals: percentDecimals)])]
        }
        table.write(to: output, chartID: id, caption: title)
    }
}
