import GreenPubCompute
import GreenPubModel
import GreenPubBytes

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
        let slots = InstitutionSlots(accounts: data.accounts, statistics: data.statistics)
        let ids = slots.ids
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
                id: id, path: InstitutionPaths.institution(id: id),
                rowsByYear: slots.rowsByYear, rowPositions: slots.rowPositions[slot], accounts: slots.accounts[slot],
                entries: (entriesByID[id] ?? []).sorted(by: InstitutionDirectory.entryOrder), latest: slots.latest[slot]))
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
        // Each account's energy per m² is worked out once (an account derives it from its sums),
        // not at every comparison of the sort.
        byGroup = groups.map { members in
            members.map { (account: $0, energyPerArea: $0.intensities.energyPerArea) }
                .sorted { IntensityRanking.order($0.account, $0.energyPerArea, $1.account, $1.energyPerArea) }
                .map(\.account)
        }
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
        order(a, a.intensities.energyPerArea, b, b.intensities.energyPerArea)
    }

    /// `order`, given each account's energy per m².
    private static func order(_ a: InstitutionAccount, _ aEnergyPerArea: Double?,
                              _ b: InstitutionAccount, _ bEnergyPerArea: Double?) -> Bool {
        switch (aEnergyPerArea, bEnergyPerArea) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: return a.id.precedesInUTF8Order(b.id)
        }
    }
}
