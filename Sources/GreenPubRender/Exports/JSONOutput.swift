/// A JSON value for the exports, written deterministically: object keys sorted by their
/// UTF-8 bytes, numbers already formatted (`ExportNumber`), no whitespace but a line break
/// after each element of the arrays marked `lines` (so a diff shows one row per line).
indirect enum JSONValue {
    case null
    case bool(Bool)
    /// A number as `ExportNumber` writes it.
    case number(String)
    case string(String)
    case array([JSONValue], lines: Bool = false)
    case object([(String, JSONValue)])

    /// A number, or null when missing.
    static func number(_ value: Double?, decimals: Int) -> JSONValue {
        ExportNumber.text(value, decimals: decimals).map(JSONValue.number) ?? .null
    }

    static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    /// A string, or null when missing.
    static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// An array of strings.
    static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}

/// Writes JSON text into bytes.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []

    init(reserving capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func write(_ value: JSONValue) {
        switch value {
        case .null: raw("null")
        case .bool(let flag): raw(flag ? "true" : "false")
        case .number(let text): raw(text)
        case .string(let text): string(text)
        case .array(let items, let lines):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                if lines { bytes.append(UInt8(ascii: "\n")) }
                write(item)
            }
            if lines, !items.isEmpty { bytes.append(UInt8(ascii: "\n")) }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            let sorted = members.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            for (index, member) in sorted.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                string(member.0)
                bytes.append(UInt8(ascii: ":"))
                write(member.1)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// Text written as it is (punctuation, numbers).
    mutating func raw(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else,
    /// Chinese included, written as UTF-8. U+2028 and U+2029 are escaped too, so the file is
    /// also valid JavaScript.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            case "\u{2028}": raw("\\u2028")
            case "\u{2029}": raw("\\u2029")
            default:
                if scalar.value < 0x20 {
                    let hex = Array("0123456789abcdef".utf8)
                    raw("\\u00")
                    bytes.append(hex[Int(scalar.value >> 4)])
                    bytes.append(hex[Int(scalar.value & 0xF)])
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The whole document `value`, ending with a line break.
    static func document(_ value: JSONValue) -> [UInt8] {
        var output = JSONOutput()
        output.write(value)
        output.bytes.append(UInt8(ascii: "\n"))
        return output.bytes
    }
}
