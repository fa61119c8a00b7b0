import GreenPubCompute
import GreenPubModel

/// Every institution of every year's accounts, in the order they first appear, with its
/// account and statistics row in each year (the first row of an id given twice in a year).
/// The institution index is made from it.
///
/// Rows are kept as positions in their year's list, not copied: the lists are the statistics
/// as loaded, which stay in memory for the whole build anyway.
struct InstitutionSlots {
    private(set) var ids: [String] = []
    /// Each year's statistics rows, in the order of the accounts (empty for a year without).
    let rowsByYear: [[InstitutionRecord]]
    /// By slot, then year: the position of its row in `rowsByYear`; -1 where it did not report.
    private(set) var rowPositions: [[Int32]] = []
    private(set) var accounts: [[InstitutionAccount?]] = []
    /// By slot: the account of the latest year that lists it.
    private(set) var latest: [InstitutionAccount] = []

    init(accounts years: [YearAccounts], statistics: [YearStatistics]) {
        var recordsByYear: [Int: YearStatistics] = [:]
        for statistics in statistics where recordsByYear[statistics.year] == nil {
            recordsByYear[statistics.year] = statistics
        }
        rowsByYear = years.map { recordsByYear[$0.year]?.institutions ?? [] }
        let capacity = years.map(\.institutions.count).max() ?? 0
        var position: [String: Int] = [:]
        position.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
        rowPositions.reserveCapacity(capacity)
        accounts.reserveCapacity(capacity)
        latest.reserveCapacity(capacity)
        // The slot of each account of the year before, -1 for an id given twice: a year that
        // lists the same ids in the same order reuses them without a lookup.
        var previousSlots: [Int] = []
        var previousYear: [InstitutionAccount] = []
        for (yearIndex, year) in years.enumerated() {
            let rows = rowsByYear[yearIndex]
            // Accounts are computed from the rows in file order: match by position, and by id
            // only when the two lists differ.
            let aligned = rows.hasSameIDs(inOrderAs: year.institutions)
            var rowByID: [String: Int] = [:]
            if !aligned {
                for (position, row) in rows.enumerated() where rowByID[row.id] == nil { rowByID[row.id] = position }
            }
            let sameIDs = year.institutions.hasSameIDs(inOrderAs: previousYear)
            var slots: [Int] = []
            slots.reserveCapacity(year.institutions.count)
            for (index, account) in year.institutions.enumerated() {
                let slot: Int
                if sameIDs {
                    slot = previousSlots[index]
                } else if let existing = position[account.id] {
                    slot = accounts[existing][yearIndex] == nil ? existing : -1
                } else {
                    slot = ids.count
                    position[account.id] = slot
                    ids.append(account.id)
                    rowPositions.append(Array(repeating: -1, count: years.count))
                    accounts.append(Array(repeating: nil, count: years.count))
                    latest.append(account)
                }
                slots.append(slot)
                guard slot >= 0 else { continue }  // an id given twice in a year: the first row counts
                accounts[slot][yearIndex] = account
                latest[slot] = account
                if let position = aligned ? index : rowByID[account.id] { rowPositions[slot][yearIndex] = Int32(position) }
            }
            previousSlots = slots
            previousYear = year.institutions
        }
    }
}
