import GreenPubBytes

extension BarChart {
    /// Bars running upwards, one column per category (years, groups).
    func writeVerticalSVG(to output: ByteBuffer) {
        let writer = SVGWriter(chartID: id, into: output)
        let paint = SeriesPaint(keys: series.map(\.key), writer: writer)
        let width = ChartLayout.width
        let margin = ChartLayout.margin
        let size = ChartLayout.smallFontSize
        var y = margin

        if series.count > 1 {
            let legend = Legend(items: series.enumerated().map { index, item in
                Legend.Item(label: item.label, swatch: .fill(paint.fills[index]))
            })
            y += legend.draw(into: writer, x: margin, y: y, width: width - 2 * margin) + 4
        }
        if !unit.isEmpty {
            writer.text(ChartStrings.unitPrefix + unit, x: margin, y: y + 12, size: size, color: ChartPalette.mutedText)
            y += 18
        }

        let extent = valueExtent
        let plotHeight = 200.0
        let scale = NiceScale.fitting(dataMin: extent.min, dataMax: extent.max, includeZero: true,
                                      length: plotHeight) { _ in 28 }
        let tickWidth = scale.ticks.map { TextMetrics.width(tickLabel($0, scale), fontSize: size) }.max() ?? 0
        let plotLeft = margin + tickWidth + 6
        let plotRight = width - margin
        let count = max(categories.count, 1)
        let slot = (plotRight - plotLeft) / Double(count)
        let groupWidth = slot * 0.72
        let bands = (mode == .stacked || series.isEmpty) ? 1 : series.count
        let barWidth = min(groupWidth / Double(bands), 48)
        let usedWidth = barWidth * Double(bands)

        // Value labels only if every one fits over its bar.
        var labelsFit = showsValueLabels
        var hasPositiveLabel = false
        var hasNegativeLabel = false
        for index in categories.indices {
            for label in valueLabels(ofCategory: index) {
                let room = mode == .stacked ? usedWidth + 4 : barWidth + 4
                if TextMetrics.width(formatted(label.value), fontSize: size) > room { labelsFit = false }
                if label.value >= 0 { hasPositiveLabel = true } else { hasNegativeLabel = true }
            }
        }
        let plotTop = y + (labelsFit && hasPositiveLabel ? 16 : 6)
        let plotBottom = plotTop + plotHeight
        func yOf(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        for tick in scale.ticks {
            let tickY = yOf(tick)
            writer.line(x1: plotLeft, y1: tickY, x2: plotRight, y2: tickY,
                        stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid)
            writer.text(tickLabel(tick, scale), x: plotLeft - 6, y: tickY + 4.5, anchor: "end", size: size,
                        color: ChartPalette.mutedText)
        }
        if categories.isEmpty {
            writer.text(ChartStrings.noData, x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2,
                        anchor: "middle", color: ChartPalette.mutedText)
        }

        for index in categories.indices {
            let slotCentre = plotLeft + slot * (Double(index) + 0.5)
            let groupLeft = slotCentre - usedWidth / 2
            let segments = segments(ofCategory: index)
            if segments.isEmpty {
                writer.text(ChartNumberFormat.missing, x: slotCentre, y: yOf(0) - 5, anchor: "middle", size: size,
                            color: ChartPalette.mutedText)
            }
            for segment in segments {
                let band = mode == .stacked ? 0 : segment.seriesIndex
                let left = groupLeft + Double(band) * barWidth
                writer.rect(x: left + 0.5, y: yOf(segment.from), width: barWidth - 1,
                            height: yOf(segment.to) - yOf(segment.from), fill: paint.fills[segment.seriesIndex],
                            extra: mode == .stacked ? BarChart.segmentOutline : "", tooltip: tooltip(category: index, series: segment.seriesIndex))
            }
            if mode == .grouped && !segments.isEmpty {
                for seriesIndex in series.indices where series[seriesIndex].value(at: index) == nil {
                    let centre = groupLeft + (Double(seriesIndex) + 0.5) * barWidth
                    writer.text(ChartNumberFormat.missing, x: centre, y: yOf(0) - 5, anchor: "middle", size: size,
                                color: ChartPalette.mutedText)
                }
            }
            guard labelsFit else { continue }
            for label in valueLabels(ofCategory: index) {
                let centre = label.seriesIndex.map { mode == .stacked ? slotCentre : groupLeft + (Double($0) + 0.5) * barWidth }
                    ?? slotCentre
                let end = yOf(label.value)
                writer.text(formatted(label.value), x: centre, y: label.value >= 0 ? end - 4 : end + 14,
                            anchor: "middle", size: size)
            }
        }

        // Category labels: wrapped into two lines under their column, or every k-th one if the
        // columns are too narrow even for that.
        let room = slot - 4
        let wrapped = categories.map { TextMetrics.wrapped($0, maxWidth: max(room, size), fontSize: size, maxLines: 2) }
        var labelStep = 1
        var labelLines = wrapped.map(\.lines.count).max() ?? 1
        if wrapped.contains(where: \.wasTruncated) {
            let widest = categories.map { TextMetrics.width($0, fontSize: size) }.max() ?? 0
            labelStep = max(1, Int((widest + 6) / slot) + 1)
            labelStep = min(labelStep, max(categories.count, 1))
            labelLines = 1
        }
        let labelTop = plotBottom + (labelsFit && hasNegativeLabel ? 16 : 0) + 15
        var lastLabelRight = -Double.infinity
        for index in categories.indices where index % labelStep == 0 {
            let slotCentre = plotLeft + slot * (Double(index) + 0.5)
            if labelStep == 1 {
                for (lineIndex, line) in wrapped[index].lines.enumerated() {
                    writer.text(line, x: slotCentre, y: labelTop + Double(lineIndex) * 16, anchor: "middle", size: size,
                                tooltip: wrapped[index].wasTruncated && lineIndex == 0 ? categories[index] : nil)
                }
            } else {
                let fitted = TextMetrics.truncated(categories[index], maxWidth: slot * Double(labelStep) - 6, fontSize: size)
                // Keep the label over the plot: it may be wider than its own column.
                let half = TextMetrics.width(fitted.text, fontSize: size) / 2
                let centre = min(max(slotCentre, plotLeft + half), plotRight - half)
                guard centre - half >= lastLabelRight + 6 else { continue }
                lastLabelRight = centre + half
                writer.text(fitted.text, x: centre, y: labelTop, anchor: "middle", size: size,
                            tooltip: fitted.wasTruncated ? categories[index] : nil)
            }
        }
        let height = labelTop + Double(labelLines - 1) * 16 + 6 + margin
        writer.finish(kind: "bar", width: width, height: height, title: title, description: summary,
                               defs: paint.definitions, maxDisplayWidth: width * ChartLayout.maxDisplayScale)
    }
}
