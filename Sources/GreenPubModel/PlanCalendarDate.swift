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
        // Three numbers (4, 1-2 and 1-2 digits) and the separators after them, read in one pass.
        var numbers = (0, 0, 0)
        var lengths = (0, 0, 0)
        var separators: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?) = (nil, nil, nil)
        var field = 0
        var value = 0
        var length = 0
        func close(_ separator: Unicode.Scalar?) -> Bool {
            switch field {
            case 0: (numbers.0, lengths.0, separators.0) = (value, length, separator)
            case 1: (numbers.1, lengths.1, separators.1) = (value, length, separator)
            case 2: (numbers.2, lengths.2, separators.2) = (value, length, separator)
            default: return false
            }
            field += 1
            value = 0
            length = 0
            return true
        }
        for scalar in raw.unicodeScalars.trimmingSpaceScalars() {
            if ("0"..."9").contains(scalar) {
                value = value * 10 + Int(scalar.value - 48)
                length += 1
                guard length <= 4 else { return nil }
            } else {
                guard length > 0, close(scalar) else { return nil }
            }
        }
        if length > 0 { guard close(nil) else { return nil } }
        guard field == 3, lengths.0 == 4, (1...2).contains(lengths.1), (1...2).contains(lengths.2) else { return nil }
        let valid: Bool
        switch separators {
        case ("-", "-", nil), ("/", "/", nil), ("年", "月", "日"): valid = true
        default: valid = false
        }
        guard valid else { return nil }
        return CalendarDate(year: numbers.0, month: numbers.1, day: numbers.2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

fileprivate extension String.UnicodeScalarView {
    /// Without leading and trailing spaces (ASCII, full-width, no-break), tabs, line breaks, BOM.
    func trimmingSpaceScalars() -> Substring.UnicodeScalarView {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{3000}", "\u{FEFF}", "\u{00A0}": true
            default: false
            }
        }
        var start = startIndex
        var end = endIndex
        while start < end, isSpace(self[start]) { start = index(after: start) }
        while end > start, isSpace(self[index(before: end)]) { end = index(before: end) }
        return self[start..<end]
    }
}
