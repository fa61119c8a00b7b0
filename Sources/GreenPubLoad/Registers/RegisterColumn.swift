import GreenPubModel

/// The columns a register may have (DATA.md §3), with the Chinese labels and units a header
/// may use. A header is the key (`area_m2`) or a label (`面积`), optionally followed by a unit
/// in half- or full-width parentheses (`面积（万平方米）`), which scales the value.
enum RegisterColumn: String, CaseIterable, Sendable {
    case id, kind, institution, title, status, start, end
    case areaM2 = "area_m2"
    case capacityKW = "capacity_kw"
    case investmentWan = "investment_wan"
    case savingTce = "saving_tce"
    case pueBefore = "pue_before"
    case pueAfter = "pue_after"
    case quantity, note

    /// Chinese labels, the first being the one DATA.md prints.
    var labels: [String] {
        switch self {
        case .id: ["编号", "项目编号"]
        case .kind: ["类型", "项目类型"]
        case .institution: ["单位代码", "单位编号", "统一社会信用代码"]
        case .title: ["项目名称", "名称"]
        case .status: ["状态"]
        case .start: ["开始日期", "开工日期"]
        case .end: ["完成日期", "竣工日期"]
        case .areaM2: ["面积", "改造面积"]
        case .capacityKW: ["装机容量", "容量"]
        case .investmentWan: ["投资", "投资额"]
        case .savingTce: ["年节能量", "节能量"]
        case .pueBefore: ["改造前PUE"]
        case .pueAfter: ["改造后PUE"]
        case .quantity: ["数量"]
        case .note: ["备注"]
        }
    }

    /// `编号 (id)`: how messages name a column that is not in the file.
    var displayName: String { "\(labels[0]) (\(rawValue))" }

    var isRequired: Bool {
        switch self {
        case .id, .kind, .institution, .title, .status: true
        default: false
        }
    }

    var numericField: RegisterNumericField? {
        switch self {
        case .areaM2: .areaM2
        case .capacityKW: .capacityKW
        case .investmentWan: .investmentWan
        case .savingTce: .savingTce
        case .pueBefore: .pueBefore
        case .pueAfter: .pueAfter
        case .quantity: .quantity
        case .id, .kind, .institution, .title, .status, .start, .end, .note: nil
        }
    }

    /// The units a header may give and the factor into the canonical unit. Nil: the column
    /// takes no unit. Empty: any unit is accepted as a description (数量(人次)).
    var units: [(names: [String], factor: Double)]? {
        switch self {
        case .areaM2:
            [(["平方米", "m2", "m²", "㎡"], 1), (["万平方米", "万m2", "万m²", "万㎡"], 10_000)]
        case .capacityKW:
            [(["千瓦", "kw", "kwp", "千瓦峰"], 1), (["兆瓦", "mw", "mwp"], 1000)]
        case .investmentWan:
            [(["万元"], 1), (["元"], 0.0001)]
        case .savingTce:
            [(["吨标准煤", "吨标煤", "tce"], 1), (["千克标准煤", "千克标煤", "kgce"], 0.001)]
        case .quantity:
            []
        default:
            nil
        }
    }

    /// The column a label or key names (case-insensitive for ASCII), or nil.
    static func named(_ label: String) -> RegisterColumn? {
        let lower = label.lowercased()
        return allCases.first { column in
            column.rawValue == lower || column.labels.contains { $0.lowercased() == lower }
        }
    }

    /// Every key and label, for suggestions.
    static var allNames: [String] { allCases.flatMap { [$0.rawValue] + $0.labels } }
}

/// A header cell read: which column, with which unit factor.
struct RegisterHeader: Sendable {
    var column: RegisterColumn
    /// The header as written (trimmed), for messages.
    var written: String
    var factor: Double
    /// The unit text for 数量, kept for display.
    var unit: String?
    var index: Int
    var location: SourceLocation
}

extension RegisterHeader {
    /// Splits `面积（万平方米）` into the label `面积` and the unit `万平方米`.
    static func split(_ text: String) -> (label: String, unit: String?) {
        guard let last = text.last, last == ")" || last == "）" else { return (text, nil) }
        guard let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return (text, nil) }
        let label = String(text[..<open]).trimmedForRegister()
        let unit = String(text[text.index(after: open)..<text.index(before: text.endIndex)]).trimmedForRegister()
        return (label, unit)
    }
}

extension String {
    /// Trimmed of spaces (ASCII, full-width, no-break), tabs, line breaks and a stray BOM.
    func trimmedForRegister() -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{3000}", "\u{FEFF}", "\u{00A0}", "\u{0B}", "\u{0C}": true
            default: false
            }
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }
}
