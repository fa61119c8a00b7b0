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

    /// A date `2023-06-30`, `2023/6/30` or `2023年6月30日`. A time of day after the date
    /// (`2023-06-30 08:30:00`, what the workbook reader writes for a date cell with a time) is
    /// allowed and dropped.
    static func date(_ raw: String) -> CalendarDate? {
        let text = raw.trimmedForRegister()
        if let date = CalendarDate.parse(text) { return date }
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, isTimeOfDay(parts[1]) else { return nil }
        return CalendarDate.parse(String(parts[0]))
    }

    /// `HH:MM` or `HH:MM:SS`.
    private static func isTimeOfDay(_ text: Substring) -> Bool {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count),
              fields.allSatisfy({ $0.count == 2 && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }),
              let hour = Int(fields[0]), hour < 24, let minute = Int(fields[1]), minute < 60 else { return false }
        return fields.count == 2 || (Int(fields[2]) ?? 60) < 60
    }
}
