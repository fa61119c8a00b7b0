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

    /// A writer for part of a document whose ids start with `idPrefix`.
    init(idPrefix: String) {
        self.idPrefix = idPrefix
    }

    /// Appends elements drawn by another writer of the same document.
    mutating func append(bytes: [UInt8]) { body.append(contentsOf: bytes) }

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

    /// Appends text escaped for element content (`Markup.escape`).
    mutating func escaped(_ text: String) { Markup.appendEscaped(text, to: &body) }

    /// Appends an integer (a year).
    mutating func integer(_ value: Int) { Markup.appendHundredths(Int64(value) * 100, to: &body) }

    /// Appends `ChartStrings.valueWithUnit(formatted, unit)`, escaped.
    mutating func valueWithUnit(_ formatted: String, _ unit: String) {
        escaped(formatted)
        if unit.isEmpty || ChartStrings.isMissing(formatted) { return }
        if !ChartStrings.isPercent(unit) { body.append(UInt8(ascii: " ")) }
        escaped(unit)
    }

    /// Appends a coordinate or length (`Markup.number`).
    mutating func number(_ value: Double) { Markup.appendNumber(value, to: &body) }

    /// Appends the `points` of a polyline, `x,y x,y ...`, each element placed by `position`.
    mutating func points<Points: Sequence>(_ elements: Points, _ position: (Points.Element) -> (x: Double, y: Double)) {
        var first = true
        for element in elements {
            if !first { append(literal: " ") }
            first = false
            let point = position(element)
            number(point.x)
            append(literal: ",")
            number(point.y)
        }
    }

    /// Appends a literal (an element or attribute name, markup of the writer's own).
    mutating func append(literal text: StaticString) {
        body.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends ` name="value"` for a number.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        body.append(UInt8(ascii: " "))
        append(literal: name)
        body.append(UInt8(ascii: "="))
        body.append(UInt8(ascii: "\""))
        Markup.appendNumber(value, to: &body)
        body.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="value"` for a value that needs no escaping (colours, keywords, ids).
    mutating func attribute(_ name: StaticString, _ value: String) {
        body.append(UInt8(ascii: " "))
        append(literal: name)
        body.append(UInt8(ascii: "="))
        body.append(UInt8(ascii: "\""))
        append(value)
        body.append(UInt8(ascii: "\""))
    }

    /// Appends `<title>tooltip</title>`, escaped.
    mutating func title(_ tooltip: String) {
        append(literal: "<title>")
        escaped(tooltip)
        append(literal: "</title>")
    }

    /// Adds a `<text>` element. `anchor` is `start`, `middle` or `end`; `y` is the baseline.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start",
                       size: Double? = nil, color: String = ChartPalette.text, bold: Bool = false,
                       tooltip: String? = nil) {
        append(literal: "<text")
        attribute("x", x)
        attribute("y", y)
        if anchor != "start" { attribute("text-anchor", anchor) }
        if let size { attribute("font-size", size) }
        if bold { append(literal: " font-weight=\"bold\"") }
        attribute("fill", color)
        append(literal: ">")
        if let tooltip { title(tooltip) }
        escaped(content)
        append(literal: "</text>\n")
    }

    /// Adds a `<rect>`; widths and heights below zero are flipped so they are never negative.
    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
                       extra: String = "", tooltip: String? = nil) {
        append(literal: "<rect")
        attribute("x", width < 0 ? x + width : x)
        attribute("y", height < 0 ? y + height : y)
        attribute("width", width.magnitude)
        attribute("height", height.magnitude)
        attribute("fill", fill)
        if !extra.isEmpty {
            append(literal: " ")
            append(extra)
        }
        if let tooltip {
            append(literal: ">")
            title(tooltip)
            append(literal: "</rect>\n")
        } else {
            append(literal: "/>\n")
        }
    }

    /// Adds a straight `<line>`.
    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        append(literal: "<line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        attribute("stroke", stroke)
        if width != 1 { attribute("stroke-width", width) }
        if let dash { attribute("stroke-dasharray", dash) }
        append(literal: "/>\n")
    }

    /// The whole document as UTF-8: root element with accessibility wiring, title, desc, defs,
    /// body.
    func document(kind: String, width: Double, height: Double, title: String, description: String,
                  defs: [String], maxDisplayWidth: Double? = nil, fixedSize: Bool = false) -> [UInt8] {
        var document: [UInt8] = []
        document.reserveCapacity(body.count + title.utf8.count + description.utf8.count
            + defs.reduce(0) { $0 + $1.utf8.count + 1 } + 512)
        func put(_ text: String) { document.append(contentsOf: text.utf8) }
        func number(_ value: Double) { Markup.appendNumber(value, to: &document) }
        put("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-")
        put(kind)
        put("\" viewBox=\"0 0 ")
        number(width)
        put(" ")
        number(height)
        put("\"")
        if fixedSize {
            put(" width=\"")
            number(width)
            put("\" height=\"")
            number(height)
            put("\" style=\"max-width:100%;height:auto;vertical-align:middle\"")
        } else {
            put(" width=\"100%\" style=\"max-width:")
            number(maxDisplayWidth ?? width)
            put("px;height:auto\"")
        }
        put(" role=\"img\" aria-labelledby=\"")
        put(idPrefix)
        put("-title ")
        put(idPrefix)
        put("-desc\" font-size=\"")
        number(ChartLayout.fontSize)
        put("\">\n<title id=\"")
        put(idPrefix)
        put("-title\">")
        put(Markup.escape(title))
        put("</title>\n<desc id=\"")
        put(idPrefix)
        put("-desc\">")
        put(Markup.escape(description))
        put("</desc>\n")
        if !defs.isEmpty {
            put("<defs>\n")
            for definition in defs {
                put(definition)
                put("\n")
            }
            put("</defs>\n")
        }
        document.append(contentsOf: body)
        put("</svg>\n")
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
