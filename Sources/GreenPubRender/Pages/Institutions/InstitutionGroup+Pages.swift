import GreenPubModel

extension InstitutionGroup {
    /// The title of the group's page and of its section on the list page.
    var pageTitle: String {
        switch self {
        case .government: "党政机关"
        case .education: "教育类公共机构"
        case .health: "卫生类公共机构"
        case .other: "其他公共机构"
        }
    }

    /// What the group holds, by the national classification (单位性质).
    var membership: String {
        switch self {
        case .government: "国家机关（单位性质代码01），含县级部门和乡镇（街道）机关"
        case .education: "教育事业单位（代码021）：中小学校、职业学校、幼儿园等"
        case .health: "卫生事业单位（代码024）：医院、乡镇卫生院、疾控和妇幼保健机构等"
        case .other: "科技、文化、体育和其他事业单位及社会团体（代码022、023、025、026、03）"
        }
    }

    /// The palette key of the group's charts (`ChartPalette.groupKeys`).
    var paletteKey: String { rawValue }
}

extension EnergySource {
    /// The unit the site prints quantities of this source in.
    var displayUnit: String {
        switch self {
        case .electricity: "千瓦时"
        case .coal, .lpg: "千克"
        case .gas: "立方米"
        case .gasoline, .diesel: "升"
        case .heat: "兆焦"
        }
    }

    /// The palette key of the source's charts (`ChartPalette.energySourceKeys`).
    var paletteKey: String { rawValue }
}
