/// One institution's row of a year's statistics (公共机构能源资源消费统计), in canonical units.
public struct InstitutionRecord: Sendable, Hashable {
    public var id: String                 // 统一社会信用代码 / 单位代码
    public var name: String               // 单位名称
    public var category: InstitutionCategory
    public var level: InstitutionLevel?   // 层级
    public var areaM2: Double             // 建筑面积, m²
    public var users: Double              // 用能人数
    public var vehicles: Int              // 公务用车
    public var newEnergyVehicles: Int     // 新能源汽车 (of the vehicles)
    public var energy: EnergyQuantities
    public var waterM3: Double            // 用水量, m³
    public var pvKWh: Double              // 光伏发电量, generated on site
    /// The row this record was read from.
    public var location: SourceLocation

    public init(
        id: String, name: String, category: InstitutionCategory, level: InstitutionLevel? = nil,
        areaM2: Double, users: Double, vehicles: Int = 0, newEnergyVehicles: Int = 0,
        energy: EnergyQuantities = EnergyQuantities(), waterM3: Double = 0, pvKWh: Double = 0,
        location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.level = level
        self.areaM2 = areaM2
        self.users = users
        self.vehicles = vehicles
        self.newEnergyVehicles = newEnergyVehicles
        self.energy = energy
        self.waterM3 = waterM3
        self.pvKWh = pvKWh
        self.location = location
    }

    public var group: InstitutionGroup { category.group }
}

/// Every institution's row for one statistics year, in file order.
public struct YearStatistics: Sendable, Hashable {
    public var year: Int
    /// Project-relative path of the file the year was read from.
    public var file: String
    public var institutions: [InstitutionRecord]

    public init(year: Int, file: String, institutions: [InstitutionRecord]) {
        self.year = year
        self.file = file
        self.institutions = institutions
    }
}
