import Foundation

/// What a register row records (类型): a project, a designation, an activity or a mechanism.
/// The key is the canonical spelling in files; `chineseName` is the label of DATA.md §3.
public enum RegisterKind: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case retrofit = "retrofit"                       // 既有建筑绿色化改造
    case singleRetrofit = "single_retrofit"          // 单项节能改造（照明/空调/节水器具）
    case pv = "pv"                                   // 光伏
    case solarThermal = "solar_thermal"              // 太阳能光热
    case heatPump = "heat_pump"                      // 空气源热泵
    case canteen = "canteen"                         // 食堂电气化（零碳直排）
    case trusteeship = "trusteeship"                 // 能源费用托管
    case emc = "emc"                                 // 合同能源管理
    case dataCentre = "data_centre"                  // 数据中心机房绿色化改造
    case foodWaste = "food_waste"                    // 餐厨垃圾就地资源化设备
    case metering = "metering"                       // 分项计量
    case nev = "nev"                                 // 新能源汽车购置
    case charging = "charging"                       // 充电设施
    case conservationOrgan = "conservation_organ"    // 节约型机关
    case waterSavingUnit = "water_saving_unit"       // 节水型单位
    case sortingDemo = "sorting_demo"                // 生活垃圾分类示范点
    case demoUnit = "demo_unit"                      // 示范单位/能效领跑者
    case training = "training"                       // 培训
    case publicity = "publicity"                     // 宣传活动
    case mechanism = "mechanism"                     // 方案/制度/工作机制
    case platform = "platform"                       // 数据库/监测平台
    case carbonAccounting = "carbon_accounting"      // 碳排放统计/核查

    public var key: String { rawValue }

    /// The Chinese name as DATA.md prints it.
    public var chineseName: String {
        switch self {
        case .retrofit: "既有建筑绿色化改造"
        case .singleRetrofit: "单项节能改造（照明/空调/节水器具）"
        case .pv: "光伏"
        case .solarThermal: "太阳能光热"
        case .heatPump: "空气源热泵"
        case .canteen: "食堂电气化（零碳直排）"
        case .trusteeship: "能源费用托管"
        case .emc: "合同能源管理"
        case .dataCentre: "数据中心机房绿色化改造"
        case .foodWaste: "餐厨垃圾就地资源化设备"
        case .metering: "分项计量"
        case .nev: "新能源汽车购置"
        case .charging: "充电设施"
        case .conservationOrgan: "节约型机关"
        case .waterSavingUnit: "节水型单位"
        case .sortingDemo: "生活垃圾分类示范点"
        case .demoUnit: "示范单位/能效领跑者"
        case .training: "培训"
        case .publicity: "宣传活动"
        case .mechanism: "方案/制度/工作机制"
        case .platform: "数据库/监测平台"
        case .carbonAccounting: "碳排放统计/核查"
        }
    }

    /// Every spelling a file may use for this kind: the key, the Chinese name, the name
    /// without its parenthesis, and each alternative of a name written with `/`.
    public var spellings: [String] {
        var names = [rawValue, chineseName]
        let name = chineseName
        if let open = name.firstIndex(of: "（") {
            names.append(String(name[..<open]))
            // `单项节能改造（照明/空调/节水器具）` also reads as `单项节能改造(照明/空调/节水器具)`.
            names.append(name.replacingFullWidthParentheses())
        }
        if !name.contains("（"), name.contains("/") {
            names += name.split(separator: "/").map(String.init)
        }
        switch self {
        case .canteen: names.append("零碳直排")
        case .carbonAccounting: names += ["碳排放核查", "碳核查"]
        case .pv: names.append("光伏发电")
        case .heatPump: names.append("热泵")
        case .conservationOrgan: names.append("节约型机关创建")
        case .waterSavingUnit: names.append("节水型单位创建")
        default: break
        }
        return names
    }

    /// Reads a key (`data_centre`, case-insensitive) or one of the Chinese spellings.
    public init?(keyOrName raw: String) {
        if let kind = RegisterKind.bySpelling[raw] {
            self = kind
            return
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let kind = RegisterKind.bySpelling[text] ?? RegisterKind.bySpelling[text.lowercased()] else { return nil }
        self = kind
    }

    /// Every spelling to its kind (for lookups only; never iterated for output).
    private static let bySpelling: [String: RegisterKind] = {
        var table: [String: RegisterKind] = [:]
        for kind in allCases {
            for spelling in kind.spellings where table[spelling] == nil { table[spelling] = kind }
        }
        return table
    }()

    /// Stable order: the order of DATA.md.
    public var order: Int { RegisterKind.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: RegisterKind, rhs: RegisterKind) -> Bool { lhs.order < rhs.order }
}

private extension String {
    func replacingFullWidthParentheses() -> String {
        String(map { $0 == "（" ? "(" : $0 == "）" ? ")" : $0 })
    }
}
