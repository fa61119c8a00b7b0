import GreenPubBytes

extension Sparkline {
    public func writeSVG(to output: ByteBuffer) {
        let writer = SVGWriter(chartID: id, into: output)
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
            // Numbers go straight into the writer's bytes (a list page draws one per institution).
            func circle(_ entry: (Int, Double), radius: StaticString) {
                writer.append(literal: "<circle cx=\"")
                writer.number(x(entry.0))
                writer.append(literal: "\" cy=\"")
                writer.number(y(entry.1))
                writer.append(literal: "\" r=\"")
                writer.append(literal: radius)
                writer.append(literal: "\" fill=\"")
                writer.append(color)
                writer.append(literal: "\"/>\n")
            }
            var run: [(Int, Double)] = []
            var last: (Int, Double)?
            func flush() {
                if run.count > 1 {
                    writer.append(literal: "<polyline points=\"")
                    writer.points(run) { (x($0.0), y($0.1)) }
                    writer.append(literal: "\" fill=\"none\" stroke=\"")
                    writer.append(color)
                    writer.append(literal: "\" stroke-width=\"1.5\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n")
                } else if let only = run.first {
                    circle(only, radius: "1.6")
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
            if let last { circle(last, radius: "2.5") }
        } else {
            writer.line(x1: pad, y1: height / 2, x2: width - pad, y2: height / 2, stroke: ChartPalette.axis, dash: "2 3")
        }
        writer.finish(kind: "sparkline", width: width, height: height, title: title, description: summary,
                               defs: [], fixedSize: true)
    }
}
