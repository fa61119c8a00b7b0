import GreenPubModel

/// Names of the sample's institutions: the fixed members shared with the registers, then
/// plausible county departments, schools, health centres and units of the townships.
enum SynthNames {
    struct Township: Sendable {
        var name: String
        var isStreet: Bool { name.hasSuffix("街道") }
        /// The name without 镇 or 乡, as schools use it (保家镇 → 保家).
        var shortName: String {
            if name.hasSuffix("镇") || name.hasSuffix("乡") { return String(name.dropLast()) }
            return name
        }
        var governmentName: String { isStreet ? name + "办事处" : name + "人民政府" }
        var healthCentreName: String { isStreet ? name + "社区卫生服务中心" : name + "卫生院" }
    }

    /// The county's three streets and thirty-six towns and townships.
    static let townships: [Township] = [
        "汉葭街道", "绍庆街道", "靛水街道", "保家镇", "郁山镇", "高谷镇", "桑柘镇", "鹿角镇", "黄家镇",
        "普子镇", "龙射镇", "连湖镇", "万足镇", "平安镇", "长生镇", "新田镇", "鞍子镇", "太原镇",
        "龙溪镇", "梅子垭镇", "善感乡", "大同镇", "鹿鸣乡", "棣棠乡", "三义乡", "联合乡", "石柳乡",
        "走马乡", "芦塘乡", "乔梓乡", "诸佛乡", "桐楼乡", "岩东乡", "润溪乡", "朗溪乡", "龙塘乡",
        "石盘乡", "大垭乡", "双龙乡",
    ].map(Township.init)

    static let fixedGovernment: [(name: String, kind: SynthInstitutionKind)] = [
        ("彭水自治县机关事务管理中心", .adminCentre),
        ("彭水自治县教育委员会", .countyDepartment),
        ("彭水自治县卫生健康委员会", .countyDepartment),
        ("彭水自治县科学技术局", .countyDepartment),
        ("彭水自治县公安局", .policeBureau),
        ("中共彭水自治县委员会办公室", .countyDepartment),
        ("彭水自治县人民政府办公室", .countyDepartment),
        ("彭水自治县文化和旅游发展委员会", .countyDepartment),
    ]

    /// Sixty-five further county-level organs (without the 彭水自治县 prefix).
    static let countyDepartments: [String] = [
        "发展和改革委员会", "财政局", "生态环境局", "人力资源和社会保障局", "规划和自然资源局",
        "住房和城乡建设委员会", "交通运输委员会", "水利局", "农业农村委员会", "商务委员会",
        "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "林业局", "医疗保障局",
        "城市管理局", "民政局", "司法局", "乡村振兴局", "民族宗教事务委员会", "信访办公室",
        "经济和信息化委员会", "大数据发展局", "国有资产管理中心", "供销合作社联合社", "机关工作委员会",
        "纪律检查委员会", "委组织部", "委宣传部", "委统战部", "委政法委员会", "委机构编制委员会办公室",
        "委党校", "人大常委会办公室", "政协办公室", "人民法院", "人民检察院", "总工会",
        "共青团委员会", "妇女联合会", "委巡察工作领导小组办公室", "委党史研究室", "档案局",
        "公共资源交易中心", "不动产登记中心", "就业和人才服务局", "社会保险事务中心", "医疗保险事务中心",
        "住房保障中心", "交通运输综合行政执法支队", "农业综合行政执法支队", "城市管理综合行政执法支队",
        "市场监管综合行政执法支队", "生态环境保护综合行政执法支队", "文化市场综合行政执法支队",
        "消防救援大队", "气象局", "税务局", "公安局交通巡逻警察大队", "融资担保中心", "投资促进中心",
        "招商服务中心", "政务服务管理办公室",
    ]

    static let fixedEducation: [(name: String, kind: SynthInstitutionKind)] = [
        ("彭水自治县汉葭中学", .keySchool),
        ("重庆市彭水第一中学校", .keySchool),
        ("彭水自治县第二中学", .keySchool),
        ("彭水自治县职业教育中心", .countySchool),
        ("彭水自治县实验小学", .countySchool),
    ]

    static let countySchools: [String] = [
        "民族中学", "第二小学", "第三小学", "森林希望小学", "幼儿园", "特殊教育学校", "教师进修学校",
    ]

    static let fixedHealth: [(name: String, kind: SynthInstitutionKind)] = [
        ("彭水自治县人民医院", .countyHospital),
        ("彭水自治县中医院", .countyHospital),
        ("彭水自治县妇幼保健院", .countyHospital),
        ("彭水自治县疾病预防控制中心", .countyHealthUnit),
    ]

    static let countyHealthUnits: [(name: String, kind: SynthInstitutionKind)] = [
        ("精神卫生中心", .countyHospital),
        ("卫生健康综合行政执法支队", .countyHealthUnit),
    ]

    static let fixedOther: [(name: String, category: InstitutionCategory)] = [
        ("彭水自治县图书馆", .culture),
        ("彭水自治县文化馆", .culture),
        ("彭水自治县体育馆", .sports),
    ]

    static let countyOtherUnits: [(name: String, category: InstitutionCategory, kind: SynthInstitutionKind)] = [
        ("博物馆", .culture, .countyVenue),
        ("融媒体中心", .otherPublicService, .countyVenue),
        ("档案馆", .otherPublicService, .countySmallUnit),
        ("红十字会", .socialOrganisation, .countySmallUnit),
        ("残疾人联合会", .socialOrganisation, .countySmallUnit),
        ("科学技术协会", .socialOrganisation, .countySmallUnit),
    ]
}
