/// The county's accounts for one year: every institution together.
public struct CountyAccount: Sendable, Hashable {
    /// Sums over every institution, with intensities as ratios of the totals.
    public var totals: AccountTotals
    /// Each intensity as the mean of every institution's own value.
    public var meanOfInstitutions: Intensities

    public init(totals: AccountTotals, meanOfInstitutions: Intensities) {
        self.totals = totals
        self.meanOfInstitutions = meanOfInstitutions
    }
}
