import GreenPubCompute
import GreenPubModel

/// One institution across every statistics year: its rows and accounts by year, the names it
/// reported under, and its register entries. An object, so that the pages and lists that look
/// it up share it instead of copying (and retaining) each of its fields.
final class InstitutionHistory: Sendable {
    let id: String
    /// Site-relative path of its page.
    let path: String
    /// One slot per statistics year (`InstitutionDirectory.years`); nil where it did not report.
    let accounts: [InstitutionAccount?]
    /// Every year's statistics rows (shared by every history) and, per year, the position of
    /// this institution's row there (-1 where it did not report).
    private let rowsByYear: [[InstitutionRecord]]
    private let rowPositions: [Int32]
    /// Its register entries, by start date then id.
    let entries: [RegisterEntry]
    /// The account of the latest year it reported (name, category and level are read from it).
    let latest: InstitutionAccount

    init(id: String, path: String, rowsByYear: [[InstitutionRecord]], rowPositions: [Int32],
         accounts: [InstitutionAccount?], entries: [RegisterEntry], latest: InstitutionAccount) {
        self.id = id
        self.path = path
        self.rowsByYear = rowsByYear
        self.rowPositions = rowPositions
        self.accounts = accounts
        self.entries = entries
        self.latest = latest
    }

    /// Its statistics row in each year, one slot per statistics year; nil where it did not report.
    var records: [InstitutionRecord?] {
        rowPositions.indices.map { year in rowPositions[year] < 0 ? nil : rowsByYear[year][Int(rowPositions[year])] }
    }

    var name: String { latest.name }
    var group: InstitutionGroup { latest.group }

    /// Index of the latest year it reported.
    var latestYearIndex: Int { accounts.lastIndex { $0 != nil } ?? 0 }

    /// Its energy per m² (kgce/m²) in each year.
    var energyPerAreaByYear: [Double?] { accounts.map { $0?.intensities.energyPerArea } }
}
