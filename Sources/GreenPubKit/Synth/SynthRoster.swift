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
        let counts = groupCounts(count: count)
        var roster: [SynthInstitution] = []
        for (position, entry) in pengshuiGroupCounts.enumerated() {
            let members = members(of: entry.group, count: counts[position])
            for (number, member) in members.enumerated() {
                let id = self.id(group: entry.group, number: number + 1)
                roster.append(SynthInstitution(
                    index: roster.count, id: id, name: member.name, category: member.category, kind: member.kind
                ))
            }
        }
        return roster
    }

    /// How many institutions of each group a roster of `count` has, in the order of
    /// `pengshuiGroupCounts`.
    static func groupCounts(count: Int) -> [Int] {
        SynthMath.roundPreservingSum(
            pengshuiGroupCounts.map { Double($0.count) * Double(count) / Double(pengshuiTotal) },
            total: count, minimum: 1
        )
    }

    /// The id of the `number`-th (from 1) institution of a group: "PS", the group's letter and
    /// at least three digits. Past 999 the sequence simply continues (PSG999, PSG1000), so that
    /// the fixed ids of the shared list (PSG001, PSE001, ...) are the same at every size.
    static func id(group: InstitutionGroup, number: Int) -> String {
        let digits = String(number)
        return "PS" + group.idLetter + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// The group and the number (from 1) within it of a roster id such as PSG012; nil for any
    /// other text.
    static func parse(id: String) -> (group: InstitutionGroup, number: Int)? {
        guard id.hasPrefix("PS"), let letter = id.dropFirst(2).first,
              let group = InstitutionGroup.allCases.first(where: { $0.idLetter == String(letter) }),
              case let digits = id.dropFirst(3), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let number = Int(digits), number >= 1, Self.id(group: group, number: number) == id
        else { return nil }
        return (group, number)
    }

    /// How many distinct members a group's pool holds before a larger roster starts repeating
    /// it: the member at number n (from 1) is a copy of the one at ((n - 1) mod poolSize) + 1.
    static func poolSize(of group: InstitutionGroup) -> Int { pool(of: group).count }

    private struct Member {
        var name: String
        var category: InstitutionCategory
        var kind: SynthInstitutionKind
    }

    private static func members(of group: InstitutionGroup, count: Int) -> [Member] {
        let pool = pool(of: group)
        if count <= pool.count { return Array(pool.prefix(count)) }
        // A scale run repeats the county's pattern: the n-th extra member copies the kind of
        // the (n mod pool)-th one, its name numbered (2), (3), ...
        return pool + (0..<(count - pool.count)).map { n in
            var member = pool[n % pool.count]
            member.name += "（\(n / pool.count + 2)）"
            return member
        }
    }

    /// The distinct members of a group, fixed members of the shared id list first.
    private static func pool(of group: InstitutionGroup) -> [Member] {
        switch group {
        case .government:
            SynthNames.fixedGovernment.map { Member(name: $0.name, category: .stateOrgan, kind: $0.kind) }
                + SynthNames.countyDepartments.map { Member(name: county($0), category: .stateOrgan, kind: .countyDepartment) }
                + SynthNames.townships.map { Member(name: $0.governmentName, category: .stateOrgan, kind: .townshipGovernment) }
        case .education:
            SynthNames.fixedEducation.map { Member(name: $0.name, category: .education, kind: $0.kind) }
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
            SynthNames.fixedHealth.map { Member(name: $0.name, category: .health, kind: $0.kind) }
                + SynthNames.countyHealthUnits.map { Member(name: county($0.name), category: .health, kind: $0.kind) }
                + SynthNames.townships.map { Member(name: $0.healthCentreName, category: .health, kind: .townshipHealthCentre) }
        case .other:
            SynthNames.fixedOther.map { Member(name: $0.name, category: $0.category, kind: .countyVenue) }
                + SynthNames.countyOtherUnits.map { Member(name: county($0.name), category: $0.category, kind: $0.kind) }
                + SynthNames.townships.filter { !$0.isStreet }.map {
                    Member(name: $0.name + "综合文化服务中心", category: .culture, kind: .townshipCultureStation)
                }
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
