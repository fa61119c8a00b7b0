import GreenPubCharts
import GreenPubTemplates

/// A chart placed in a page: caption, inline SVG, its data table, and where the data comes from.
public enum ChartFigure {
    /// - Parameters:
    ///   - sourceHTML: HTML of the "数据来源" line (already escaped), linking to where the figures come from.
    public static func html(_ chart: any Chart, caption: String, sourceHTML: String? = nil) -> String {
        markup(chart, caption: caption, sourceHTML: sourceHTML).text
    }

    /// `html` as UTF-8, for a template (the chart's SVG is never turned into a `String`).
    public static func markup(_ chart: any Chart, caption: String, sourceHTML: String? = nil) -> RenderedMarkup {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16_384)
        func endLine() {
            if bytes.last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        }
        bytes += "<figure class=\"chart\" id=\"\(XMLText.escape(chart.id))-figure\">\n".utf8
        bytes += "<figcaption>\(XMLText.escape(caption))</figcaption>\n".utf8
        bytes += chart.svgBytes()
        endLine()
        bytes += chart.dataTableBytes()
        endLine()
        if let sourceHTML { bytes += "<p class=\"source\">\(sourceHTML)</p>\n".utf8 }
        bytes += "</figure>\n".utf8
        return RenderedMarkup(bytes: bytes)
    }
}
