import GreenPubModel

/// A legend laid out as a grid that wraps into as many rows as it needs.
struct Legend: Hashable, Sendable {
    /// What stands next to a legend label.
    enum Swatch: Hashable, Sendable {
        /// A square filled with a colour or pattern reference.
        case fill(String)
        /// A short line with a dash pattern and an optional marker.
        case line(color: String, dash: String?, marker: MarkerShape?, width: Double)
        /// A marker on its own.
        case marker(MarkerShape, color: String)
        /// A thick vertical stroke (a target mark).
        case bar(String)
    }

    struct Item: Hashable, Sendable {
        var label: String
        var swatch: Swatch
    }

    var items: [Item]

    static let fontSize = ChartLayout.smallFontSize
    static let rowHeight = 19.0
    static let columnGap = 16.0
    static let swatchGap = 6.0

    private static func swatchWidth(_ swatch: Swatch) -> Double {
        switch swatch {
        case .fill: ChartLayout.swatchSize
        case .line: 26
        case .marker: 12
        case .bar: 8
        }
    }

    private struct Placed: Hashable, Sendable {
        let legend: Legend
        let x: Double
        let y: Double
        let width: Double
    }

    private static let cache = SharedMemo<Placed, (bytes: [UInt8], height: Double)>()

    /// Draws the legend with its top edge at `y`, between `x` and `x + width`, and returns its height.
    func draw(into writer: SVGWriter, x: Double, y: Double, width: Double) -> Double {
        guard !items.isEmpty else { return 0 }
        let drawn = Self.cache.value(for: Placed(legend: self, x: x, y: y, width: width)) {
            let scratch = SVGWriter(idPrefix: writer.idPrefix)
            let height = drawFresh(into: scratch, x: x, y: y, width: width)
            return (scratch.body, height)
        }
        writer.append(bytes: drawn.bytes)
        return drawn.height
    }

    private func drawFresh(into writer: SVGWriter, x: Double, y: Double, width: Double) -> Double {
        let naturalWidths = items.map {
            Legend.swatchWidth($0.swatch) + Legend.swatchGap + TextMetrics.width($0.label, fontSize: Legend.fontSize)
        }
        let columnWidth = (naturalWidths.max() ?? 0) + Legend.columnGap
        var columns = max(1, Int((width + Legend.columnGap) / columnWidth))
        columns = min(columns, items.count)
        // Balance rows: use the fewest columns that still give the same number of rows.
        let rowCount = (items.count + columns - 1) / columns
        columns = (items.count + rowCount - 1) / rowCount
        let cellWidth = columns == 1 ? width : columnWidth
        var top = y
        for rowStart in stride(from: 0, to: items.count, by: columns) {
            let rowItems = items[rowStart..<min(rowStart + columns, items.count)]
            var rowLines = 1
            var laidOut: [(lines: [String], truncated: Bool)] = []
            for item in rowItems {
                let textWidth = cellWidth - Legend.swatchWidth(item.swatch) - Legend.swatchGap
                let wrapped = TextMetrics.wrapped(item.label, maxWidth: max(textWidth, Legend.fontSize),
                                                  fontSize: Legend.fontSize, maxLines: 3)
                laidOut.append((wrapped.lines, wrapped.wasTruncated))
                rowLines = max(rowLines, wrapped.lines.count)
            }
            for (offset, item) in rowItems.enumerated() {
                let left = x + Double(offset) * cellWidth
                let centreY = top + Legend.rowHeight / 2
                drawSwatch(item.swatch, into: writer, x: left, centreY: centreY)
                let textX = left + Legend.swatchWidth(item.swatch) + Legend.swatchGap
                let (lines, truncated) = laidOut[offset]
                for (lineIndex, line) in lines.enumerated() {
                    writer.text(line, x: textX, y: centreY + 4.5 + Double(lineIndex) * 16,
                                size: Legend.fontSize, tooltip: truncated && lineIndex == 0 ? item.label : nil)
                }
            }
            top += Legend.rowHeight + Double(rowLines - 1) * 16
        }
        return top - y
    }

    private func drawSwatch(_ swatch: Swatch, into writer: SVGWriter, x: Double, centreY: Double) {
        switch swatch {
        case .fill(let fill):
            let size = ChartLayout.swatchSize
            writer.rect(x: x, y: centreY - size / 2, width: size, height: size, fill: fill)
        case .line(let color, let dash, let marker, let width):
            writer.line(x1: x, y1: centreY, x2: x + 26, y2: centreY, stroke: color, width: width, dash: dash)
            if let marker {
                writer.marker(marker, x: x + 13, y: centreY, radius: 4, color: color)
            }
        case .marker(let shape, let color):
            writer.marker(shape, x: x + 6, y: centreY, radius: 4.5, color: color)
        case .bar(let color):
            writer.rect(x: x + 3, y: centreY - 7, width: 2.5, height: 14, fill: color)
        }
    }
}
