/// What the registers and the plan criteria need to know of an institution of the statistics:
/// its id, name, reporting group and level. The lead builds these from the year statistics.
public struct InstitutionRef: Sendable, Hashable {
    public var id: String
    public var name: String
    public var group: InstitutionGroup
    /// 县级 / 乡镇级; nil when the statistics leave 层级 empty.
    public var level: InstitutionLevel?

    public init(id: String, name: String, group: InstitutionGroup, level: InstitutionLevel?) {
        self.id = id
        self.name = name
        self.group = group
        self.level = level
    }
}

extension InstitutionRef {
    /// Every institution of any year by id, with its name, group and level in the latest year
    /// that lists it (the years in ascending order; within a year, its last row).
    public static func latest(in statistics: [YearStatistics]) -> [String: InstitutionRef] {
        var refs: [String: InstitutionRef] = [:]
        refs.reserveCapacity(statistics.last?.institutions.count ?? 0)
        // Newest year first, each id kept from the first row that names it going backwards. A
        // year that lists the same ids in the same order as the year after it (the usual case:
        // each year's sheet starts from the last one's) adds nothing and is not looked up.
        var newer: [InstitutionRecord] = []
        for year in statistics.reversed() {
            let rows = year.institutions
            defer { newer = rows }
            if rows.hasSameIDs(inOrderAs: newer) { continue }
            for record in rows.reversed() where refs[record.id] == nil {
                refs[record.id] = InstitutionRef(id: record.id, name: record.name, group: record.group, level: record.level)
            }
        }
        return refs
    }
}
