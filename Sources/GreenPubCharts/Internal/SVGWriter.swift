/// Accumulates the elements of one SVG document, one element per line, as UTF-8 bytes that
/// numbers and attributes are appended to in place.
struct SVGWriter {
    /// The caller's chart id made safe for use as an id prefix.
    let idPrefix: String
    /// The elements written so far, each followed by a newline.
    private(set) var body: [UInt8] = []

    init(chartID: String) {
        idPrefix = Markup.idFragment(chartID)
        body.reserveCapacity(8192)
    }

    /// A document-unique id: `<chart id>-<suffix>`.
    func id(_ suffix: String) -> String { idPrefix + "-" + suffix }

    mutating func raw(_ line: String) {
        append(line)
        body.append(UInt8(ascii: "\n"))
    }

    /// Appends text as it is (markup the caller made).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { body.append(contentsOf: $0) }
    }

    /// Appends a coordinate or length (`Markup.number`).
    mutating func number(_ value: Double) { Markup.appendNumber(value, to: &body) }

    /// Appends ` name="value"` for a number.
    mutating func attribute(_ name: String, _ value: Double) {
        body.append(UInt8(ascii: " "))
        append(name)
        body.append(UInt8(ascii: "="))
        body.append(UInt8(ascii: "\""))
        Markup.appendNumber(value, to: &body)
        body.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="value"` for a value that needs no escaping (colours, keywords, ids).
    mutating func attribute(_ name: String, _ value: String) {
        body.append(UInt8(ascii: " "))
        append(name)
        body.append(UInt8(ascii: "="))
        body.append(UInt8(ascii: "\""))
        append(value)
        body.append(UInt8(ascii: "\""))
    }

    /// Appends `<title>tooltip</title>`, escaped.
    mutating func title(_ tooltip: String) {
        append("<title>")
        append(Markup.escape(tooltip))
        append("</title>")
    }

    /// Adds a `<text>` element. `anchor` is `start`, `middle` or `end`; `y` is the baseline.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start",
                       size: Double? = nil, color: String = ChartPalette.text, bold: Bool = false,
                       tooltip: String? = nil) {
        append("<text")
        attribute("x", x)
        attribute("y", y)
        if anchor != "start" { attribute("text-anchor", anchor) }
        if let size { attribute("font-size", size) }
        if bold { append(" font-weight=\"bold\"") }
        attribute("fill", color)
        append(">")
        if let tooltip { title(tooltip) }
        append(Markup.escape(content))
        append("</text>\n")
    }

    /// Adds a `<rect>`; widths and heights below zero are flipped so they are never negative.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       extra: String = "", tooltip: String? = nil) {
        append("<rect")
        attribute("x", width < 0 ? x + width : x)
        attribute("y", height < 0 ? y + height : y)
        attribute("width", width.magnitude)
        attribute("height", height.magnitude)
        attribute("fill", fill)
        if !extra.isEmpty {
            append(" ")
            append(extra)
        }
        if let tooltip {
            append(">")
            title(tooltip)
            append("</rect>\n")
        } else {
            append("/>\n")
        }
    }

    /// Adds a straight `<line>`.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        append("<line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        attribute("stroke", stroke)
        if width != 1 { attribute("stroke-width", width) }
        if let dash { attribute("stroke-dasharray", dash) }
        append("/>\n")
    }

    /// The whole document as UTF-8: root element with accessibility wiring, title, desc, defs,
    /// body.
    func document(kind: String, width: Double, height: Double, title: String, description: String,
                  defs: [String], maxDisplayWidth: Double? = nil, fixedSize: Bool = false) -> [UInt8] {
        let w = Markup.number(width)
        let h = Markup.number(height)
        var head = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-\(kind)\" viewBox=\"0 0 \(w) \(h)\""
        if fixedSize {
            head += " width=\"\(w)\" height=\"\(h)\" style=\"max-width:100%;height:auto;vertical-align:middle\""
        } else {
            let display = Markup.number(maxDisplayWidth ?? width)
            head += " width=\"100%\" style=\"max-width:\(display)px;height:auto\""
        }
        head += " role=\"img\" aria-labelledby=\"\(id("title")) \(id("desc"))\" font-size=\"\(Markup.number(ChartLayout.fontSize))\">\n"
        head += "<title id=\"\(id("title"))\">\(Markup.escape(title))</title>\n"
        head += "<desc id=\"\(id("desc"))\">\(Markup.escape(description))</desc>\n"
        if !defs.isEmpty {
            head += "<defs>\n" + defs.joined(separator: "\n") + "\n</defs>\n"
        }
        var document: [UInt8] = []
        document.reserveCapacity(head.utf8.count + body.count + 8)
        document.append(contentsOf: head.utf8)
        document.append(contentsOf: body)
        document.append(contentsOf: "</svg>\n".utf8)
        return document
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
