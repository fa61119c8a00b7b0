import GreenPubBytes

/// A chart description that renders itself as inline SVG and as an accessible data table.
///
/// Pages place the SVG inside a `<figure>` (with the caption as `<figcaption>`) and the data
/// table right after it, both written into the page's buffer. Every id inside both outputs starts with the chart's
/// ``id``, so many charts can share a page; give each chart on a page a different id (ASCII
/// letters, digits and `-` are used as they are; other characters are encoded).
public protocol Chart: Sendable {
    /// Prefix of every element id in the output; unique per page.
    var id: String { get }
    /// What the chart shows; the SVG's `<title>` and the data table's caption.
    var title: String { get }
    /// Appends the chart as one `<svg>` element (role="img", with `<title>` and `<desc>`), in
    /// UTF-8, ending in a newline.
    func writeSVG(to output: ByteBuffer)
    /// Appends the chart's numbers as
    /// `<details><summary>数据表</summary><table>…</table></details>`, in UTF-8, ending in a newline.
    func writeDataTable(to output: ByteBuffer)
}

extension Chart {
    /// `writeSVG` into an array of its own.
    public func svgBytes() -> [UInt8] {
        let output = ByteBuffer(capacity: 8192)
        writeSVG(to: output)
        return output.bytes
    }

    /// `writeDataTable` into an array of its own.
    public func dataTableBytes() -> [UInt8] {
        let output = ByteBuffer(capacity: 2048)
        writeDataTable(to: output)
        return output.bytes
    }

    /// `svgBytes()` as a string.
    public func svg() -> String { String(decoding: svgBytes(), as: UTF8.self) }

    /// `dataTableBytes()` as a string.
    public func dataTableHTML() -> String { String(decoding: dataTableBytes(), as: UTF8.self) }
}

/// One named row of values: a group, an energy source, an indicator.
public struct ChartSeries: Sendable, Hashable {
    /// Palette key (`government`, `electricity`, …); unknown keys get fallback styles.
    public var key: String
    /// The label readers see (党政机关, 电力, …).
    public var label: String
    /// One value per category or year; `nil`, NaN and infinities count as missing.
    public var values: [Double?]

    public init(key: String, label: String, values: [Double?]) {
        self.key = key
        self.label = label
        self.values = values
    }

    /// The finite value at `index`, or `nil` when it is missing or out of range.
    func value(at index: Int) -> Double? {
        guard index >= 0 && index < values.count, let value = values[index], value.isFinite else { return nil }
        return value
    }
}

/// A finite value or nil.
func finite(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
}
