import Foundation

/// How a header cell's text is compared with the known labels and units.
enum StatisticsHeaderText {
    /// A header cell split into its label and the unit in trailing parentheses, both normalised:
    /// `用电量（万千瓦时）` → (`用电量`, `万千瓦时`); `area_m2` → (`area_m2`, nil).
    static func split(_ header: String) -> (label: String, unit: String?) {
        let text = normalized(header)
        guard let last = text.last, last == ")" || last == "）" else { return (text, nil) }
        guard let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), open != text.startIndex else {
            return (text, nil)
        }
        let label = String(text[..<open])
        let unit = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return (label, unit)
    }

    /// Without any white space (spaces, full-width spaces, line breaks), ASCII letters in lower
    /// case, and superscript or squared-unit signs spelled out: `M³` → `m3`, `㎡` → `m2`.
    static func normalized(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar.isWhitespace || scalar == "\u{FEFF}" { continue }
            switch scalar {
            case "A"..."Z": result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case "²": result += "2"
            case "³": result += "3"
            case "㎡": result += "m2"
            case "·", "．": result += "."
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A header as written, for messages: trimmed, with line breaks inside shown as spaces.
    static func shown(_ header: String) -> String {
        let lines = header.split(whereSeparator: { $0.isNewline })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return lines.joined(separator: " ")
    }
}
