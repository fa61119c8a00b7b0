import GreenPubModel

/// The campaign's activities: register entries of kind 宣传活动 (`publicity`) and 培训
/// (`training`) whose dates fall in the week or within `windowDays` days of it.
enum CampaignActivities {
    /// How far before the first day and after the last day of the week an activity still
    /// counts as part of the campaign.
    static let windowDays = 30

    enum Timing: String {
        case before = "宣传周前"
        case during = "宣传周期间"
        case after = "宣传周后"
    }

    struct Activity {
        let entry: RegisterEntry
        let timing: Timing
    }

    /// In date order (start, then completion, then id); entries without dates are left out.
    static func of(_ campaign: Campaign, registers: [RegisterEntry]) -> [Activity] {
        guard let start = CalendarDate.parse(campaign.start), let end = CalendarDate.parse(campaign.end) else { return [] }
        let windowStart = start.dayNumber - windowDays
        let windowEnd = end.dayNumber + windowDays
        let found: [Activity] = registers.compactMap { entry in
            guard entry.kind == .publicity || entry.kind == .training,
                  let first = entry.start ?? entry.end, let last = entry.end ?? entry.start else { return nil }
            guard last.dayNumber >= windowStart, first.dayNumber <= windowEnd else { return nil }
            let timing: Timing = last < start ? .before : first > end ? .after : .during
            return Activity(entry: entry, timing: timing)
        }
        return found.sorted { a, b in
            let ka = ((a.entry.start ?? a.entry.end)?.dayNumber ?? 0, a.entry.end?.dayNumber ?? 0, a.entry.id)
            let kb = ((b.entry.start ?? b.entry.end)?.dayNumber ?? 0, b.entry.end?.dayNumber ?? 0, b.entry.id)
            return ka < kb
        }
    }
}
