/// Places short labels next to points where they cover the fewest drawn things.
struct LabelPlacer {
    struct Box {
        var left: Double
        var top: Double
        var right: Double
        var bottom: Double

        func contains(_ point: (x: Double, y: Double), slack: Double) -> Bool {
            point.x >= left - slack && point.x <= right + slack && point.y >= top - slack && point.y <= bottom + slack
        }

        func intersects(_ other: Box) -> Bool {
            left < other.right && other.left < right && top < other.bottom && other.top < bottom
        }
    }

    /// A chosen position: baseline point and text anchor.
    struct Placement {
        var x: Double
        var y: Double
        var anchor: String
        var box: Box
    }

    /// Points of lines and markers that labels should not cover.
    var obstacles: [(x: Double, y: Double)] = []
    /// Labels already placed.
    var placed: [Box] = []
    /// Where labels may go.
    let bounds: Box

    init(bounds: Box) { self.bounds = bounds }

    /// Records a polyline, sampled every few units.
    mutating func addLine(from start: (x: Double, y: Double), to end: (x: Double, y: Double)) {
        let dx = end.x - start.x
        let dy = end.y - start.y
        let length = (dx * dx + dy * dy).squareRoot()
        let steps = max(1, Int(length / 3))
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            obstacles.append((start.x + dx * t, start.y + dy * t))
        }
    }

    /// Chooses above, right, left or below the point (in that order of preference), taking the
    /// first spot that stays in bounds and covers nothing, else the one covering least.
    mutating func place(width: Double, fontSize: Double, at point: (x: Double, y: Double), gap: Double = 9) -> Placement {
        let ascent = fontSize * 0.8
        let descent = fontSize * 0.25
        let candidates: [Placement] = [
            Placement(x: point.x, y: point.y - gap, anchor: "middle",
                      box: Box(left: point.x - width / 2, top: point.y - gap - ascent, right: point.x + width / 2, bottom: point.y - gap + descent)),
            Placement(x: point.x + gap, y: point.y + ascent / 2, anchor: "start",
                      box: Box(left: point.x + gap, top: point.y - ascent / 2, right: point.x + gap + width, bottom: point.y + ascent / 2 + descent)),
            Placement(x: point.x - gap, y: point.y + ascent / 2, anchor: "end",
                      box: Box(left: point.x - gap - width, top: point.y - ascent / 2, right: point.x - gap, bottom: point.y + ascent / 2 + descent)),
            Placement(x: point.x, y: point.y + gap + ascent, anchor: "middle",
                      box: Box(left: point.x - width / 2, top: point.y + gap, right: point.x + width / 2, bottom: point.y + gap + ascent + descent)),
            Placement(x: point.x - gap * 0.7, y: point.y - gap, anchor: "end",
                      box: Box(left: point.x - gap * 0.7 - width, top: point.y - gap - ascent, right: point.x - gap * 0.7, bottom: point.y - gap + descent)),
            Placement(x: point.x - gap * 0.7, y: point.y + gap + ascent, anchor: "end",
                      box: Box(left: point.x - gap * 0.7 - width, top: point.y + gap, right: point.x - gap * 0.7, bottom: point.y + gap + ascent + descent)),
        ]
        var best: Placement?
        var bestCost = Int.max
        for candidate in candidates {
            let box = candidate.box
            let inBounds = box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom
            var cost = inBounds ? 0 : 1000
            cost += obstacles.filter { box.contains($0, slack: 2) }.count
            cost += placed.filter { box.intersects($0) }.count * 100
            if cost < bestCost {
                best = candidate
                bestCost = cost
            }
            if cost == 0 { break }
        }
        let chosen = best ?? candidates[0]
        placed.append(chosen.box)
        return chosen
    }
}
