import GreenPubBytes

/// Writes the elements of one SVG document, one element per line, as UTF-8 bytes into the
/// output buffer, numbers and attributes appended in place; `finish` puts the root element with
/// its title and description in front of them.
struct SVGWriter {
    /// The caller's chart id made safe for use as an id prefix.
    let idPrefix: String
    /// The buffer the document is written into; it starts at `start`.
    let output: ByteBuffer
    private let start: Int
    /// What the enclosing `<g>` gives the elements written (none outside a group).
    private(set) var inherited = GroupStyle()

    /// A writer of a document with the caller's chart id, appended to `output`.
    init(chartID: String, into output: ByteBuffer) {
        idPrefix = Markup.idFragment(chartID)
        self.output = output
        start = output.count
    }

    /// A writer for part of a document whose ids start with `idPrefix`, into a buffer of its own.
    init(idPrefix: String) {
        self.idPrefix = idPrefix
        output = ByteBuffer()
        start = 0
    }

    /// The elements written so far, each followed by a newline.
    var body: [UInt8] { output.bytes(from: start) }

    /// Appends elements drawn by another writer of the same document.
    func append(bytes: [UInt8]) { output.append(bytes) }

    /// A document-unique id: `<chart id>-<suffix>`.
    func id(_ suffix: String) -> String { idPrefix + "-" + suffix }

    func raw(_ line: String) {
        output.append(line)
        output.append(UInt8(ascii: "\n"))
    }

    /// Appends text as it is (markup the caller made).
    func append(_ text: String) { output.append(text) }

    /// Appends text escaped for element content (`Markup.escape`).
    func escaped(_ text: String) { Markup.appendEscaped(text, to: output) }

    /// Appends an integer (a year).
    func integer(_ value: Int) { output.appendDecimal(negative: value < 0, integer: UInt64(value.magnitude)) }

    /// Appends `ChartStrings.valueWithUnit(formatted, unit)`, escaped.
    func valueWithUnit(_ formatted: String, _ unit: String) {
        escaped(formatted)
        if unit.isEmpty || ChartStrings.isMissing(formatted) { return }
        if !ChartStrings.isPercent(unit) { output.append(UInt8(ascii: " ")) }
        escaped(unit)
    }

    /// Appends a coordinate or length (`Markup.number`).
    func number(_ value: Double) { Markup.appendNumber(value, to: output) }

    /// Appends the `points` of a polyline, `x,y x,y ...`, each element placed by `position`.
    func points<Points: Sequence>(_ elements: Points, _ position: (Points.Element) -> (x: Double, y: Double)) {
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
    func append(literal text: StaticString) {
        output.append(text)
    }

    /// Appends ` name="value"` for a number.
    func attribute(_ name: StaticString, _ value: Double) {
        output.append(UInt8(ascii: " "))
        append(literal: name)
        output.append(UInt8(ascii: "="))
        output.append(UInt8(ascii: "\""))
        Markup.appendNumber(value, to: output)
        output.append(UInt8(ascii: "\""))
    }

    /// Appends ` name="value"` for a value that needs no escaping (colours, keywords, ids).
    func attribute(_ name: StaticString, _ value: String) {
        output.append(UInt8(ascii: " "))
        append(literal: name)
        output.append(UInt8(ascii: "="))
        output.append(UInt8(ascii: "\""))
        append(value)
        output.append(UInt8(ascii: "\""))
    }

    /// Appends `<title>tooltip</title>`, escaped.
    func title(_ tooltip: String) {
        append(literal: "<title>")
        escaped(tooltip)
        append(literal: "</title>")
    }

    /// Writes a `<g>` with `style`'s attributes around what `body` writes: the elements written
    /// through the writer it is given leave out an attribute the group already gives them.
    func group(_ style: GroupStyle, _ body: (SVGWriter) -> Void) {
        append(literal: "<g")
        if let fill = style.fill { attribute("fill", fill) }
        if let rule = style.fillRule { attribute("fill-rule", rule) }
        if let stroke = style.stroke { attribute("stroke", stroke) }
        if let width = style.strokeWidth { attribute("stroke-width", width) }
        if let join = style.lineJoin { attribute("stroke-linejoin", join) }
        if let anchor = style.anchor { attribute("text-anchor", anchor) }
        if let size = style.fontSize { attribute("font-size", size) }
        append(literal: ">\n")
        var inner = self
        inner.inherited = inherited.overridden(by: style)
        body(inner)
        append(literal: "</g>\n")
    }

    /// Adds a `<text>` element. `anchor` is `start`, `middle` or `end`; `y` is the baseline.
    func text(_ content: String, x: Double, y: Double, anchor: String = "start",
                       size: Double? = nil, color: String = ChartPalette.text, bold: Bool = false,
                       tooltip: String? = nil) {
        precondition(inherited.stroke == nil, "a text inside a group with a stroke would be outlined")
        append(literal: "<text")
        attribute("x", x)
        attribute("y", y)
        if anchor != (inherited.anchor ?? "start") { attribute("text-anchor", anchor) }
        if let inheritedSize = inherited.fontSize {
            let wanted = size ?? ChartLayout.fontSize
            if wanted != inheritedSize { attribute("font-size", wanted) }
        } else if let size {
            attribute("font-size", size)
        }
        if bold { append(literal: " font-weight=\"bold\"") }
        if color != inherited.fill { attribute("fill", color) }
        append(literal: ">")
        if let tooltip { title(tooltip) }
        escaped(content)
        append(literal: "</text>\n")
    }

    /// Adds a `<rect>`; widths and heights below zero are flipped so they are never negative.
    func rect(x: Double, y: Double, width: Double, height: Double, fill: String,
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
    func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String,
                       width: Double = 1, dash: String? = nil) {
        append(literal: "<line")
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        if stroke != inherited.stroke { attribute("stroke", stroke) }
        if width != (inherited.strokeWidth ?? 1) { attribute("stroke-width", width) }
        if let dash { attribute("stroke-dasharray", dash) }
        append(literal: "/>\n")
    }

    /// Ends the document: puts the root element with its accessibility wiring, title, desc and
    /// defs in front of the elements written, and closes it.
    func finish(kind: String, width: Double, height: Double, title: String, description: String,
                defs: [String], maxDisplayWidth: Double? = nil, fixedSize: Bool = false) {
        let head = ByteBuffer(capacity: 512 + title.utf8.count + description.utf8.count)
        func number(_ value: Double) { Markup.appendNumber(value, to: head) }
        head.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-")
        head.append(kind)
        head.append("\" viewBox=\"0 0 ")
        number(width)
        head.append(" ")
        number(height)
        head.append("\"")
        if fixedSize {
            head.append(" width=\"")
            number(width)
            head.append("\" height=\"")
            number(height)
            head.append("\" style=\"max-width:100%;height:auto;vertical-align:middle\"")
        } else {
            head.append(" width=\"100%\" style=\"max-width:")
            number(maxDisplayWidth ?? width)
            head.append("px;height:auto\"")
        }
        head.append(" role=\"img\" aria-labelledby=\"")
        head.append(idPrefix)
        head.append("-title ")
        head.append(idPrefix)
        head.append("-desc\" font-size=\"")
        number(ChartLayout.fontSize)
        head.append("\">\n<title id=\"")
        head.append(idPrefix)
        head.append("-title\">")
        Markup.appendEscaped(title, to: head)
        head.append("</title>\n<desc id=\"")
        head.append(idPrefix)
        head.append("-desc\">")
        Markup.appendEscaped(description, to: head)
        head.append("</desc>\n")
        if !defs.isEmpty {
            head.append("<defs>\n")
            for definition in defs {
                head.append(definition)
                head.append("\n")
            }
            head.append("</defs>\n")
        }
        head.withUnsafeBytes { output.insert($0, at: start) }
        output.append("</svg>\n")
    }
}

/// The presentation attributes a `<g>` gives the elements inside it (SVG inherits them), so
/// that markers, axis labels and grid lines drawn alike carry their colour, stroke, anchor and
/// size once instead of on every element. A group that sets a stroke holds no text.
struct GroupStyle: Equatable {
    var fill: String?
    var fillRule: String?
    var stroke: String?
    var strokeWidth: Double?
    var lineJoin: String?
    var anchor: String?
    var fontSize: Double?

    /// What an element inside a group nested in this one inherits: the inner group's
    /// attributes, and this one's where the inner group sets none.
    func overridden(by inner: GroupStyle) -> GroupStyle {
        GroupStyle(fill: inner.fill ?? fill, fillRule: inner.fillRule ?? fillRule, stroke: inner.stroke ?? stroke,
                   strokeWidth: inner.strokeWidth ?? strokeWidth, lineJoin: inner.lineJoin ?? lineJoin,
                   anchor: inner.anchor ?? anchor, fontSize: inner.fontSize ?? fontSize)
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
