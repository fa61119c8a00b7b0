/// Accumulates the elements of one SVG document, one element per line, in a single string
/// that numbers and attributes are appended to in place.
struct SVGWriter {
    /// The caller's chart id made safe for use as an id prefix.
    let idPrefix: String
    /// The elements written so far, each followed by a newline.
    var body = ""

    init(chartID: String) {
        idPrefix = Markup.idFragment(chartID)
        body.reserveCapacity(8192)
    }

    /// A document-unique id: `<chart id>-<suffix>`.
    func id(_ suffix: String) -> String { idPrefix + "-" + suffix }

    mutating func raw(_ line: String) {
        body += line
        body += "\n"
    }

    /// Appends text as it is (markup the caller made).
    mutating func append(_ text: String) { body += text }

    /// Appends a coordinate or length (`Markup.number`).
    mutating func number(_ value: Double) { Markup.appendNumber(value, to: &body) }

    /// Appends ` name="value"` for a number.
    mutating func attribute(_ name: String, _ value: Double) {
        body += " "
        body += name
        body += "=\""
        Markup.appendNumber(value, to: &body)
        body += "\""
    }

    /// Appends ` name="value"` for a value that needs no escaping (colours, keywords, ids).
    mutating func attribute(_ name: String, _ value: String) {
        body += " "
        body += name
        body += "=\""
        body += value
        body += "\""
    }

    /// Appends `<title>tooltip</title>`, escaped.
    mutating func title(_ tooltip: String) {
        body += "<title>"
        body += Markup.escape(tooltip)
        body += "</title>"
    }

    /// Adds a `<text>` element. `anchor` is `start`, `middle` or `end`; `y` is the baseline.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start",
                       size: Double? = nil, color: String = ChartPalette.text, bold: Bool = false,
                       tooltip: String? = nil) {
        body += "<text"
        attribute("x", x)
        attribute("y", y)
        if anchor != "start" { attribute("text-anchor", anchor) }
        if let size { attribute("font-size", size) }
        if bold { body += " font-weight=\"bold\"" }
        attribute("fill", color)
        body += ">"
        if let tooltip { title(tooltip) }
        body += Markup.escape(content)
        body += "</text>\n"
    }

    /// Adds a `<rect>`; widths and heights below zero are flipped so they are never negative.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       extra: String = "", tooltip: String? = nil) {
        body += "<rect"
        attribute("x", width < 0 ? x + width : x)
        attribute("y", height < 0 ? y + height : y)
        attribute("width", width.magnitude)
        attribute("height", height.magnitude)
        attribute("fill", fill)
        if !extra.isEmpty {
            body += " "
            body += extra
        }
        if let tooltip {
            body += ">"
            title(tooltip)
            body += "</rect>\n"
        } else {
            body += "/>\n"
        }
    }

    /// Adds a straight `<line>`.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        body += "<line"
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        attribute("stroke", stroke)
        if width != 1 { attribute("stroke-width", width) }
        if let dash { attribute("stroke-dasharray", dash) }
        body += "/>\n"
    }

    /// The whole document: root element with accessibility wiring, title, desc, defs, body.
    func document(kind: String, width: Double, height: Double, title: String, description: String,
                  defs: [String], maxDisplayWidth: Double? = nil, fixedSize: Bool = false) -> String {
        let w = Markup.number(width)
        let h = Markup.number(height)
        var output = ""
        output.reserveCapacity(body.utf8.count + 1024)
        output += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-"
        output += kind
        output += "\" viewBox=\"0 0 \(w) \(h)\""
        if fixedSize {
            output += " width=\"\(w)\" height=\"\(h)\" style=\"max-width:100%;height:auto;vertical-align:middle\""
        } else {
            let display = Markup.number(maxDisplayWidth ?? width)
            output += " width=\"100%\" style=\"max-width:\(display)px;height:auto\""
        }
        output += " role=\"img\" aria-labelledby=\"\(id("title")) \(id("desc"))\" font-size=\"\(Markup.number(ChartLayout.fontSize))\">\n"
        output += "<title id=\"\(id("title"))\">\(Markup.escape(title))</title>\n"
        output += "<desc id=\"\(id("desc"))\">\(Markup.escape(description))</desc>\n"
        if !defs.isEmpty {
            output += "<defs>\n" + defs.joined(separator: "\n") + "\n</defs>\n"
        }
        output += body
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
