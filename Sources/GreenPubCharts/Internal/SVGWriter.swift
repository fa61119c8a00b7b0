/// Accumulates the elements of one SVG document, one element per line.
struct SVGWriter {
    /// The caller's chart id made safe for use as an id prefix.
    let idPrefix: String
    private(set) var lines: [String] = []

    init(chartID: String) {
        idPrefix = Markup.idFragment(chartID)
    }

    /// A document-unique id: `<chart id>-<suffix>`.
    func id(_ suffix: String) -> String { idPrefix + "-" + suffix }

    mutating func raw(_ line: String) { lines.append(line) }

    mutating func append(contentsOf other: [String]) { lines.append(contentsOf: other) }

    /// Adds a `<text>` element. `anchor` is `start`, `middle` or `end`; `y` is the baseline.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start",
                       size: Double? = nil, color: String = ChartPalette.text, bold: Bool = false,
                       tooltip: String? = nil) {
        var attributes = "x=\"\(Markup.number(x))\" y=\"\(Markup.number(y))\""
        if anchor != "start" { attributes += " text-anchor=\"\(anchor)\"" }
        if let size { attributes += " font-size=\"\(Markup.number(size))\"" }
        if bold { attributes += " font-weight=\"bold\"" }
        attributes += " fill=\"\(color)\""
        let inner = tooltip.map { "<title>\(Markup.escape($0))</title>" } ?? ""
        lines.append("<text \(attributes)>\(inner)\(Markup.escape(content))</text>")
    }

    /// Adds a `<rect>`; widths and heights below zero are flipped so they are never negative.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       extra: String = "", tooltip: String? = nil) {
        let left = width < 0 ? x + width : x
        let top = height < 0 ? y + height : y
        let body = "x=\"\(Markup.number(left))\" y=\"\(Markup.number(top))\" width=\"\(Markup.number(width.magnitude))\" height=\"\(Markup.number(height.magnitude))\" fill=\"\(fill)\"\(extra.isEmpty ? "" : " " + extra)"
        if let tooltip {
            lines.append("<rect \(body)><title>\(Markup.escape(tooltip))</title></rect>")
        } else {
            lines.append("<rect \(body)/>")
        }
    }

    /// Adds a straight `<line>`.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        var attributes = "x1=\"\(Markup.number(x1))\" y1=\"\(Markup.number(y1))\" x2=\"\(Markup.number(x2))\" y2=\"\(Markup.number(y2))\" stroke=\"\(stroke)\""
        if width != 1 { attributes += " stroke-width=\"\(Markup.number(width))\"" }
        if let dash { attributes += " stroke-dasharray=\"\(dash)\"" }
        lines.append("<line \(attributes)/>")
    }

    /// The whole document: root element with accessibility wiring, title, desc, defs, body.
    func document(kind: String, width: Double, height: Double, title: String, description: String,
                  defs: [String], maxDisplayWidth: Double? = nil, fixedSize: Bool = false) -> String {
        let w = Markup.number(width)
        let h = Markup.number(height)
        var root = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" viewBox=\"0 0 \(w) \(h)\""
        if fixedSize {
            root += " width=\"\(w)\" height=\"\(h)\" style=\"max-width:100%;height:auto;vertical-align:middle\""
        } else {
            let display = Markup.number(maxDisplayWidth ?? width)
            root += " width=\"100%\" style=\"max-width:\(display)px;height:auto\""
        }
        root += " role=\"img\" aria-labelledby=\"\(id("title")) \(id("desc"))\" font-size=\"\(Markup.number(ChartLayout.fontSize))\">"
        var output = root + "\n"
        output += "<title id=\"\(id("title"))\">\(Markup.escape(title))</title>\n"
        output += "<desc id=\"\(id("desc"))\">\(Markup.escape(description))</desc>\n"
        if !defs.isEmpty {
            output += "<defs>\n" + defs.joined(separator: "\n") + "\n</defs>\n"
        }
        for line in lines {
            output += line
            output += "\n"
        }
        output += "</svg>\n"
        return output
    }
}

/// Sizes shared by the charts, in SVG user units.
///
/// Canvases are 420 units wide with 14-unit text (13 for ticks and units), so that text stays at
/// least 11 px when a chart is shown 360 px wide on a phone (13 × 360 / 420 ≈ 11.1). On wider
/// screens a chart grows to at most 1.25 × its width (text ≈ 17 px).
enum ChartLayout {
    static let width = 420.0
    static let maxDisplayScale = 1.25
    static let fontSize = 14.0
    static let smallFontSize = 13.0
    static let margin = 10.0
    static let lineHeight = 18.0
    static let swatchSize = 12.0
}
