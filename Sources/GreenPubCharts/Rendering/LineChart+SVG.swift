import GreenPubBytes

extension LineChart {
    public func writeSVG(to output: ByteBuffer) {
        let writer = SVGWriter(chartID: id, into: output)
        // Lines are never filled: the chart takes its series' colours, dashes and markers from the
        // palette, and needs none of the fill patterns `SeriesPaint` defines for bars and slices.
        let styles = ChartPalette.styles(forKeys: series.map(\.key))
        let width = ChartLayout.width
        let margin = ChartLayout.margin
        let size = ChartLayout.smallFontSize
        let path = validTargetPath
        var y = margin

        var legendItems = series.enumerated().map { index, item in
            Legend.Item(label: item.label, swatch: .line(color: styles[index].color, dash: styles[index].dash.dashArray,
                                                         marker: styles[index].marker, width: 2))
        }
        if let path {
            legendItems.append(Legend.Item(label: path.label, swatch: .line(color: ChartPalette.targetPath, dash: "5 4",
                                                                             marker: nil, width: 1.5)))
            legendItems.append(Legend.Item(label: ChartStrings.targetValue, swatch: .marker(.diamond, color: ChartPalette.targetAccent)))
        }
        y += Legend(items: legendItems).draw(into: writer, x: margin, y: y, width: width - 2 * margin) + 4
        if !unit.isEmpty {
            writer.text(ChartStrings.unitPrefix + unit, x: margin, y: y + 12, size: size, color: ChartPalette.mutedText)
            y += 18
        }

        // Value axis over the data and the path.
        var values: [Double] = []
        for item in series { values += xValues.indices.compactMap { item.value(at: $0) } }
        if let path { values += [path.baseValue, path.targetValue] }
        let low = values.min() ?? 0
        let high = values.max() ?? 0
        let includeZero = values.isEmpty || (low >= 0 && low <= high * 0.25) || (high <= 0 && high >= low * 0.25)
        let plotHeight = 190.0
        let scale = NiceScale.fitting(dataMin: low, dataMax: high, includeZero: includeZero, length: plotHeight) { _ in 28 }
        let tickWidth = scale.ticks.map { TextMetrics.width(tickLabel($0, scale), fontSize: size) }.max() ?? 0

        let plotTop = y + 8
        let plotBottom = plotTop + plotHeight
        let plotLeft = margin + tickWidth + 6
        let plotRight = width - margin
        let years = axisYears
        let firstYear = years.first ?? 0
        let lastYear = years.last ?? 0
        let inset = 18.0
        func x(_ year: Int) -> Double {
            guard lastYear > firstYear else { return (plotLeft + plotRight) / 2 }
            return plotLeft + inset + Double(year - firstYear) / Double(lastYear - firstYear) * (plotRight - plotLeft - 2 * inset)
        }
        func yOf(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }

        // The grid lines, then their labels left of the plot (each kind in a group of its own).
        // A tick at the plot's bottom edge gets no grid line: the baseline drawn after the labels
        // is there.
        writer.group(GroupStyle(stroke: ChartPalette.grid)) { grid in
            for tick in scale.ticks {
                let tickY = yOf(tick)
                if tickY == plotBottom { continue }
                grid.line(x1: plotLeft, y1: tickY, x2: plotRight, y2: tickY,
                          stroke: tick == 0 ? ChartPalette.axis : ChartPalette.grid)
            }
        }
        writer.group(GroupStyle(fill: ChartPalette.mutedText, anchor: "end", fontSize: size)) { labels in
            for tick in scale.ticks {
                labels.text(tickLabel(tick, scale), x: plotLeft - 6, y: yOf(tick) + 4.5, anchor: "end", size: size,
                            color: ChartPalette.mutedText)
            }
        }
        writer.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: ChartPalette.axis)

        // Year labels: the base and target years always, the others where they do not collide.
        let yearWidth = years.map { TextMetrics.width(String($0), fontSize: size) }.max() ?? 0
        var labelled: [Int] = [path?.baseYear, path?.targetYear].compactMap { $0 }
        for year in years where !labelled.contains(year) {
            if labelled.allSatisfy({ abs(x($0) - x(year)) >= yearWidth + 8 }) { labelled.append(year) }
        }
        let labelledYears = years.filter { labelled.contains($0) }
        if !labelledYears.isEmpty {
            writer.group(GroupStyle(stroke: ChartPalette.axis)) { ticks in
                for year in labelledYears {
                    ticks.line(x1: x(year), y1: plotBottom, x2: x(year), y2: plotBottom + 4, stroke: ChartPalette.axis)
                }
            }
            writer.group(GroupStyle(fill: ChartPalette.mutedText, anchor: "middle", fontSize: size)) { labels in
                for year in labelledYears {
                    labels.text(String(year), x: x(year), y: plotBottom + 17, anchor: "middle", size: size,
                                color: ChartPalette.mutedText)
                }
            }
        }
        // The base and target years are named under their year, if the two names fit apart.
        if let path {
            let noteWidth = TextMetrics.width(ChartStrings.baseYear, fontSize: size)
            writer.text(ChartStrings.baseYear, x: x(path.baseYear), y: plotBottom + 33, anchor: "middle", size: size)
            if abs(x(path.targetYear) - x(path.baseYear)) >= noteWidth + 8 {
                writer.text(ChartStrings.targetYear, x: x(path.targetYear), y: plotBottom + 33, anchor: "middle", size: size)
            }
        }

        if years.isEmpty || values.isEmpty {
            writer.text(ChartStrings.noData, x: (plotLeft + plotRight) / 2, y: (plotTop + plotBottom) / 2 + 5,
                        anchor: "middle", color: ChartPalette.mutedText)
        }

        // Base year guide and target path, under the data.
        if let path {
            let baseX = x(path.baseYear)
            writer.line(x1: baseX, y1: plotTop, x2: baseX, y2: plotBottom, stroke: ChartPalette.axis, dash: "2 3")
            writer.line(x1: baseX, y1: yOf(path.baseValue), x2: x(path.targetYear), y2: yOf(path.targetValue),
                        stroke: ChartPalette.targetPath, width: 1.5, dash: "5 4")
        }

        for (seriesIndex, item) in series.enumerated() {
            let style = styles[seriesIndex]
            var segments: [[(Int, Double)]] = []
            var current: [(Int, Double)] = []
            for (index, year) in xValues.enumerated() {
                if let value = item.value(at: index) {
                    current.append((year, value))
                } else if !current.isEmpty {
                    segments.append(current)
                    current = []
                }
            }
            if !current.isEmpty { segments.append(current) }
            for segment in segments where segment.count > 1 {
                writer.append(literal: "<polyline points=\"")
                writer.points(segment) { (x($0.0), yOf($0.1)) }
                writer.append(literal: "\" fill=\"none\"")
                writer.attribute("stroke", style.color)
                writer.append(literal: " stroke-width=\"2.2\" stroke-linejoin=\"round\" stroke-linecap=\"round\"")
                if let dash = style.dash.dashArray { writer.attribute("stroke-dasharray", dash) }
                writer.append(literal: "/>\n")
            }
            // The series' markers in one group that gives them their colour and outline.
            guard !segments.isEmpty else { continue }
            writer.group(GroupStyle(fill: style.color, stroke: ChartPalette.outline, strokeWidth: 1)) { markers in
                for segment in segments {
                    for (year, value) in segment {
                        // The tooltip: "<series> <year>年：<value> <unit>".
                        markers.marker(style.marker, x: x(year), y: yOf(value), radius: 4, color: style.color) { writer in
                            writer.escaped(item.label)
                            writer.append(literal: " ")
                            writer.integer(year)
                            writer.append(literal: "年：")
                            writer.valueWithUnit(formatted(value), unit)
                        }
                    }
                }
            }
        }

        // Direct labels: the target value, and the latest value of a single series.
        var placer = LabelPlacer(bounds: .init(left: 0, top: plotTop - 8, right: width, bottom: plotBottom - 2))
        for item in series {
            let present = xValues.indices.compactMap { index in item.value(at: index).map { (x(xValues[index]), yOf($0)) } }
            for point in present { placer.obstacles.append(point) }
            for (start, end) in zip(present, present.dropFirst()) { placer.addLine(from: start, to: end) }
        }
        if let path {
            placer.addLine(from: (x(path.baseYear), yOf(path.baseValue)), to: (x(path.targetYear), yOf(path.targetValue)))
            let point = (x: x(path.targetYear), y: yOf(path.targetValue))
            let tooltip = ChartStrings.targetValue + " \(path.targetYear)年：" + ChartStrings.valueWithUnit(formatted(path.targetValue), unit)
            writer.marker(.diamond, x: point.x, y: point.y, radius: 5, color: ChartPalette.targetAccent,
                                          tooltip: tooltip)
            let label = ChartStrings.target + " " + formatted(path.targetValue)
            let placement = placer.place(width: TextMetrics.width(label, fontSize: size, bold: true), fontSize: size, at: point)
            writer.text(label, x: placement.x, y: placement.y, anchor: placement.anchor, size: size, bold: true)
        }
        if series.count == 1, let item = series.first,
           let lastIndex = xValues.indices.last(where: { item.value(at: $0) != nil }), let value = item.value(at: lastIndex) {
            let label = formatted(value)
            let placement = placer.place(width: TextMetrics.width(label, fontSize: size), fontSize: size,
                                         at: (x(xValues[lastIndex]), yOf(value)))
            writer.text(label, x: placement.x, y: placement.y, anchor: placement.anchor, size: size)
        }

        let height = plotBottom + (path != nil ? 38 : 22) + margin
        writer.finish(kind: "line", width: width, height: height, title: title, description: summary,
                               defs: [], maxDisplayWidth: width * ChartLayout.maxDisplayScale)
    }

    func tickLabel(_ value: Double, _ scale: NiceScale) -> String {
        ChartNumberFormat.format(value, decimals: scale.decimals, grouping: grouping)
    }
}
