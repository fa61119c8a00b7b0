import GreenPubBytes

/// Progress of an indicator towards its target, or of a task towards completion, as a bar from
/// 0% to 100% with the target, the expected position on the path (应达值) and the numbers.
///
/// Progress is (value − start) / (target − start) where start is `base` (or 0 when `base` is
/// nil), so it works for targets that go down (energy per m² from 11.92 to 11.44) as for
/// targets that go up (a task's completion from 0 to 100 %). Progress below 0% (the wrong
/// way) is drawn left of the zero mark in a warning colour; the bar shows −50% to 150% at
/// most and the exact figure is always printed.
public struct ProgressBar: Chart {
    public var id: String
    public var title: String
    /// Extra sentence placed before the generated summary in `<desc>`.
    public var description: String?
    /// The current value; `nil`, NaN and infinities count as missing.
    public var value: Double?
    /// The value to reach.
    public var target: Double
    /// The value progress is counted from (基准值); `nil` counts from 0.
    public var base: Double?
    /// Where the path to the target says the value should be now (应达值), if known.
    public var expected: Double?
    public var unit: String
    public var decimals: Int
    /// Decimals of the progress percentage.
    public var percentDecimals: Int
    public var grouping: Bool

    public init(id: String, title: String, description: String? = nil, value: Double?, target: Double,
                base: Double? = nil, expected: Double? = nil, unit: String, decimals: Int,
                percentDecimals: Int = 1, grouping: Bool = false) {
        self.id = id
        self.title = title
        self.description = description
        self.value = value
        self.target = target
        self.base = base
        self.expected = expected
        self.unit = unit
        self.decimals = decimals
        self.percentDecimals = percentDecimals
        self.grouping = grouping
    }

    /// Share of the way from start to target, as a fraction (1 = reached); `nil` if the value
    /// or target is missing or the target equals the start.
    public var progress: Double? { fraction(of: value) }

    /// The same fraction for ``expected``.
    public var expectedProgress: Double? { fraction(of: expected) }

    private func fraction(of amount: Double?) -> Double? {
        guard let amount = finite(amount), target.isFinite else { return nil }
        let start = finite(base) ?? 0
        guard target != start else { return nil }
        let result = (amount - start) / (target - start)
        return result.isFinite ? result : nil
    }
}

extension ProgressBar {
    func formatted(_ amount: Double?) -> String {
        ChartNumberFormat.format(finite(amount), decimals: decimals, grouping: grouping)
    }

    var progressText: String { ChartNumberFormat.percent(progress.map { $0 * 100 }, decimals: percentDecimals) }

    /// The progress with a word when the target is reached or the value went the wrong way.
    var statusText: String {
        guard let progress else { return progressText }
        if progress >= 1 { return ChartStrings.reached + " " + progressText }
        if progress < 0 { return ChartStrings.regressed + " " + progressText }
        return progressText
    }

    /// The numbers under the bar, in reading order.
    var figures: [(name: String, value: String)] {
        var result: [(String, String)] = []
        if base != nil { result.append((ChartStrings.base, formatted(base))) }
        result.append((ChartStrings.current, formatted(value)))
        if expected != nil { result.append((ChartStrings.expected, formatted(expected))) }
        result.append((ChartStrings.targetValue, formatted(target)))
        return result
    }

    var summary: String {
        var parts: [String] = []
        if let description, !description.isEmpty { parts.append(description) }
        let numbers = figures.map { $0.name + " " + ChartStrings.valueWithUnit($0.value, unit) }
        parts.append(numbers.joined(separator: "，") + "，" + ChartStrings.progress + " " + statusText + "。")
        return ChartStrings.sentences(parts)
    }

    public func writeDataTable(to output: ByteBuffer) {
        var rows = figures.map { (header: $0.name, cells: [$0.value]) }
        rows.append((ChartStrings.progress + "（%）", [ChartNumberFormat.format(progress.map { $0 * 100 }, decimals: percentDecimals)]))
        DataTable(columns: ["项目", ChartStrings.withUnit(ChartStrings.value, unit)], rows: rows)
            .write(to: output, chartID: id, caption: title)
    }
}
