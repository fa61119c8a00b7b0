extension CalendarDate {
    /// The calendar day of a moment, given as seconds since 1970-01-01 00:00 UTC, where the
    /// clocks are `utcOffsetHours` ahead of UTC. China keeps UTC+8 all year (no daylight saving
    /// since 1991), so this is the day in China without Foundation's time-zone database.
    public init?(secondsSince1970 seconds: Double, utcOffsetHours: Int) {
        let local = seconds + Double(utcOffsetHours * 3600)
        guard local.isFinite, abs(local) < 1e15 else { return nil }
        self.init(dayNumber: Int((local / 86_400).rounded(.down)))
    }
}
