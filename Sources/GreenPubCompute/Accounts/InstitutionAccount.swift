import GreenPubModel

/// One institution's accounts for one year.
///
/// A class: an account is never changed once computed, and the directory, rankings, lists and
/// exports hold tens of thousands of them at city scale (sorting and indexing them moved a few
/// hundred bytes per account per step as a struct; now a reference).
public final class InstitutionAccount: Sendable, Hashable {
    public let id: String
    public let name: String
    public let category: InstitutionCategory
    public let level: InstitutionLevel?
    public let totals: AccountTotals

    public init(
        id: String, name: String, category: InstitutionCategory, level: InstitutionLevel?,
        totals: AccountTotals
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.level = level
        self.totals = totals
    }

    /// The plan's reporting group (党政机关, 教育, 卫生, 其他).
    public var group: InstitutionGroup { category.group }
    /// The institution's own intensities (its totals' ratios).
    public var intensities: Intensities { totals.intensities }

    public static func == (left: InstitutionAccount, right: InstitutionAccount) -> Bool {
        left === right || (left.id == right.id && left.name == right.name && left.category == right.category
            && left.level == right.level && left.totals == right.totals)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(totals)
    }
}

extension InstitutionAccount: InstitutionIdentified {}
