/// How shortcodes write a figure into prose: the number at a fixed precision with its unit
/// (no space, as Chinese documents print them: `11.05千克标煤/平方米·年`), changes in words
/// (`下降7.30%`), and the HTML that keeps a number and its unit on one line.
enum SiteFigureText {
    /// `11.05千克标煤/平方米·年`; `%` follows the number directly too.
    static func value(_ value: Double, decimals: Int, unit: String) -> String {
        Figures.number(value, decimals: decimals) + unit
    }

    /// A change in words: `下降7.30%`, `上升0.42千克/平方米`, or `持平` when it rounds to zero.
    static func change(_ change: Double, decimals: Int, unit: String) -> String {
        let magnitude = Figures.number(abs(change), decimals: decimals)
        if magnitude == Figures.number(0, decimals: decimals) { return "持平" }
        return (change < 0 ? "下降" : "上升") + magnitude + unit
    }

    /// The figure as an inline element: `<span class="num" data-…>text</span>`, inside a link
    /// to where it comes from when `href` is given. The data attributes name the figure so
    /// that tests (and readers of the source) can tell which figure a number is.
    static func inline(_ text: String, href: String?, title: String, data: [(String, String)]) -> String {
        let attributes = data.map { " data-\($0.0)=\"\(XMLText.escape($0.1))\"" }.joined()
        let span = "<span class=\"num\"\(attributes)>\(XMLText.escape(text))</span>"
        guard let href else { return span }
        return "<a class=\"figure-ref\" href=\"\(XMLText.escape(href))\" title=\"\(XMLText.escape(title))\">\(span)</a>"
    }

    /// An inline figure that stands alone on its line still reads as a paragraph.
    static func paragraph(_ html: String, asBlock: Bool) -> String {
        asBlock ? "<p>\(html)</p>" : html
    }
}
