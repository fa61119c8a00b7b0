import GreenPubLoad
import GreenPubModel

/// The Pengshui sample: a deterministic, seeded generator of year statistics whose 2020 year
/// reproduces the county plan's baseline (see content/README.md) and whose later years move
/// towards the plan's 2025 targets. With the default seed and 292 institutions it gives the
/// committed `content/data/statistics/2020.csv` ... `2025.csv`.
///
/// Linear in the number of institutions; it never touches the disk (see `SampleGenerator+FileSystem`).
public enum SampleGenerator {
    public static let defaultSeed: UInt64 = 20_220_326
    public static let defaultInstitutions = 292
    /// The fewest institutions the sample can have: one per group.
    public static let minimumInstitutions = 4
    /// The years the sample covers.
    public static let availableYears: ClosedRange<Int> = SynthBaseline.year...SynthTrajectory.lastYear

    /// The factor table the sample is built with (the text of `SampleFactorsFile`).
    public static var factors: FactorTable {
        let (table, diagnostics) = FactorsLoader.parse(yaml: SampleFactorsFile.text, file: SampleFactorsFile.relativePath)
        guard let table else { preconditionFailure("the sample's factors do not parse: \(diagnostics)") }
        return table
    }

    /// The statistics of the requested years, in year order.
    /// - Parameters:
    ///   - seed: the PRNG seed; the same seed gives the same statistics on every platform.
    ///   - institutions: how many institutions (at least 4); totals scale with it, intensities do not.
    ///   - years: a range within `availableYears`.
    public static func generate(
        seed: UInt64 = defaultSeed, institutions: Int = defaultInstitutions,
        years: ClosedRange<Int> = availableYears
    ) -> [YearStatistics] {
        precondition(institutions >= minimumInstitutions, "the sample needs at least \(minimumInstitutions) institutions")
        precondition(availableYears.contains(years.lowerBound) && availableYears.contains(years.upperBound),
                     "the sample covers \(availableYears.lowerBound)-\(availableYears.upperBound)")
        let factors = self.factors
        let roster = SynthRoster.institutions(count: institutions)
        let draws = roster.map { SynthDraws(seed: seed, institution: $0) }
        let scale = Double(institutions) / Double(SynthRoster.pengshuiTotal)

        let base = SynthBaseYear(
            roster: roster, draws: draws, factors: factors.factors(for: SynthBaseline.year), scale: scale
        ).rows()
        let later = SynthLaterYears(seed: seed, roster: roster, draws: draws, factors: factors)
        var noise = Array(repeating: SynthLaterYears.Noise(), count: roster.count)
        var rowsByYear: [(year: Int, rows: [SynthRow])] = [(SynthBaseline.year, base)]
        var previous = base
        for year in stride(from: SynthBaseline.year + 1, through: years.upperBound, by: 1) {
            previous = later.next(after: previous, base: base, year: year, noise: &noise)
            rowsByYear.append((year, previous))
        }
        return rowsByYear.filter { years.contains($0.year) }.map { statistics(year: $0.year, rows: $0.rows, roster: roster) }
    }

    /// Where a year's statistics file lives, relative to the project root.
    public static func statisticsPath(year: Int) -> String { "content/data/statistics/\(year).csv" }

    /// The files of a sample project, in path order: the statistics CSVs and the factors YAML.
    public static func files(_ statistics: [YearStatistics]) -> [SampleFile] {
        let csvs = statistics.map { SampleFile(path: statisticsPath(year: $0.year), contents: StatisticsCSVWriter.csv($0)) }
        let all = csvs + [SampleFile(path: SampleFactorsFile.relativePath, contents: SampleFactorsFile.text)]
        return all.sorted { $0.path < $1.path }
    }

    private static func statistics(year: Int, rows: [SynthRow], roster: [SynthInstitution]) -> YearStatistics {
        let file = statisticsPath(year: year)
        let records = zip(roster, rows).enumerated().map { line, pair in
            let (institution, row) = pair
            return InstitutionRecord(
                id: institution.id, name: institution.name, category: institution.category, level: institution.level,
                areaM2: row.areaM2, users: row.users, vehicles: row.vehicles, newEnergyVehicles: row.newEnergyVehicles,
                energy: row.energy, waterM3: row.waterM3, pvKWh: row.pvKWh,
                location: SourceLocation(file: file, line: line + 2)
            )
        }
        return YearStatistics(year: year, file: file, institutions: records)
    }
}

/// One file of a generated sample project.
public struct SampleFile: Sendable, Hashable {
    /// Relative to the project root.
    public var path: String
    public var contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
