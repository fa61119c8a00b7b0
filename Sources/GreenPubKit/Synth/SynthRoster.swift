import GreenPubModel

/// One institution of the sample: the same id denotes the same institution in every year.
struct SynthInstitution: Sendable, Hashable {
    var index: Int
    var id: String
    var name: String
    var category: InstitutionCategory
    var kind: SynthInstitutionKind

    var group: InstitutionGroup { kind.group }
    var level: InstitutionLevel { kind.level }
}

/// The list of institutions: the fixed members of the shared id list first, then plausible
/// county departments, schools, health centres and other units, in id order per group.
enum SynthRoster {
    /// How the 292 institutions of the county plan split into groups (the plan gives only the total).
    static let pengshuiGroupCounts: [(group: InstitutionGroup, count: Int)] = [
        (.government, 112), (.education, 90), (.health, 45), (.other, 45),
    ]
    static let pengshuiTotal = 292

    /// The roster of `count` institutions (at least one per group), groups in proportion to the
    /// Pengshui split, ordered government, education, health, other.
    static func institutions(count: Int) -> [SynthInstitution] {
        precondition(count >= 4, "the sample needs at least one institution per group")
        let counts = SynthMath.roundPreservingSum(
            pengshuiGroupCounts.map { Double($0.count) * Double(count) / Double(pengshuiTotal) },
            total: count, minimum: 1
        )
        var roster: [SynthInstitution] = []
        for (position, entry) in pengshuiGroupCounts.enumerated() {
            let members = members(of: entry.group, count: counts[position])
            let width = max(3, String(members.count).count)
            for (number, member) in members.enumerated() {
                let digits = String(number + 1)
                let id = "PS" + entry.group.idLetter + String(repeating: "0", count: width - digits.count) + digits
                roster.append(SynthInstitution(
                    index: roster.count, id: id, name: member.name, category: member.category, kind: member.kind
                ))
            }
        }
        return roster
    }

    private struct Member {
        var name: String
        var category: InstitutionCategory
        var kind: SynthInstitutionKind
    }

    private static func members(of group: InstitutionGroup, count: Int) -> [Member] {
        let pool: [Member]
        switch group {
        case .government:
            pool = SynthNames.fixedGovernment.map { Member(name: $0.name, category: .stateOrgan, kind: $0.kind) }
                + SynthNames.countyDepartments.map { Member(name: county($0), category: .stateOrgan, kind: .countyDepartment) }
                + SynthNames.townships.map { Member(name: $0.governmentName, category: .stateOrgan, kind: .townshipGovernment) }
        case .education:
            pool = SynthNames.fixedEducation.map { Member(name: $0.name, category: .education, kind: $0.kind) }
                + SynthNames.countySchools.map { Member(name: county($0), category: .education, kind: .countySchool) }
                + SynthNames.townships.filter { !$0.isStreet }.prefix(20).map {
                    Member(name: $0.shortName + "中学", category: .education, kind: .townshipMiddleSchool)
                }
                + SynthNames.townships.filter { !$0.isStreet }.map {
                    Member(name: $0.name + "中心校", category: .education, kind: .townshipPrimarySchool)
                }
                + SynthNames.townships.filter { !$0.isStreet }.prefix(24).map {
                    Member(name: $0.name + "第二小学", category: .education, kind: .townshipPrimarySchool)
                }
        case .health:
            pool = SynthNames.fixedHealth.map { Member(name: $0.name, category: .health, kind: $0.kind) }
                + SynthNames.countyHealthUnits.map { Member(name: county($0.name), category: .health, kind: $0.kind) }
                + SynthNames.townships.map { Member(name: $0.healthCentreName, category: .health, kind: .townshipHealthCentre) }
        case .other:
            pool = SynthNames.fixedOther.map { Member(name: $0.name, category: $0.category, kind: .countyVenue) }
                + SynthNames.countyOtherUnits.map { Member(name: county($0.name), category: $0.category, kind: $0.kind) }
                + SynthNames.townships.filter { !$0.isStreet }.map {
                    Member(name: $0.name + "综合文化服务中心", category: .culture, kind: .townshipCultureStation)
                }
        }
        if count <= pool.count { return Array(pool.prefix(count)) }
        // A scale run repeats the county's pattern: the n-th extra member copies the kind of
        // the (n mod pool)-th one, its name numbered (2), (3), ...
        return pool + (0..<(count - pool.count)).map { n in
            var member = pool[n % pool.count]
            member.name += "（\(n / pool.count + 2)）"
            return member
        }
    }

    private static func county(_ name: String) -> String { "彭水自治县" + name }
}

extension InstitutionGroup {
    /// The letter of the group in the sample's ids (PSG001, PSE001, PSH001, PSO001).
    var idLetter: String {
        switch self {
        case .government: "G"
        case .education: "E"
        case .health: "H"
        case .other: "O"
        }
    }
}
