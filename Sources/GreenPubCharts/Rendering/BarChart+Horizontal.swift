import GreenPubBytes

extension BarChart {
    /// Bars running left to right, one row per category; the canvas grows with the rows.
    func writeHorizontalSVG(to output: ByteBuffer) {
        let writer = SVGWriter(chartID: id, into: output)
        let paint = SeriesPaint(keys: series.map(\.key), writer: writer)
        let width = ChartLayout.width
        let margin = ChartLayout.margin
        let labelSize = ChartLayout.smallFontSize
        let tickSize = ChartLayout.smallFontSize
        var y = margin

        if series.count > 1 {
            let legend = Legend(items: series.enumerated().map { index, item in
                Legend.Item(label: item.label, swatch: .fill(paint.fills[index]))
            })
            y += legend.draw(into: writer, x: margin, y: y, width: width - 2 * margin) + 4
        }
        if !unit.isEmpty {
            writer.text(ChartStrings.unitPrefix + unit, x: width - margin, y: y + 12, anchor: "end",
                        size: tickSize, color: ChartPalette.mutedText)
            y += 18
        }

        // Label column: as wide as the longest label, at most 42% of the canvas; longer labels wrap.
        let labelCap = (width - 2 * margin) * 0.42
        let longest = categories.map { TextMetrics.width($0, fontSize: labelSize) }.max() ?? 0
        let labelColumn = min(max(longest, labelSize * 2), labelCap)
        let wrappedLabels = categories.map {
            TextMetrics.wrapped($0, maxWidth: labelColumn, fontSize: labelSize, maxLines: 2)
        }

        // Room for value labels on either side of the bars.
        var positiveLabelWidth = 0.0
        var negativeLabelWidth = 0.0
        for index in categories.indices {
            if showsValueLabels {
                for label in valueLabels(ofCategory: index) {
                    let textWidth = TextMetrics.width(formatted(label.value), fontSize: labelSize)
                    if label.value >= 0 {
                        positiveLabelWidth = max(positiveLabelWidth, textWidth)
                    } else {
                        negativeLabelWidth = max(negativeLabelWidth, textWidth)
                    }
                }
            }
            if segments(ofCategory: index).isEmpty {
                positiveLabelWidth = max(positiveLabelWidth, TextMetrics.width(ChartNumberFormat.missing, fontSize: labelSize))
            }
        }
        let extent = valueExtent
        // Negative value labels sit left of the bars: keep them well apart from the names.
        let plotLeft = margin + labelColumn + (negativeLabelWidth > 0 ? 18 + negativeLabelWidth + 5 : 8)
        var plotRight = width - margin - (positiveLabelWidth > 0 ? positiveLabelWidth + 5 : 0)
        func makeScale() -> NiceScale {
            NiceScale.fitting(dataMin: extent.min, dataMax: extent.max, includeZero: true, length: plotRight - plotLeft) {
                scale in (scale.ticks.map { tickLabel($0, scale) }.map { TextMetrics.width($0, fontSize: tickSize) }.max() ?? 0) + 10
            }
        }
        var scale = makeScale()
        // The last tick label is centred on the plot's right edge: keep it on the canvas.
        let lastTickHalf = TextMetrics.width(tickLabel(scale.upper, scale), fontSize: tickSize) / 2
        if plotRight + lastTickHalf > width - margin {
            plotRight = width - margin - lastTickHalf
            scale = makeScale()
        }
        func x(_ value: Double) -> Double { scale.position(of: value, from: plotLeft, to: plotRight) }

        let rows = categories.count
        let showsTopTicks = rows > 12
        if showsTopTicks { y += 16 }
        let plotTop = y
        // Long rankings use tighter rows.
        let compact = rows > 40
        let barThickness = (mode == .stacked || series.count <= 1) ? (compact ? 13.0 : 16.0) : 12.0
        let barGap = 2.0
        let bandsPerRow = (mode == .stacked || series.isEmpty) ? 1 : series.count
        let block = Double(bandsPerRow) * barThickness + Double(bandsPerRow - 1) * barGap

        // Row geometry first, so grid lines can be drawn under the bars.
        var rowTops: [Double] = []
        var rowHeights: [Double] = []
        var cursor = plotTop
        for index in 0..<rows {
            let labelHeight = Double(wrappedLabels[index].lines.count) * 16 + (compact ? 4 : 6)
            let height = max(block + (compact ? 7 : 10), labelHeight)
            rowTops.append(cursor)
            rowHeights.append(height)
            cursor += height
        }
        let plotBottom = max(cursor, plotTop + 24)

        for tick in scale.ticks {
            let tickX = x(tick)
            writer.line(x1: tickX, y1: plotTop, x2: tickX, y2: plotBottom,
                        stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid)
            writer.text(tickLabel(tick, scale), x: tickX, y: plotBottom + 15, anchor: "middle",
                        size: tickSize, color: ChartPalette.mutedText)
            if showsTopTicks {
                writer.text(tickLabel(tick, scale), x: tickX, y: plotTop - 5, anchor: "middle",
                            size: tickSize, color: ChartPalette.mutedText)
            }
        }
        if rows == 0 {
            writer.text(ChartStrings.noData, x: (plotLeft + plotRight) / 2, y: plotTop + 16, anchor: "middle",
                        color: ChartPalette.mutedText)
        }

        for index in 0..<rows {
            let centre = rowTops[index] + rowHeights[index] / 2
            let lines = wrappedLabels[index].lines
            var baseline = centre - Double(lines.count - 1) * 8 + 4.5
            for (lineIndex, line) in lines.enumerated() {
                writer.text(line, x: margin + labelColumn, y: baseline, anchor: "end", size: labelSize,
                            tooltip: wrappedLabels[index].wasTruncated && lineIndex == 0 ? categories[index] : nil)
                baseline += 16
            }
            let segments = segments(ofCategory: index)
            if segments.isEmpty {
                writer.text(ChartNumberFormat.missing, x: x(0) + 4, y: centre + 4.5, size: labelSize,
                            color: ChartPalette.mutedText)
                continue
            }
            let blockTop = centre - block / 2
            for segment in segments {
                let band = mode == .stacked ? 0 : segment.seriesIndex
                let top = blockTop + Double(band) * (barThickness + barGap)
                writer.rect(x: x(segment.from), y: top, width: x(segment.to) - x(segment.from), height: barThickness,
                            fill: paint.fills[segment.seriesIndex], extra: mode == .stacked ? BarChart.segmentOutline : "",
                            tooltip: tooltip(category: index, series: segment.seriesIndex))
            }
            if mode == .grouped {
                for seriesIndex in series.indices where series[seriesIndex].value(at: index) == nil {
                    let bandCentre = blockTop + Double(seriesIndex) * (barThickness + barGap) + barThickness / 2
                    writer.text(ChartNumberFormat.missing, x: x(0) + 4, y: bandCentre + 4.5, size: labelSize,
                                color: ChartPalette.mutedText)
                }
            }
            guard showsValueLabels else { continue }
            for label in valueLabels(ofCategory: index) {
                let band = label.seriesIndex.map { mode == .stacked ? 0 : $0 } ?? 0
                let bandCentre = blockTop + Double(band) * (barThickness + barGap) + barThickness / 2
                let end = x(label.value >= 0 ? max(label.value, 0) : label.value)
                if label.value >= 0 {
                    writer.text(formatted(label.value), x: end + 4, y: bandCentre + 4.5, size: labelSize)
                } else {
                    writer.text(formatted(label.value), x: end - 4, y: bandCentre + 4.5, anchor: "end", size: labelSize)
                }
            }
        }

        let height = plotBottom + 20 + margin
        writer.finish(kind: "bar", width: width, height: height, title: title, description: summary,
                               defs: paint.definitions, maxDisplayWidth: width * ChartLayout.maxDisplayScale)
    }

    /// A thin white edge so that neighbouring parts of a stack stay apart.
    static let segmentOutline = "stroke=\"#FFFFFF\" stroke-width=\"0.75\""

    /// A tick's label, with as many decimals as the tick step needs.
    func tickLabel(_ value: Double, _ scale: NiceScale) -> String {
        ChartNumberFormat.format(value, decimals: scale.decimals, grouping: grouping)
    }
}
