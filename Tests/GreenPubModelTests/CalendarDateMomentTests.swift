import Foundation
import GreenPubModel
import Testing

@Suite struct CalendarDateMomentTests {
    @Test func dayChangesAtMidnightInChina() {
        // 2025-06-22 16:00 UTC is 2025-06-23 00:00 in China.
        let midnight = 1_750_608_000.0
        #expect(CalendarDate(secondsSince1970: midnight, utcOffsetHours: 8)?.description == "2025-06-23")
        #expect(CalendarDate(secondsSince1970: midnight - 1, utcOffsetHours: 8)?.description == "2025-06-22")
        #expect(CalendarDate(secondsSince1970: midnight - 0.001, utcOffsetHours: 8)?.description == "2025-06-22")
        #expect(CalendarDate(secondsSince1970: midnight, utcOffsetHours: 0)?.description == "2025-06-22")
    }

    @Test func beforeNineteenSeventy() {
        #expect(CalendarDate(secondsSince1970: -1, utcOffsetHours: 0)?.description == "1969-12-31")
        #expect(CalendarDate(secondsSince1970: -1, utcOffsetHours: 8)?.description == "1970-01-01")
    }

    @Test func impossibleMomentsHaveNoDay() {
        #expect(CalendarDate(secondsSince1970: .nan, utcOffsetHours: 8) == nil)
        #expect(CalendarDate(secondsSince1970: .infinity, utcOffsetHours: 8) == nil)
        #expect(CalendarDate(secondsSince1970: 1e20, utcOffsetHours: 8) == nil)
    }

    /// The same day as Foundation's calendar in Asia/Shanghai, every 7 hours 13 minutes from 1992
    /// to 2100 (so the moments fall at every hour of the day).
    @Test func agreesWithFoundationInShanghai() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        var seconds = 694_224_000.0  // 1992-01-01 UTC
        while seconds < 4_102_444_800 {  // 2100-01-01 UTC
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: seconds))
            let day = try #require(CalendarDate(secondsSince1970: seconds, utcOffsetHours: 8))
            #expect([day.year, day.month, day.day] == [parts.year, parts.month, parts.day], "\(seconds)")
            seconds += 7 * 3600 + 13 * 60
        }
    }
}
