/// How numbers and dates stored in a workbook are written as cell text.
enum SpreadsheetValueText {
    /// A number as plain decimal text: integers without ".0" (`1234`), others in the shortest
    /// form that reads back as the same double (`0.1`, `1234.5678`), never in exponent notation.
    static func number(_ value: Double) -> String {
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return expandingExponent(value.description)
    }

    /// `1.5e-07` → `0.00000015`, `1.2e+20` → `120000000000000000000`; other text unchanged.
    static func expandingExponent(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
              let exponent = Int(text[text.index(after: e)...].replacing("+", with: "")) else { return text }
        var mantissa = Substring(text[..<e])
        var sign = ""
        if mantissa.hasPrefix("-") {
            sign = "-"
            mantissa = mantissa.dropFirst()
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integerDigits = String(parts[0])
        let fractionDigits = parts.count > 1 ? String(parts[1]) : ""
        var digits = integerDigits + fractionDigits
        var point = integerDigits.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: -point + 1) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var whole = String(digits.prefix(point))
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        while whole.count > 1 && whole.hasPrefix("0") { whole.removeFirst() }
        return sign + whole + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// A date serial number as ISO text: `2023-06-30`, with ` HH:MM:SS` when it has a time of day.
    /// - Parameter uses1904: the workbook counts from 1904-01-01 instead of 1899-12-30.
    static func date(serial: Double, uses1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }  // up to 9999-12-31
        var seconds = Int64((serial * 86_400).rounded())
        var days = seconds / 86_400
        seconds -= days * 86_400
        if uses1904 {
            days += 1462  // 1904-01-01 is serial 1462 of the 1900 system
        } else if days < 61 {
            // Excel counts the day 1900-02-29 that never was; serials before it are one day early.
            days += 1
        }
        // Serial 0 of the 1900 system (with the correction above) is 1899-12-30, i.e. 25569 days
        // before 1970-01-01.
        let (year, month, day) = civilDate(daysSince1970: days - 25_569)
        var text = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if seconds > 0 {
            text += " " + pad(Int(seconds / 3600), 2) + ":" + pad(Int(seconds / 60 % 60), 2) + ":"
                + pad(Int(seconds % 60), 2)
        }
        return text
    }

    /// Proleptic Gregorian date of a day count from 1970-01-01 (Howard Hinnant's algorithm).
    static func civilDate(daysSince1970: Int64) -> (year: Int, month: Int, day: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
