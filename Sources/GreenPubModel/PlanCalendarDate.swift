/// A day of the calendar (year, month, day) without a time or a time zone: the dates of the
/// plans (deadlines, issue dates) and of the registers (start and completion of a project).
///
/// Written `2022-06-30` in every output; read from `2022-06-30`, `2022-6-30`, `2022/6/30`
/// or `2022年6月30日`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A valid date, or nil (month outside 1...12, day beyond the month's last day).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// 31 December of a year: the end of a statistics year or of a plan period.
    public static func endOfYear(_ year: Int) -> CalendarDate {
        CalendarDate(checkedYear: year, month: 12, day: 31)
    }

    /// The last day of a month (`截至2022年6月` -> 2022-06-30).
    public static func endOfMonth(year: Int, month: Int) -> CalendarDate? {
        guard (1...12).contains(month) else { return nil }
        return CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))
    }

    private init(checkedYear: Int, month: Int, day: Int) {
        self.year = checkedYear
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init?(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.init(year: year, month: month, day: day)
    }

    /// ISO 8601: `2022-06-30`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The way Chinese documents print a date: `2022年6月30日`.
    public var chineseDescription: String { "\(year)年\(month)月\(day)日" }

    /// Reads `2022-06-30`, `2022-6-30`, `2022/6/30` or `2022年6月30日` (surrounding spaces
    /// ignored). Nil for anything else, including impossible days such as 2023-02-29.
    public static func parse(_ raw: String) -> CalendarDate? {
        let text = raw.trimmingSpaces()
        var parts: [Substring]
        if text.hasSuffix("日"), text.contains("年"), text.contains("月") {
            parts = text.dropLast().split(omittingEmptySubsequences: false) { $0 == "年" || $0 == "月" }
        } else if text.contains("-") {
            parts = text.split(separator: "-", omittingEmptySubsequences: false)
        } else if text.contains("/") {
            parts = text.split(separator: "/", omittingEmptySubsequences: false)
        } else {
            return nil
        }
        guard parts.count == 3, parts[0].count == 4,
              (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarDate(year: y, month: m, day: d)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

fileprivate extension String {
    /// Trimmed of ASCII and full-width spaces, tabs and line breaks (what a spreadsheet cell
    /// or a YAML scalar may carry around its value).
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\u{3000}" || $0 == "\t" || $0.isNewline || $0 == "\u{FEFF}" || $0 == "\u{00A0}" }
        var slice = Substring(self)
        while let first = slice.first, isSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isSpace(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
