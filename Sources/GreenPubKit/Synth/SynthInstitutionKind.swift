import GreenPubModel

/// The kinds of institution the sample is made of; each has its own plausible ranges.
enum SynthInstitutionKind: Sendable, Hashable {
    case adminCentre            // 机关事务管理中心: runs the county offices' compound and canteen
    case policeBureau           // 公安局: large fleet
    case countyDepartment       // 县级部门
    case townshipGovernment     // 乡镇人民政府, 街道办事处
    case keySchool              // 县城重点中学: boarding, gas boilers and canteens
    case countySchool           // 其他县属学校
    case townshipMiddleSchool   // 乡镇中学: boarding, some coal
    case townshipPrimarySchool  // 乡镇中心校, 小学: very low consumption
    case countyHospital         // 县级医院
    case countyHealthUnit       // 疾控中心, 卫生执法
    case townshipHealthCentre   // 乡镇卫生院
    case countyVenue            // 图书馆, 文化馆, 体育馆, 博物馆
    case countySmallUnit        // 社会团体, 小型事业单位
    case townshipCultureStation // 乡镇综合文化站

    var group: InstitutionGroup {
        switch self {
        case .adminCentre, .policeBureau, .countyDepartment, .townshipGovernment: .government
        case .keySchool, .countySchool, .townshipMiddleSchool, .townshipPrimarySchool: .education
        case .countyHospital, .countyHealthUnit, .townshipHealthCentre: .health
        case .countyVenue, .countySmallUnit, .townshipCultureStation: .other
        }
    }

    var level: InstitutionLevel {
        switch self {
        case .townshipGovernment, .townshipMiddleSchool, .townshipPrimarySchool, .townshipHealthCentre,
             .townshipCultureStation: .township
        default: .county
        }
    }
}
