/// Thresholds of the plausibility checks run over the year statistics (数据会审).
public struct StatisticsCheckSettings: Sendable, Hashable {
    /// An institution's energy intensity (kgce/m²) changing by more than this factor from its
    /// previous year, up or down, is reported as a warning. 3 means "more than three times or
    /// less than a third". Must be above 1.
    public var intensityChangeFactor: Double

    public init(intensityChangeFactor: Double = 3.0) {
        self.intensityChangeFactor = intensityChangeFactor
    }

    /// The defaults: a threefold change.
    public static let standard = StatisticsCheckSettings()
}
