import GreenPubCompute
import GreenPubModel

/// Every institution of every year's accounts, in the order they first appear, with its
/// account and statistics row in each year (the first row of an id given twice in a year).
/// The institution index is made from it.
struct InstitutionSlots {
    private(set) var ids: [String] = []
    /// By slot, then year (the order of the accounts); nil where it did not report.
    private(set) var records: [[InstitutionRecord?]] = []
    private(set) var accounts: [[InstitutionAccount?]] = []
    /// By slot: the account of the latest year that lists it.
    private(set) var latest: [InstitutionAccount] = []

    init(accounts years: [YearAccounts], statistics: [YearStatistics]) {
        var recordsByYear: [Int: YearStatistics] = [:]
        for statistics in statistics where recordsByYear[statistics.year] == nil {
            recordsByYear[statistics.year] = statistics
        }
        let capacity = years.map(\.institutions.count).max() ?? 0
        var position: [String: Int] = [:]
        position.reserveCapacity(capacity)
        ids.reserveCapacity(capacity)
        records.reserveCapacity(capacity)
        accounts.reserveCapacity(capacity)
        latest.reserveCapacity(capacity)
        // The slot of each account of the year before, -1 for an id given twice: a year that
        // lists the same ids in the same order reuses them without a lookup.
        var previousSlots: [Int] = []
        var previousYear: [InstitutionAccount] = []
        for (yearIndex, year) in years.enumerated() {
            let rows = recordsByYear[year.year]?.institutions ?? []
            // Accounts are computed from the rows in file order: match by position, and by id
            // only when the two lists differ.
            let aligned = rows.hasSameIDs(inOrderAs: year.institutions)
            var rowByID: [String: InstitutionRecord] = [:]
            if !aligned {
                for row in rows where rowByID[row.id] == nil { rowByID[row.id] = row }
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
                    records.append(Array(repeating: nil, count: years.count))
                    accounts.append(Array(repeating: nil, count: years.count))
                    latest.append(account)
                }
                slots.append(slot)
                guard slot >= 0 else { continue }  // an id given twice in a year: the first row counts
                accounts[slot][yearIndex] = account
                latest[slot] = account
                records[slot][yearIndex] = aligned ? rows[index] : rowByID[account.id]
            }
            previousSlots = slots
            previousYear = year.institutions
        }
    }
}
