/// Anything that stands for one institution by its id (统一社会信用代码 / 单位代码): a statistics
/// row, an account.
public protocol InstitutionIdentified {
    var id: String { get }
}

extension InstitutionRecord: InstitutionIdentified {}

extension Array where Element: InstitutionIdentified {
    /// Whether `other` lists the same ids in the same order, compared position by position
    /// without a lookup: the usual case from one statistics year to the next (each year's sheet
    /// starts from the last one's), and between a year's rows and the accounts made from them.
    @inlinable
    public func hasSameIDs<Other: InstitutionIdentified>(inOrderAs other: [Other]) -> Bool {
        count == other.count && indices.allSatisfy { self[$0].id == other[$0].id }
    }
}
