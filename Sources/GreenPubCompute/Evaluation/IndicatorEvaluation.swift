import GreenPubModel

/// One indicator in one year: its value beside the base and the target, where the straight
/// path says it should be, its status and where the trend is heading. Values are in the
/// plan's unit (canonical metric value ÷ `display_scale`).
public struct IndicatorEvaluation: Sendable, Hashable {
    public var indicatorID: String
    public var year: Int
    public var value: Double

    public var baseYear: Int
    /// The base-year value computed from the statistics (the path starts here).
    public var computedBase: Double
    /// The base value the plan prints, if any.
    public var printedBase: Double?
    /// False when the computed base differs from the printed one beyond the plan's rounding
    /// (half a unit of its last printed decimal); nil when the plan prints no base.
    public var baseMatchesPrinted: Bool?

    /// value − computed base.
    public var change: Double
    /// The change in percent of the computed base; nil when the base is 0.
    public var changePercent: Double?

    public var targetYear: Int
    /// The target value (computed from the base for a relative target).
    public var target: Double
    public var comparison: PlanComparison

    /// Where the straight line from the computed base (base year) to the target (target
    /// year) is in this year; the target itself after the target year.
    public var path: Double
    /// value − path: above the path is positive.
    public var gapToPath: Double

    public var status: IndicatorStatus
    /// 约束性.
    public var isBinding: Bool
    /// A binding indicator that is behind its path or missed its target.
    public var isFlagged: Bool
    /// The trend so far extended to the target year; nil before two years of values exist
    /// and from the target year on.
    public var projection: TrendProjection?

    public init(
        indicatorID: String, year: Int, value: Double, baseYear: Int, computedBase: Double,
        printedBase: Double?, baseMatchesPrinted: Bool?, change: Double, changePercent: Double?,
        targetYear: Int, target: Double, comparison: PlanComparison, path: Double, gapToPath: Double,
        status: IndicatorStatus, isBinding: Bool, isFlagged: Bool, projection: TrendProjection?
    ) {
        self.indicatorID = indicatorID
        self.year = year
        self.value = value
        self.baseYear = baseYear
        self.computedBase = computedBase
        self.printedBase = printedBase
        self.baseMatchesPrinted = baseMatchesPrinted
        self.change = change
        self.changePercent = changePercent
        self.targetYear = targetYear
        self.target = target
        self.comparison = comparison
        self.path = path
        self.gapToPath = gapToPath
        self.status = status
        self.isBinding = isBinding
        self.isFlagged = isFlagged
        self.projection = projection
    }
}
