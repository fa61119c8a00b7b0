import GreenPubBytes
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
        let output = ByteBuffer(capacity: 16_384)
        write(chart, caption: caption, sourceHTML: sourceHTML, to: output)
        return RenderedMarkup(bytes: output.bytes)
    }

    /// `markup`, appended to `output`.
    public static func write(_ chart: any Chart, caption: String, sourceHTML: String? = nil, to output: ByteBuffer) {
        func endLine() {
            if output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        }
        output.append("<figure class=\"chart\" id=\"")
        output.append(XMLText.escape(chart.id))
        output.append("-figure\">\n<figcaption>")
        output.append(XMLText.escape(caption))
        output.append("</figcaption>\n")
        chart.writeSVG(to: output)
        endLine()
        chart.writeDataTable(to: output)
        endLine()
        if let sourceHTML {
            output.append("<p class=\"source\">")
            output.append(sourceHTML)
            output.append("</p>\n")
        }
        output.append("</figure>\n")
    }
}
