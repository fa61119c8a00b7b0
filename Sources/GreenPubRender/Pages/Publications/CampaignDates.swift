import GreenPubModel

/// Dates as the campaign pages print them, from the ISO dates of content/campaigns.yaml.
enum CampaignDates {
    /// `2025-06-23` -> `2025年6月23日`; nil for a text that is not an ISO date.
    static func chinese(_ iso: String) -> String? {
        CalendarDate.parse(iso)?.chineseDescription
    }

    /// `2025-06-25` -> `6月25日`.
    static func monthDay(_ iso: String) -> String {
        guard let date = CalendarDate.parse(iso) else { return iso }
        return "\(date.month)月\(date.day)日"
    }

    /// The week: `2025年6月23日至29日`, or `2020年6月29日至7月5日` across a month.
    static func span(start: String, end: String) -> String {
        guard let first = CalendarDate.parse(start), let last = CalendarDate.parse(end) else { return "\(start)至\(end)" }
        if first.year != last.year { return "\(first.chineseDescription)至\(last.chineseDescription)" }
        if first.month != last.month { return "\(first.chineseDescription)至\(last.month)月\(last.day)日" }
        return "\(first.chineseDescription)至\(last.day)日"
    }

    /// Whole days from `from` to `to` (negative when `to` is earlier); nil for a bad date.
    static func days(from: String, to: String) -> Int? {
        guard let a = CalendarDate.parse(from), let b = CalendarDate.parse(to) else { return nil }
        return b.dayNumber - a.dayNumber
    }
}
