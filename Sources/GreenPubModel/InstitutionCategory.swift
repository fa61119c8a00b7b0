import Foundation

/// The national classification of a public institution (单位性质), by its code.
public enum InstitutionCategory: String, Sendable, Hashable, CaseIterable, Codable {
    case stateOrgan = "01"          // 国家机关 (党政机关)
    case education = "021"          // 教育
    case science = "022"            // 科技
    case culture = "023"            // 文化
    case health = "024"             // 卫生
    case sports = "025"             // 体育
    case otherPublicService = "026" // 其他事业单位
    case socialOrganisation = "03"  // 社会团体

    public var code: String { rawValue }

    /// The Chinese name printed in the national statistics forms.
    public var chineseName: String {
        switch self {
        case .stateOrgan: "国家机关"
        case .education: "教育"
        case .science: "科技"
        case .culture: "文化"
        case .health: "卫生"
        case .sports: "体育"
        case .otherPublicService: "其他事业单位"
        case .socialOrganisation: "社会团体"
        }
    }

    /// The plan's reporting group for this category.
    public var group: InstitutionGroup {
        switch self {
        case .stateOrgan: .government
        case .education: .education
        case .health: .health
        default: .other
        }
    }

    /// Reads a code (`021`, `21`) or a name (`教育`, `党政机关`, `事业单位-教育`).
    public init?(codeOrName raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let byCode = InstitutionCategory(rawValue: text) {
            self = byCode
            return
        }
        let aliases: [(String, InstitutionCategory)] = [
            ("1", .stateOrgan), ("21", .education), ("22", .science), ("23", .culture),
            ("24", .health), ("25", .sports), ("26", .otherPublicService), ("3", .socialOrganisation),
            ("国家机关", .stateOrgan), ("党政机关", .stateOrgan), ("机关", .stateOrgan),
            ("教育", .education), ("科技", .science), ("文化", .culture),
            ("卫生", .health), ("体育", .sports),
            ("其他事业单位", .otherPublicService), ("其他", .otherPublicService),
            ("社会团体", .socialOrganisation), ("团体组织", .socialOrganisation),
        ]
        for (alias, category) in aliases where alias == text {
            self = category
            return
        }
        return nil
    }
}

/// The plan's reporting groups: 党政机关, 教育, 卫生 and everything else.
public enum InstitutionGroup: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case government   // 党政机关
    case education    // 教育
    case health       // 卫生
    case other        // 其他

    public var chineseName: String {
        switch self {
        case .government: "党政机关"
        case .education: "教育"
        case .health: "卫生"
        case .other: "其他"
        }
    }

    /// Stable order used everywhere groups are listed.
    public var order: Int {
        switch self {
        case .government: 0
        case .education: 1
        case .health: 2
        case .other: 3
        }
    }

    public static func < (lhs: InstitutionGroup, rhs: InstitutionGroup) -> Bool { lhs.order < rhs.order }
}

/// Administrative level of an institution (层级). 街道 counts as 乡镇级.
public enum InstitutionLevel: String, Sendable, Hashable, CaseIterable, Codable {
    case county     // 县级
    case township   // 乡镇级 (街道 included)

    public var chineseName: String {
        switch self {
        case .county: "县级"
        case .township: "乡镇级"
        }
    }

    public init?(chineseOrKey raw: String) {
        switch raw.trimmingCharacters(in: .whitespaces) {
        case "county", "县级", "县": self = .county
        case "township", "乡镇级", "乡镇", "街道", "街镇级", "街道级": self = .township
        default: return nil
        }
    }
}
