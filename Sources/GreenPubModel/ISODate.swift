/// Strict `YYYY-MM-DD` dates (front matter, campaigns, command-line options): the ISO shape
/// only, checked against the calendar by `CalendarDate`.
public enum ISODate {
    public static func isValid(_ text: String) -> Bool { components(text) != nil }

    public static func components(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let date = CalendarDate.parse(text)
        else { return nil }
        return (date.year, date.month, date.day)
    }
}
