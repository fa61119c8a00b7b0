import GreenPubCompute
import GreenPubModel
import GreenPubBytes

/// One institution across every statistics year: its rows and accounts by year, the names it
/// reported under, and its register entries. An object, so that the pages and lists that look
/// it up share it instead of copying (and retaining) each of its fields.
final class InstitutionHistory: Sendable {
    let id: String
    /// Site-relative path of its page.
    let path: String
    /// One slot per statistics year (`InstitutionDirectory.years`); nil where it did not report.
    let records: [InstitutionRecord?]
    let accounts: [InstitutionAccount?]
    /// Its register entries, by start date then id.
    let entries: [RegisterEntry]
    /// The account of the latest year it reported (name, category and level are read from it).
    let latest: InstitutionAccount

    init(id: String, path: String, records: [InstitutionRecord?], accounts: [InstitutionAccount?],
         entries: [RegisterEntry], latest: InstitutionAccount) {
        self.id = id
        self.path = path
        self.records = records
        self.accounts = accounts
        self.entries = entries
        self.latest = latest
    }

    var name: String { latest.name }
    var group: InstitutionGroup { latest.group }

    /// Index of the latest year it reported.
    var latestYearIndex: Int { accounts.lastIndex { $0 != nil } ?? 0 }

    /// Its energy per m² (kgce/m²) in each year.
    var energyPerAreaByYear: [Double?] { accounts.map { $0?.intensities.energyPerArea } }
}

/// Every institution of every year, indexed once: the institution, group and list pages look
/// institutions up here instead of scanning the years (30,000 institutions × 6 years).
struct InstitutionDirectory: Sendable {
    /// The statistics years, ascending (the order of `SiteData.accounts`).
    let years: [Int]
    /// Every institution that reported in any year, by id (UTF-8 order).
    let histories: [InstitutionHistory]
    /// Position in `histories` of each id. Lookups only; never iterated for output.
    private let positionByID: [String: Int]

    init(data: SiteData) {
        years = data.accounts.map(\.year)
        var recordsByYear: [Int: YearStatistics] = [:]
        for statistics in data.statistics where recordsByYear[statistics.year] == nil {
            recordsByYear[statistics.year] = statistics
        }
        let yearCount = data.accounts.count
        let capacity = data.accounts.map(\.institutions.count).max() ?? 0
        var position: [String: Int] = [:]
        position.reserveCapacity(capacity)
        var ids: [String] = []
        var records: [[InstitutionRecord?]] = []
        var accounts: [[InstitutionAccount?]] = []
        var latest: [InstitutionAccount] = []
        ids.reserveCapacity(capacity)
        records.reserveCapacity(capacity)
        accounts.reserveCapacity(capacity)
        latest.reserveCapacity(capacity)
        // The slot of each account of the year before, -1 for an id given twice: a year that
        // lists the same ids in the same order reuses them without a lookup.
        var previousSlots: [Int] = []
        var previousYear: [InstitutionAccount] = []
        for (yearIndex, year) in data.accounts.enumerated() {
            let rows = recordsByYear[year.year]?.institutions ?? []
            // Accounts are computed from the rows in file order: match by position, and by id
            // only when the two lists differ.
            let aligned = rows.count == year.institutions.count
                && rows.indices.allSatisfy { rows[$0].id == year.institutions[$0].id }
            var rowByID: [String: InstitutionRecord] = [:]
            if !aligned {
                for row in rows where rowByID[row.id] == nil { rowByID[row.id] = row }
            }
            let sameIDs = year.institutions.count == previousYear.count
                && year.institutions.indices.allSatisfy { year.institutions[$0].id == previousYear[$0].id }
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
                    records.append(Array(repeating: nil, count: yearCount))
                    accounts.append(Array(repeating: nil, count: yearCount))
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
        var entriesByID: [String: [RegisterEntry]] = [:]
        entriesByID.reserveCapacity(ids.count)
        for entry in data.registers { entriesByID[entry.institution, default: []].append(entry) }
        let order = ids.indices.sorted { ids[$0].precedesInUTF8Order(ids[$1]) }
        var histories: [InstitutionHistory] = []
        histories.reserveCapacity(order.count)
        var sortedPosition: [String: Int] = [:]
        sortedPosition.reserveCapacity(order.count)
        for slot in order {
            let id = ids[slot]
            sortedPosition[id] = histories.count
            histories.append(InstitutionHistory(
                id: id, path: InstitutionPaths.institution(id: id), records: records[slot], accounts: accounts[slot],
                entries: (entriesByID[id] ?? []).sorted(by: InstitutionDirectory.entryOrder), latest: latest[slot]))
        }
        self.histories = histories
        positionByID = sortedPosition
    }

    func history(id: String) -> InstitutionHistory? {
        positionByID[id].map { histories[$0] }
    }

    /// Register entries in the order an institution page lists them: by start date (entries
    /// without one last), then completion date, then id.
    static func entryOrder(_ a: RegisterEntry, _ b: RegisterEntry) -> Bool {
        func key(_ date: CalendarDate?) -> (Int, Int) { date.map { (0, $0.dayNumber) } ?? (1, 0) }
        if key(a.start) != key(b.start) { return key(a.start) < key(b.start) }
        if key(a.end) != key(b.end) { return key(a.end) < key(b.end) }
        return a.id.precedesInUTF8Order(b.id)
    }
}

/// Rankings of one year's institutions by energy per m², highest first, within each group.
struct IntensityRanking: Sendable {
    /// The ranked institutions of each group, in `InstitutionGroup.allCases` order.
    let byGroup: [[InstitutionAccount]]
    /// Rank (1-based) of each id within its group. Lookups only.
    private let rankByID: [String: Int]

    init(_ year: YearAccounts) {
        var groups = InstitutionGroup.allCases.map { _ in [InstitutionAccount]() }
        for account in year.institutions { groups[account.group.order].append(account) }
        byGroup = groups.map { $0.sorted(by: IntensityRanking.order) }
        var ranks: [String: Int] = [:]
        for members in byGroup {
            for (index, account) in members.enumerated() where ranks[account.id] == nil { ranks[account.id] = index + 1 }
        }
        rankByID = ranks
    }

    func members(of group: InstitutionGroup) -> [InstitutionAccount] { byGroup[group.order] }

    func rank(of id: String) -> Int? { rankByID[id] }

    /// Highest energy per m² first; institutions without the figure last; ties by id.
    static func order(_ a: InstitutionAccount, _ b: InstitutionAccount) -> Bool {
        switch (a.intensities.energyPerArea, b.intensities.energyPerArea) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id.precedesInUTF8Order(b.id)
        }
    }
}
