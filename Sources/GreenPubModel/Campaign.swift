/// One year's Energy Conservation Week (全国节能宣传周), with the 全国低碳日 inside it.
public struct Campaign: Sendable, Hashable {
    public var year: Int
    /// First and last day of the week, ISO `YYYY-MM-DD`.
    public var start: String
    public var end: String
    /// The week's theme (节能宣传周主题).
    public var theme: String
    /// 全国低碳日, ISO date, and its theme.
    public var lowCarbonDay: String
    public var lowCarbonTheme: String
    /// How many days before `start` the home page shows the campaign banner.
    public var bannerDaysBefore: Int
    /// Where the dates and themes come from.
    public var source: String
    public var location: SourceLocation

    public init(year: Int, start: String, end: String, theme: String, lowCarbonDay: String, lowCarbonTheme: String,
                bannerDaysBefore: Int = 30, source: String, location: SourceLocation) {
        self.year = year
        self.start = start
        self.end = end
        self.theme = theme
        self.lowCarbonDay = lowCarbonDay
        self.lowCarbonTheme = lowCarbonTheme
        self.bannerDaysBefore = bannerDaysBefore
        self.source = source
        self.location = location
    }
}
