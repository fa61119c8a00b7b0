import GreenPubBytes

extension PieChart {
    static let radius = 92.0
    static let holeRatio = 0.58
    static let labelGap = 16.0
    static let labelLineHeight = 16.0

    /// A direct label outside the pie; `centreY` is relative to the pie's centre.
    struct OutsideLabel {
        var sliceIndex: Int
        var angle: Double
        var rightSide: Bool
        var nameLines: [String]
        var nameTruncated: Bool
        var percent: String
        var centreY: Double
        var height: Double { Double(nameLines.count + 1) * PieChart.labelLineHeight }
    }

    public func writeSVG(to output: ByteBuffer) {
        let writer = SVGWriter(chartID: id, into: output)
        let paint = SeriesPaint(keys: slices.map(\.key), writer: writer)
        let width = ChartLayout.width
        let margin = ChartLayout.margin
        let radius = PieChart.radius
        let centreX = width / 2
        let angles = sliceAngles
        let shares = self.shares

        let labels = directLabels()
        let labelTop = labels.map { $0.centreY - $0.height / 2 }.min() ?? 0
        let labelBottom = labels.map { $0.centreY + $0.height / 2 }.max() ?? 0
        let top = min(labelTop, -radius)
        let bottom = max(labelBottom, radius)
        let centreY = margin - top + 4
        let pieBottom = centreY + bottom

        // Slices.
        if angles.isEmpty {
            writer.raw("<circle cx=\"\(Markup.number(centreX))\" cy=\"\(Markup.number(centreY))\" r=\"\(Markup.number(radius))\" fill=\"\(ChartPalette.track)\"/>")
            if donut {
                writer.raw("<circle cx=\"\(Markup.number(centreX))\" cy=\"\(Markup.number(centreY))\" r=\"\(Markup.number(radius * PieChart.holeRatio))\" fill=\"#FFFFFF\"/>")
            }
            writer.text(ChartStrings.noData, x: centreX, y: centreY + 5, anchor: "middle", color: ChartPalette.mutedText)
        }
        // The slices in one group that gives them their white outline.
        if !angles.isEmpty {
            writer.group(GroupStyle(fillRule: "evenodd", stroke: ChartPalette.outline, strokeWidth: 1.5,
                                    lineJoin: "round")) { outlined in
                for entry in angles {
                    let slice = slices[entry.index]
                    outlined.append(literal: "<path d=\"")
                    PieChart.appendSlicePath(centreX: centreX, centreY: centreY, radius: radius,
                                             innerRadius: donut ? radius * PieChart.holeRatio : 0,
                                             start: entry.start, end: entry.end, to: outlined)
                    outlined.append(literal: "\" fill=\"")
                    outlined.append(paint.fills[entry.index])
                    outlined.append(literal: "\"><title>")
                    // The tooltip: "<name>：<value> <unit>（<share>）".
                    outlined.escaped(slice.label)
                    outlined.append(literal: "：")
                    outlined.valueWithUnit(formattedValue(slice.value), unit)
                    if !valuesArePercentages {
                        outlined.append(literal: "（")
                        outlined.escaped(ChartNumberFormat.percent(shares[entry.index], decimals: percentDecimals))
                        outlined.append(literal: "）")
                    }
                    outlined.append(literal: "</title></path>\n")
                }
            }
        }
        if donut && total > 0 {
            drawTotal(into: writer, centreX: centreX, centreY: centreY)
        }

        // Leader lines and direct labels.
        for label in labels {
            let sine = ChartMath.sine(label.angle)
            let cosine = ChartMath.cosine(label.angle)
            let edgeX = centreX + sine * (radius - 2)
            let edgeY = centreY - cosine * (radius - 2)
            let elbowX = centreX + sine * (radius + 6)
            let labelY = centreY + label.centreY
            let textX = label.rightSide ? centreX + radius + PieChart.labelGap : centreX - radius - PieChart.labelGap
            let endX = label.rightSide ? textX - 3 : textX + 3
            writer.append(literal: "<polyline points=\"")
            for (index, point) in [(edgeX, edgeY), (elbowX, labelY), (endX, labelY)].enumerated() {
                if index > 0 { writer.append(literal: " ") }
                writer.number(point.0)
                writer.append(literal: ",")
                writer.number(point.1)
            }
            writer.append(literal: "\" fill=\"none\"")
            writer.attribute("stroke", ChartPalette.axis)
            writer.append(literal: " stroke-width=\"0.8\"/>\n")
            let anchor = label.rightSide ? "start" : "end"
            var baseline = labelY - label.height / 2 + 12
            for (lineIndex, line) in label.nameLines.enumerated() {
                let tooltip = label.nameTruncated && lineIndex == 0 ? slices[label.sliceIndex].label : nil
                writer.text(line, x: textX, y: baseline, anchor: anchor, size: ChartLayout.smallFontSize, tooltip: tooltip)
                baseline += PieChart.labelLineHeight
            }
            writer.text(label.percent, x: textX, y: baseline, anchor: anchor, bold: true)
        }

        // Legend with values and shares.
        let legendTop = pieBottom + 14
        let legendHeight = drawLegend(into: writer, paint: paint, top: legendTop)
        let height = legendTop + legendHeight + margin
        writer.finish(kind: "pie", width: width, height: height, title: title, description: summary,
                               defs: paint.definitions, maxDisplayWidth: width * ChartLayout.maxDisplayScale)
    }

    /// The direct labels of the drawn slices, moved apart so that none overlap. Each side of
    /// the pie has `sideWidth` units for its labels; names wrap into two lines.
    func directLabels() -> [OutsideLabel] {
        let radius = PieChart.radius
        var labels: [OutsideLabel] = []
        for entry in sliceAngles {
            let slice = slices[entry.index]
            let middle = (entry.start + entry.end) / 2
            let wrapped = TextMetrics.wrapped(slice.label, maxWidth: PieChart.sideWidth,
                                              fontSize: ChartLayout.smallFontSize, maxLines: 2)
            labels.append(OutsideLabel(
                sliceIndex: entry.index, angle: middle, rightSide: ChartMath.sine(middle) >= -1e-9,
                nameLines: wrapped.lines, nameTruncated: wrapped.wasTruncated,
                percent: shareTexts[entry.index],
                centreY: -ChartMath.cosine(middle) * (radius + 12)))
        }
        return PieChart.separated(labels.filter(\.rightSide)) + PieChart.separated(labels.filter { !$0.rightSide })
    }

    /// Room for labels on each side of the pie.
    static let sideWidth = ChartLayout.width / 2 - radius - labelGap - ChartLayout.margin

    /// Moves labels on one side apart vertically so that none overlap, keeping their order.
    private static func separated(_ input: [OutsideLabel]) -> [OutsideLabel] {
        var labels = input.sorted { $0.centreY != $1.centreY ? $0.centreY < $1.centreY : $0.sliceIndex < $1.sliceIndex }
        guard labels.count > 1 else { return labels }
        let gap = 4.0
        for index in 1..<labels.count {
            let minimum = labels[index - 1].centreY + (labels[index - 1].height + labels[index].height) / 2 + gap
            if labels[index].centreY < minimum { labels[index].centreY = minimum }
        }
        // Pull the stack back up if it drifted far below the pie, never above the first label.
        let limit = radius + 24
        let overflow = labels[labels.count - 1].centreY + labels[labels.count - 1].height / 2 - limit
        if overflow > 0 {
            labels[labels.count - 1].centreY -= overflow
            for index in stride(from: labels.count - 2, through: 0, by: -1) {
                let maximum = labels[index + 1].centreY - (labels[index + 1].height + labels[index].height) / 2 - gap
                if labels[index].centreY > maximum { labels[index].centreY = maximum }
            }
        }
        return labels
    }

    /// The outline of one slice (or ring segment) from `start` to `end`.
    static func slicePath(centreX: Double, centreY: Double, radius: Double, innerRadius: Double,
                          start: Double, end: Double) -> String {
        let writer = SVGWriter(idPrefix: "")
        appendSlicePath(centreX: centreX, centreY: centreY, radius: radius, innerRadius: innerRadius,
                        start: start, end: end, to: writer)
        return String(decoding: writer.body, as: UTF8.self)
    }

    /// `slicePath`, appended to `writer` as bytes (no string per number).
    static func appendSlicePath(centreX: Double, centreY: Double, radius: Double, innerRadius: Double,
                                start: Double, end: Double, to writer: SVGWriter) {
        func point(_ angle: Double, _ r: Double) {
            writer.number(centreX + ChartMath.sine(angle) * r)
            writer.append(literal: " ")
            writer.number(centreY - ChartMath.cosine(angle) * r)
        }
        /// `A r r 0 large sweep ` (the end point follows).
        func arc(_ r: Double, large: Int, sweep: Int) {
            writer.append(literal: "A")
            writer.number(r)
            writer.append(literal: " ")
            writer.number(r)
            writer.append(literal: large == 1 ? " 0 1 " : " 0 0 ")
            writer.append(literal: sweep == 1 ? "1 " : "0 ")
        }
        if end - start >= 2 * ChartMath.pi - 1e-9 {
            // A full circle cannot be one arc: draw two half circles (and the hole, evenodd).
            func circle(_ r: Double, sweep: Int) {
                writer.append(literal: "M")
                point(0, r)
                arc(r, large: 1, sweep: sweep)
                point(ChartMath.pi, r)
                arc(r, large: 1, sweep: sweep)
                point(0, r)
                writer.append(literal: "Z")
            }
            circle(radius, sweep: 1)
            if innerRadius > 0 { circle(innerRadius, sweep: 0) }
            return
        }
        let large = end - start > ChartMath.pi ? 1 : 0
        if innerRadius > 0 {
            writer.append(literal: "M")
            point(start, radius)
            arc(radius, large: large, sweep: 1)
            point(end, radius)
            writer.append(literal: "L")
            point(end, innerRadius)
            arc(innerRadius, large: large, sweep: 0)
            point(start, innerRadius)
            writer.append(literal: "Z")
            return
        }
        writer.append(literal: "M")
        writer.number(centreX)
        writer.append(literal: " ")
        writer.number(centreY)
        writer.append(literal: "L")
        point(start, radius)
        arc(radius, large: large, sweep: 1)
        point(end, radius)
        writer.append(literal: "Z")
    }

    /// The total in the donut's hole, if it fits.
    private func drawTotal(into writer: SVGWriter, centreX: Double, centreY: Double) {
        let value = formattedValue(total)
        let room = 2 * PieChart.radius * PieChart.holeRatio * 0.85
        let valueSize = 16.0
        guard TextMetrics.width(value, fontSize: valueSize, bold: true) <= room else { return }
        writer.text(ChartStrings.total, x: centreX, y: centreY - 12, anchor: "middle",
                    size: ChartLayout.smallFontSize, color: ChartPalette.mutedText)
        writer.text(value, x: centreX, y: centreY + 6, anchor: "middle", size: valueSize, bold: true)
        if !unit.isEmpty && TextMetrics.width(unit, fontSize: ChartLayout.smallFontSize) <= room {
            writer.text(unit, x: centreX, y: centreY + 23, anchor: "middle",
                        size: ChartLayout.smallFontSize, color: ChartPalette.mutedText)
        }
    }

    /// One legend row per slice: swatch, label, value with unit, share; then the total.
    private func drawLegend(into writer: SVGWriter, paint: SeriesPaint, top: Double) -> Double {
        let size = ChartLayout.smallFontSize
        let values = slices.map { ChartStrings.valueWithUnit(formattedValue($0.value), unit) }
        let percents = shareTexts
        let totalText = ChartStrings.valueWithUnit(formattedValue(total), unit)
        let showsValues = !valuesArePercentages
        let valueColumn = showsValues ? (values + [totalText]).map { TextMetrics.width($0, fontSize: size) }.max() ?? 0 : 0
        let percentColumn = (percents + [ChartNumberFormat.percent(100, decimals: percentDecimals)])
            .map { TextMetrics.width($0, fontSize: size, bold: true) }.max() ?? 0
        // A table-like block no wider than it needs (at least 260 units), centred under the pie.
        let labelNatural = slices.map { TextMetrics.width($0.label, fontSize: size) }.max() ?? 0
        let needed = ChartLayout.swatchSize + 8 + labelNatural + 24 + valueColumn + 14 + percentColumn
        let available = ChartLayout.width - 2 * ChartLayout.margin
        let blockWidth = min(available, max(needed, 260))
        let left = (ChartLayout.width - blockWidth) / 2
        let right = left + blockWidth
        let percentRight = right
        let valueRight = showsValues ? percentRight - percentColumn - 14 : percentRight - percentColumn
        let labelLeft = left + ChartLayout.swatchSize + 8
        let labelWidth = max(valueRight - valueColumn - 12 - labelLeft, size * 4)
        var y = top
        let rowHeight = 20.0
        // The rows in one group that gives their texts the size and colour most of them have.
        writer.group(GroupStyle(fill: ChartPalette.text, fontSize: size)) { rows in
            for (index, slice) in slices.enumerated() {
                let wrapped = TextMetrics.wrapped(slice.label, maxWidth: labelWidth, fontSize: size, maxLines: 3)
                let centre = y + rowHeight / 2
                let swatchFill = finite(slice.value) == nil ? ChartPalette.track : paint.fills[index]
                rows.rect(x: left, y: centre - ChartLayout.swatchSize / 2, width: ChartLayout.swatchSize,
                          height: ChartLayout.swatchSize, fill: swatchFill)
                for (lineIndex, line) in wrapped.lines.enumerated() {
                    rows.text(line, x: labelLeft, y: centre + 4.5 + Double(lineIndex) * 16, size: size,
                              tooltip: wrapped.wasTruncated && lineIndex == 0 ? slice.label : nil)
                }
                if showsValues {
                    rows.text(values[index], x: valueRight, y: centre + 4.5, anchor: "end", size: size)
                }
                rows.text(percents[index], x: percentRight, y: centre + 4.5, anchor: "end", size: size, bold: true)
                y += rowHeight + Double(wrapped.lines.count - 1) * 16
            }
            if total > 0 && slices.count > 1 {
                rows.line(x1: labelLeft, y1: y + 2, x2: right, y2: y + 2, stroke: ChartPalette.grid)
                let centre = y + 4 + rowHeight / 2
                rows.text(ChartStrings.total, x: labelLeft, y: centre + 4.5, size: size, color: ChartPalette.mutedText)
                if showsValues {
                    rows.text(totalText, x: valueRight, y: centre + 4.5, anchor: "end", size: size)
                }
                rows.text(ChartNumberFormat.percent(100, decimals: percentDecimals), x: percentRight, y: centre + 4.5,
                          anchor: "end", size: size, color: ChartPalette.mutedText)
                y += rowHeight + 4
            }
        }
        return y - top
    }
}
