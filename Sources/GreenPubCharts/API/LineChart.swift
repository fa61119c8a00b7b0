import GreenPubBytes

/// Values over years, one line per series, with an indicator's target path.
///
/// A missing value (`nil`, NaN, infinite) breaks the line; an isolated value is drawn as a
/// point. The target path is a straight dashed line from the base year's value to the target
/// year's value; the target point and the base year are marked and labelled.
public struct LineChart: Chart {
    /// The straight path an indicator should follow (目标路径).
    public struct TargetPath: Sendable, Hashable {
        public var baseYear: Int
        public var baseValue: Double
        public var targetYear: Int
        public var targetValue: Double
        /// Legend label of the path.
        public var label: String

        public init(baseYear: Int, baseValue: Double, targetYear: Int, targetValue: Double,
                    label: String = "目标路径") {
            self.baseYear = baseYear
            self.baseValue = baseValue
            self.targetYear = targetYear
            self.targetValue = targetValue
            self.label = label
        }

        /// The path's value in `year`, if `year` lies between base and target year.
        public func value(inYear year: Int) -> Double? {
            guard baseValue.isFinite, targetValue.isFinite else { return nil }
            let first = min(baseYear, targetYear)
            let last = max(baseYear, targetYear)
            guard year >= first && year <= last else { return nil }
            if targetYear == baseYear { return targetValue }
            let fraction = Double(year - baseYear) / Double(targetYear - baseYear)
            return baseValue + (targetValue - baseValue) * fraction
        }
    }

    public var id: String
    public var title: String
    /// Extra sentence placed before the generated summary in `<desc>`.
    public var description: String?
    /// The years, ascending; each series has one value per year.
    public var xValues: [Int]
    public var series: [ChartSeries]
    public var targetPath: TargetPath?
    /// Unit of the values (`kgce/m²`).
    public var unit: String
    public var decimals: Int
    public var grouping: Bool

    public init(id: String, title: String, description: String? = nil, xValues: [Int], series: [ChartSeries],
                targetPath: TargetPath? = nil, unit: String, decimals: Int, grouping: Bool = false) {
        self.id = id
        self.title = title
        self.description = description
        self.xValues = xValues
        self.series = series
        self.targetPath = targetPath
        self.unit = unit
        self.decimals = decimals
        self.grouping = grouping
    }
}

extension LineChart {
    func formatted(_ value: Double?) -> String {
        ChartNumberFormat.format(finite(value), decimals: decimals, grouping: grouping)
    }

    /// The target path if both of its values are finite.
    var validTargetPath: TargetPath? {
        guard let path = targetPath, path.baseValue.isFinite, path.targetValue.isFinite else { return nil }
        return path
    }

    /// Every year on the axis: the data years and the path's years, ascending, without repeats.
    var axisYears: [Int] {
        var years = xValues
        if let path = validTargetPath { years += [path.baseYear, path.targetYear] }
        var result: [Int] = []
        for year in years.sorted() where result.last != year { result.append(year) }
        return result
    }

    /// The generated `<desc>` text.
    var summary: String {
        // The parts of `ChartStrings.sentences`, appended to one string as they are made.
        var text = ""
        text.reserveCapacity(256)
        if let description { ChartStrings.appendSentence(description, to: &text) }
        if xValues.isEmpty || series.isEmpty {
            text += ChartStrings.noData
            text += "。"
        }
        for item in series {
            let present = xValues.indices.compactMap { index in item.value(at: index).map { (xValues[index], $0) } }
            guard let first = present.first, let last = present.last else {
                text += item.label
                text += "："
                text += ChartStrings.noData
                text += "。"
                continue
            }
            text += item.label
            text += "："
            appendYearValue(first.0, first.1, to: &text)
            if present.count > 1 {
                text += "，"
                appendYearValue(last.0, last.1, to: &text)
            }
            if present.count < xValues.count {
                let missing = xValues.indices.filter { item.value(at: $0) == nil }.map { String(xValues[$0]) }
                text += "（" + missing.joined(separator: "、") + "年" + ChartStrings.noData + "）"
            }
            text += "。"
        }
        if let path = validTargetPath {
            text += ChartStrings.targetValue
            text += "："
            appendYearValue(path.targetYear, path.targetValue, to: &text)
            text += "（"
            text += ChartStrings.baseYear
            text += " "
            appendYearValue(path.baseYear, path.baseValue, to: &text)
            text += "）。"
        }
        return text
    }

    /// `2020年 12.3 unit`, as the summary writes a point.
    private func appendYearValue(_ year: Int, _ value: Double, to text: inout String) {
        text += String(year)
        text += "年 "
        ChartStrings.appendValueWithUnit(formatted(value), unit, to: &text)
    }

    public func writeDataTable(to output: ByteBuffer) {
        var columns = [ChartStrings.year]
        columns += series.map { ChartStrings.withUnit($0.label, unit) }
        let path = validTargetPath
        if let path { columns.append(ChartStrings.withUnit(path.label, unit)) }
        let years = axisYears
        let rows = years.map { year -> (header: String, cells: [String]) in
            let index = xValues.firstIndex(of: year)
            var cells = series.map { item in formatted(index.flatMap { item.value(at: $0) }) }
            if let path { cells.append(formatted(path.value(inYear: year))) }
            return (String(year), cells)
        }
        DataTable(columns: columns, rows: rows).write(to: output, chartID: id, caption: title)
    }
}
