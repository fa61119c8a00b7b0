import GreenPubModel

/// The paints of one chart: for each series its style, the `fill` value to use (a colour or a
/// pattern reference) and the `<pattern>` definitions those references need.
struct SeriesPaint: Sendable {
    let styles: [SeriesStyle]
    let fills: [String]
    let definitions: [String]

    private struct Key: Hashable, Sendable {
        let keys: [String]
        let idPrefix: String
    }

    private static let cache = SharedMemo<Key, SeriesPaint>()

    /// Paints for `keys` in order; pattern ids are `<chart>-fill-<n>`, one per distinct style.
    init(keys: [String], writer: SVGWriter) {
        self = Self.cache.value(for: Key(keys: keys, idPrefix: writer.idPrefix)) { SeriesPaint(drawing: keys, writer: writer) }
    }

    private init(drawing keys: [String], writer: SVGWriter) {
        let styles = ChartPalette.styles(forKeys: keys)
        var distinct: [SeriesStyle] = []
        var fills: [String] = []
        var definitions: [String] = []
        for style in styles {
            if style.pattern == .solid {
                fills.append(style.color)
                continue
            }
            let number: Int
            if let existing = distinct.firstIndex(of: style) {
                number = existing
            } else {
                number = distinct.count
                distinct.append(style)
                definitions.append(SeriesPaint.patternDefinition(id: writer.id("fill-\(number)"), style: style))
            }
            fills.append("url(#\(writer.id("fill-\(number)")))")
        }
        self.styles = styles
        self.fills = fills
        self.definitions = definitions
    }

    /// A 6×6 tile: the series colour with a hatch in white (dark colours) or black (light ones).
    static func patternDefinition(id: String, style: SeriesStyle) -> String {
        let light = relativeLuminance(style.color) > 0.4
        let ink = light ? "stroke=\"#000000\" stroke-opacity=\"0.45\"" : "stroke=\"#FFFFFF\" stroke-opacity=\"0.8\""
        let dotInk = light ? "fill=\"#000000\" fill-opacity=\"0.45\"" : "fill=\"#FFFFFF\" fill-opacity=\"0.8\""
        let rotation: String
        var marks: String
        switch style.pattern {
        case .solid:
            rotation = ""
            marks = ""
        case .diagonal:
            rotation = " patternTransform=\"rotate(45)\""
            marks = "<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"6\" \(ink) stroke-width=\"1.6\"/>"
        case .antidiagonal:
            rotation = " patternTransform=\"rotate(-45)\""
            marks = "<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"6\" \(ink) stroke-width=\"1.6\"/>"
        case .vertical:
            rotation = ""
            marks = "<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"6\" \(ink) stroke-width=\"1.6\"/>"
        case .horizontal:
            rotation = ""
            marks = "<line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" \(ink) stroke-width=\"1.6\"/>"
        case .crosshatch:
            rotation = " patternTransform=\"rotate(45)\""
            marks = "<line x1=\"3\" y1=\"0\" x2=\"3\" y2=\"6\" \(ink) stroke-width=\"1.2\"/>"
            marks += "<line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" \(ink) stroke-width=\"1.2\"/>"
        case .dots:
            rotation = ""
            marks = "<circle cx=\"3\" cy=\"3\" r=\"1.4\" \(dotInk)/>"
        }
        return "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\"\(rotation)>"
            + "<rect width=\"6\" height=\"6\" fill=\"\(style.color)\"/>\(marks)</pattern>"
    }

    /// WCAG relative luminance of `#RRGGBB` (0 black … 1 white).
    static func relativeLuminance(_ hex: String) -> Double {
        let digits = Array(hex.utf8.dropFirst())
        guard digits.count == 6 else { return 0 }
        func channel(_ offset: Int) -> Double {
            func nibble(_ byte: UInt8) -> Int {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A")) + 10
                case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a")) + 10
                default: 0
                }
            }
            let value = Double(nibble(digits[offset]) * 16 + nibble(digits[offset + 1])) / 255
            return value <= 0.04045 ? value / 12.92 : linearised(value)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    private static func linearised(_ value: Double) -> Double {
        ChartMath.power((value + 0.055) / 1.055, 2.4)
    }
}

extension SVGWriter {
    /// Adds a marker of `shape` centred on (`x`, `y`) with a white outline.
    func marker(_ shape: MarkerShape, x: Double, y: Double, radius: Double, color: String,
                         tooltip: String? = nil) {
        let element = openMarker(shape, x: x, y: y, radius: radius, color: color)
        close(element, tooltip: tooltip)
    }

    /// `marker` with a tooltip that `writeTooltip` appends (escaped) straight into the document.
    func marker(_ shape: MarkerShape, x: Double, y: Double, radius: Double, color: String,
                         tooltip writeTooltip: (SVGWriter) -> Void) {
        let element = openMarker(shape, x: x, y: y, radius: radius, color: color)
        append(literal: "><title>")
        writeTooltip(self)
        append(literal: "</title></")
        append(element)
        append(literal: ">\n")
    }

    /// The marker's start tag up to its last attribute; returns the element's name.
    private func openMarker(_ shape: MarkerShape, x: Double, y: Double, radius: Double, color: String) -> String {
        let element: String
        switch shape {
        case .circle:
            element = "circle"
            append(literal: "<circle")
            attribute("cx", x)
            attribute("cy", y)
            attribute("r", radius)
        case .ring:
            // A hollow circle: white inside, drawn with the series colour as its outline.
            append(literal: "<circle")
            attribute("cx", x)
            attribute("cy", y)
            attribute("r", radius * 0.85)
            append(literal: " fill=\"#FFFFFF\"")
            attribute("stroke", color)
            append(literal: " stroke-width=\"2\"")
            return "circle"
        case .square:
            let side = radius * 1.7
            element = "rect"
            append(literal: "<rect")
            attribute("x", x - side / 2)
            attribute("y", y - side / 2)
            attribute("width", side)
            attribute("height", side)
        case .triangle:
            let r = radius * 1.25
            element = "path"
            append(literal: "<path d=\"")
            point("M", x, y - r)
            point("L", x + r * 0.87, y + r * 0.5)
            point("L", x - r * 0.87, y + r * 0.5)
            append(literal: "Z\"")
        case .triangleDown:
            let r = radius * 1.25
            element = "path"
            append(literal: "<path d=\"")
            point("M", x, y + r)
            point("L", x + r * 0.87, y - r * 0.5)
            point("L", x - r * 0.87, y - r * 0.5)
            append(literal: "Z\"")
        case .diamond:
            let r = radius * 1.3
            element = "path"
            append(literal: "<path d=\"")
            point("M", x, y - r)
            point("L", x + r, y)
            point("L", x, y + r)
            point("L", x - r, y)
            append(literal: "Z\"")
        case .cross:
            let r = radius * 1.2
            let t = radius * 0.4
            element = "path"
            append(literal: "<path d=\"")
            point("M", x - t, y - r)
            for (command, value) in [("H", x + t), ("V", y - t), ("H", x + r), ("V", y + t), ("H", x + t), ("V", y + r),
                                     ("H", x - t), ("V", y + t), ("H", x - r), ("V", y - t), ("H", x - t)] {
                append(command)
                number(value)
            }
            append(literal: "Z\"")
        }
        if color != inherited.fill { attribute("fill", color) }
        if inherited.stroke != ChartPalette.outline { attribute("stroke", ChartPalette.outline) }
        if inherited.strokeWidth != 1 { append(literal: " stroke-width=\"1\"") }
        return element
    }

    /// One absolute path command with its point: `M12 3.5`.
    private func point(_ command: String, _ x: Double, _ y: Double) {
        append(command)
        number(x)
        append(literal: " ")
        number(y)
    }

    /// Ends an element opened with its attributes: `/>`, or a `<title>` child and the end tag.
    private func close(_ element: String, tooltip: String?) {
        if let tooltip {
            append(literal: ">")
            title(tooltip)
            append(literal: "</")
            append(element)
            append(literal: ">\n")
        } else {
            append(literal: "/>\n")
        }
    }
}
