extension Sparkline {
    public func svgBytes() -> [UInt8] {
        var writer = SVGWriter(chartID: id)
        let color = key.flatMap(ChartPalette.style(forKey:))?.color ?? ChartPalette.fallbackStyles[0].color
        let width = self.width.isFinite && self.width > 8 ? self.width : 96
        let height = self.height.isFinite && self.height > 8 ? self.height : 24
        let pad = 3.0
        let cleaned = values.map(finite)
        let present = cleaned.compactMap { $0 }
        if let low = present.min(), let high = present.max() {
            func x(_ index: Int) -> Double {
                cleaned.count > 1 ? pad + Double(index) / Double(cleaned.count - 1) * (width - 2 * pad) : width / 2
            }
            func y(_ value: Double) -> Double {
                high > low ? height - pad - (value - low) / (high - low) * (height - 2 * pad) : height / 2
            }
            func point(_ entry: (Int, Double)) -> String { Markup.number(x(entry.0)) + "," + Markup.number(y(entry.1)) }
            var run: [(Int, Double)] = []
            var last: (Int, Double)?
            func flush() {
                if run.count > 1 {
                    let points = run.map(point).joined(separator: " ")
                    writer.raw("<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>")
                } else if let only = run.first {
                    writer.raw("<circle cx=\"\(Markup.number(x(only.0)))\" cy=\"\(Markup.number(y(only.1)))\" r=\"1.6\" fill=\"\(color)\"/>")
                }
                run = []
            }
            for (index, value) in cleaned.enumerated() {
                if let value {
                    run.append((index, value))
                    last = (index, value)
                } else {
                    flush()
                }
            }
            flush()
            if let last {
                writer.raw("<circle cx=\"\(Markup.number(x(last.0)))\" cy=\"\(Markup.number(y(last.1)))\" r=\"2.5\" fill=\"\(color)\"/>")
            }
        } else {
            writer.line(x1: pad, y1: height / 2, x2: width - pad, y2: height / 2, stroke: ChartPalette.axis, dash: "2 3")
        }
        return writer.document(kind: "sparkline", width: width, height: height, title: title, description: summary,
                               defs: [], fixedSize: true)
    }
}
