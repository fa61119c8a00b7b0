import GreenPubModel

/// One institution's accounts for one year.
public struct InstitutionAccount: Sendable, Hashable {
    public var id: String
    public var name: String
    public var category: InstitutionCategory
    public var level: InstitutionLevel?
    public var totals: AccountTotals

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
}
