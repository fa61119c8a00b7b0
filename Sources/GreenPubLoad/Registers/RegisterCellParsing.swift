import GreenPubModel

/// Reading the text of a register cell as a number or a date.
enum RegisterCellParsing {
    /// A number as staff type it: surrounding spaces, thousands separators (`1,234.5`).
    /// Nil for anything else (text, `NaN`, infinities, misplaced commas).
    static func number(_ raw: String) -> Double? {
        let text = raw.trimmedForRegister()
        guard !text.isEmpty,
              text.unicodeScalars.allSatisfy({ "0123456789.,+-eE".unicodeScalars.contains($0) }) else { return nil }
        var plain = text
        if text.unicodeScalars.contains(",") {
            let unsigned = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.dropFirst()) : text
            let integerPart = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let groups = integerPart.split(separator: ",", omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  !unsigned.split(separator: ".", maxSplits: 1).dropFirst().contains(where: { $0.unicodeScalars.contains(",") })
            else { return nil }
            plain = String(text.unicodeScalars.filter { $0 != "," })
        }
        guard let value = Double(plain), value.isFinite else { return nil }
        return value
    }

    /// A date `2023-06-30`, `2023/6/30` or `2023年6月30日`; in a workbook also Excel's day
    /// serial number (what a date-formatted cell holds: 45107 is 2023-06-30).
    static func date(_ raw: String, isWorkbook: Bool) -> CalendarDate? {
        let text = raw.trimmedForRegister()
        if let date = CalendarDate.parse(text) { return date }
        guard isWorkbook else { return nil }
        let serialText = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        guard let serial = Int(serialText) else { return nil }
        return excelDate(serial: serial)
    }

    /// Excel's 1900 date system: 1 is 1900-01-01 and 60 the non-existent 1900-02-29.
    static func excelDate(serial: Int) -> CalendarDate? {
        guard serial >= 1, serial <= 2_958_465, serial != 60 else { return nil }
        // 1899-12-30 is day -25569 from 1970-01-01; serials below 60 are one day off.
        let offset = serial < 60 ? 25_568 : 25_569
        return CalendarDate(dayNumber: serial - offset)
    }
}
