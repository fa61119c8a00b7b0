import GreenPubBytes

extension ProgressBar {
    /// The shown part of the progress scale: 0…100%, widened to show values outside it, but
    /// never beyond −50…150%.
    static let displayRange: ClosedRange<Double> = -0.5...1.5

    public func writeSVG(to output: ByteBuffer) {
        let writer = SVGWriter(chartID: id, into: output)
        let width = ChartLayout.width
        let margin = ChartLayout.margin
        let size = ChartLayout.smallFontSize
        var y = margin

        // Title line with the progress figure on the right.
        let percent = statusText
        let percentWidth = TextMetrics.width(percent, fontSize: 16, bold: true)
        let titleRoom = width - 2 * margin - percentWidth - 12
        let titleLines = TextMetrics.wrapped(title, maxWidth: titleRoom, fontSize: ChartLayout.fontSize, maxLines: 2)
        for (index, line) in titleLines.lines.enumerated() {
            writer.text(line, x: margin, y: y + 14 + Double(index) * 18,
                        tooltip: titleLines.wasTruncated && index == 0 ? title : nil)
        }
        writer.text(percent, x: width - margin, y: y + 15, anchor: "end", size: 16, bold: true)
        y += Double(titleLines.lines.count) * 18 + 8

        // The track.
        let shown = [progress, expectedProgress].compactMap { $0 }
        let low = max(min(0, shown.min() ?? 0), ProgressBar.displayRange.lowerBound)
        let high = min(max(1, shown.max() ?? 1), ProgressBar.displayRange.upperBound)
        let trackLeft = margin
        let trackRight = width - margin
        func x(_ fraction: Double) -> Double {
            let clamped = min(max(fraction, low), high)
            return trackLeft + (clamped - low) / (high - low) * (trackRight - trackLeft)
        }
        let expectedMarkRoom = expectedProgress == nil ? 0.0 : 9
        let trackTop = y + expectedMarkRoom
        let trackHeight = 14.0
        writer.rect(x: trackLeft, y: trackTop, width: trackRight - trackLeft, height: trackHeight, fill: ChartPalette.track)
        if let progress {
            let fill = progress >= 0 ? ChartPalette.progress : ChartPalette.regress
            writer.rect(x: x(0), y: trackTop, width: x(progress) - x(0), height: trackHeight, fill: fill,
                        tooltip: ChartStrings.progress + " " + percent)
            // A bar cut at the end of the scale gets a break mark (two white slashes).
            if !ProgressBar.displayRange.contains(progress) {
                let end = x(progress)
                let breakX = progress > 0 ? end - 12 : end + 12
                for offset in [-2.5, 2.5] {
                    writer.line(x1: breakX + offset - 3, y1: trackTop + trackHeight + 1, x2: breakX + offset + 3, y2: trackTop - 1,
                                stroke: "#FFFFFF", width: 2)
                }
            }
        }
        // Zero and target marks.
        if low < 0 {
            writer.line(x1: x(0), y1: trackTop - 3, x2: x(0), y2: trackTop + trackHeight + 3, stroke: ChartPalette.axis)
        }
        writer.line(x1: x(1), y1: trackTop - 4, x2: x(1), y2: trackTop + trackHeight + 4, stroke: ChartPalette.text, width: 2.5)
        if let expectedProgress {
            let markX = x(expectedProgress)
            let tip = ChartStrings.expected + " " + ChartStrings.valueWithUnit(formatted(expected), unit)
            writer.marker(.triangleDown, x: markX, y: trackTop - 5, radius: 4.5,
                                          color: ChartPalette.targetAccent, tooltip: tip)
        }
        y = trackTop + trackHeight + 15
        writer.text("0%", x: x(0), y: y, anchor: low < 0 ? "middle" : "start", size: size, color: ChartPalette.mutedText)
        writer.text("100%", x: x(1), y: y, anchor: high > 1 ? "middle" : "end", size: size, color: ChartPalette.mutedText)
        y += 6

        // The numbers as a grid: name above value, the unit beside the value when it fits.
        let cells = figures
        let columns = cells.count
        let cellWidth = (width - 2 * margin) / Double(columns)
        let unitFits = unit.isEmpty || cells.allSatisfy {
            TextMetrics.width(ChartStrings.valueWithUnit($0.value, unit), fontSize: ChartLayout.fontSize, bold: true) <= cellWidth - 8
        }
        for (index, cell) in cells.enumerated() {
            let left = margin + Double(index) * cellWidth
            writer.text(cell.name, x: left, y: y + 14, size: size, color: ChartPalette.mutedText)
            let shown = unitFits ? ChartStrings.valueWithUnit(cell.value, unit) : cell.value
            writer.text(shown, x: left, y: y + 32, bold: true)
        }
        y += 38
        if !unitFits {
            writer.text(ChartStrings.unitPrefix + unit, x: margin, y: y + 12, size: size, color: ChartPalette.mutedText)
            y += 18
        }
        if expectedProgress != nil {
            let legend = Legend(items: [
                Legend.Item(label: ChartStrings.expected, swatch: .marker(.triangleDown, color: ChartPalette.targetAccent)),
                Legend.Item(label: ChartStrings.targetValue + "（100%）", swatch: .bar(ChartPalette.text)),
            ])
            y += legend.draw(into: writer, x: margin, y: y, width: width - 2 * margin)
        }
        let height = y + margin
        writer.finish(kind: "progress", width: width, height: height, title: title, description: summary,
                               defs: [], maxDisplayWidth: width * ChartLayout.maxDisplayScale)
    }
}
