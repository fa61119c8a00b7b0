import GreenPubCompute
import GreenPubModel

/// Which energy sources a page lists: those with any consumption in the years shown, in the
/// fixed source order, so that a source the county never uses (bought heat) adds no empty row,
/// and the rows stay the same from one year's page to the next.
enum EnergySourceUse {
    static func used(in amounts: [SourceAmounts]) -> [EnergySource] {
        let used = EnergySource.allCases.filter { source in amounts.contains { $0[source] > 0 } }
        return used.isEmpty ? [.electricity] : used
    }

    /// The sources the county used in any year.
    static func used(in years: [YearAccounts]) -> [EnergySource] {
        used(in: years.map(\.county.totals.energyTce))
    }

    /// The sources of the fixed order that `used` leaves out, by name (for the note under a table).
    static func unused(_ used: [EnergySource]) -> [String] {
        EnergySource.allCases.filter { !used.contains($0) }.map(\.chineseName)
    }
}
