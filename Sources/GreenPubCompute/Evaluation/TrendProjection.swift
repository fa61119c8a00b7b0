/// Where an indicator is heading: the least-squares straight line through its values from the
/// base year to the evaluated year, extended to the target year.
///
/// Least squares (rather than the average annual rate) is used because it weighs every year
/// available, so one unusual year moves the projection less; with two years it is the line
/// through both.
public struct TrendProjection: Sendable, Hashable {
    public enum Method: String, Sendable, Hashable, Codable {
        case leastSquaresLine = "least_squares_line"
    }

    public var method: Method
    /// The years the line was fitted to.
    public var years: [Int]
    /// Change per year along the fitted line, in the plan's unit.
    public var slopePerYear: Double
    public var targetYear: Int
    /// The line's value in the target year.
    public var projectedValue: Double
    /// Whether that value would meet the target (at the plan's precision).
    public var meetsTarget: Bool

    public init(method: Method, years: [Int], slopePerYear: Double, targetYear: Int, projectedValue: Double, meetsTarget: Bool) {
        self.method = method
        self.years = years
        self.slopePerYear = slopePerYear
        self.targetYear = targetYear
        self.projectedValue = projectedValue
        self.meetsTarget = meetsTarget
    }

    /// The least-squares line through `points`, evaluated at `year`; nil with fewer than two
    /// distinct years.
    static func line(through points: [(year: Int, value: Double)]) -> (slope: Double, valueAt: (Int) -> Double)? {
        let distinctYears = Set(points.map(\.year))
        guard distinctYears.count >= 2 else { return nil }
        let n = Double(points.count)
        let meanX = points.reduce(0.0) { $0 + Double($1.year) } / n
        let meanY = points.reduce(0.0) { $0 + $1.value } / n
        var sxy = 0.0
        var sxx = 0.0
        for point in points {
            let dx = Double(point.year) - meanX
            sxy += dx * (point.value - meanY)
            sxx += dx * dx
        }
        let slope = sxy / sxx
        return (slope, { year in meanY + slope * (Double(year) - meanX) })
    }
}
