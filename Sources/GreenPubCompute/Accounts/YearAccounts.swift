import GreenPubModel

/// Every account of one statistics year: institutions in file order, the four groups in
/// their fixed order (always all four, empty ones included), and the county.
public struct YearAccounts: Sendable, Hashable {
    public var year: Int
    /// Project-relative path of the statistics file the year was read from.
    public var file: String
    public var institutions: [InstitutionAccount]
    /// One entry per `InstitutionGroup.allCases`, in that order.
    public var groups: [GroupAccount]
    public var county: CountyAccount

    public init(
        year: Int, file: String, institutions: [InstitutionAccount], groups: [GroupAccount],
        county: CountyAccount
    ) {
        self.year = year
        self.file = file
        self.institutions = institutions
        self.groups = groups
        self.county = county
    }

    /// The account of one group.
    public func group(_ group: InstitutionGroup) -> GroupAccount {
        guard let account = groups.first(where: { $0.group == group }) else {
            preconditionFailure("YearAccounts of \(year) lacks the group \(group.rawValue)")
        }
        return account
    }

    /// The account of the institution with this id, if it reported this year.
    public func institution(id: String) -> InstitutionAccount? {
        institutions.first { $0.id == id }
    }
}
