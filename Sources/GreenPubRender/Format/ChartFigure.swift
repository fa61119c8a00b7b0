import GreenPubCharts

/// A chart placed in a page: caption, inline SVG, its data table, and where the data comes from.
public enum ChartFigure {
    /// - Parameters:
    ///   - sourceHTML: HTML of the "数据来源" line (already escaped), linking to where the figures come from.
    public static func html(_ chart: any Chart, caption: String, sourceHTML: String? = nil) -> String {
        var html = "<figure class=\"chart\" id=\"\(XMLText.escape(chart.id))-figure\">\n"
        html += "<figcaption>\(XMLText.escape(caption))</figcaption>\n"
        html += chart.svg()
        if !html.hasSuffix("\n") { html += "\n" }
        html += chart.dataTableHTML()
        if !html.hasSuffix("\n") { html += "\n" }
        if let sourceHTML { html += "<p class=\"source\">\(sourceHTML)</p>\n" }
        html += "</figure>\n"
        return html
    }
}
