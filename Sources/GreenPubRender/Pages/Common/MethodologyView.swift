import GreenPubCompute
import GreenPubModel
import GreenPubBytes

/// What `templates/methodology.mustache` sees.
struct MethodologyView {
    /// A data file and what it holds.
    struct SourceFile {
        let path: String
        let what: String
    }

    /// Which factor set a statistics year is accounted with.
    struct YearSet {
        let year: Int
        let set: String
    }

    let hasFactors: Bool
    let standardCoal: [MethodologyFactors.Row]
    let densities: [MethodologyFactors.Row]
    let co2: [MethodologyFactors.Row]
    let co2PerTce: [MethodologyFactors.Row]
    let overrides: [MethodologyFactors.YearOverride]
    let hasOverrides: Bool
    let yearSets: [YearSet]
    let factorsFile: String
    /// The latest year's county intensities in both readings, as a worked example.
    let example: TableView?
    let plans: [SourceFile]
    let hasPlans: Bool
    let statistics: [SourceFile]
    let registers: [SourceFile]
    let hasRegisters: Bool
    let baseChecks: [MethodologyBaseCheck.PlanChecks]
    let hasBaseChecks: Bool
    let mismatchCount: Int
    let structureHref: String?
    let listHref: String
    let indicatorsHref: String
    let registerHref: String

    init(data: SiteData, from path: String) {
        factorsFile = "content/data/factors.yaml"
        if let table = data.factors {
            hasFactors = true
            standardCoal = MethodologyFactors.standardCoal(table.defaults)
            densities = MethodologyFactors.densities(table.defaults)
            co2 = MethodologyFactors.co2(table.defaults)
            co2PerTce = MethodologyFactors.co2PerTce(table.defaults)
            overrides = MethodologyFactors.overrides(table)
            let changedYears = overrides.map(\.year)
            yearSets = data.years.map { year in
                YearSet(year: year, set: changedYears.contains(year) ? "默认系数，另有\(year)年的调整（见下表）" : "默认系数")
            }
        } else {
            hasFactors = false
            standardCoal = []
            densities = []
            co2 = []
            co2PerTce = []
            overrides = []
            yearSets = []
        }
        hasOverrides = !overrides.isEmpty
        example = data.latestAccounts.map(MethodologyView.example)
        plans = data.plans.map { SourceFile(path: $0.file, what: "《\($0.title)》（\($0.indicators.count)项指标，\($0.allTasks.count)项重点工作和目标）") }
        hasPlans = !plans.isEmpty
        statistics = data.accounts.map { SourceFile(path: $0.file, what: "\($0.year)年统计报表，\($0.institutions.count)家单位") }
        registers = MethodologyView.registerFiles(data.registers)
        hasRegisters = !registers.isEmpty
        baseChecks = MethodologyBaseCheck.plans(data: data)
        hasBaseChecks = !baseChecks.isEmpty
        mismatchCount = baseChecks.flatMap(\.rows).filter { !$0.matches }.count
        structureHref = data.latestYear.map { RelativeURL.link(from: path, to: InstitutionPaths.structure($0)) }
        listHref = RelativeURL.link(from: path, to: InstitutionPaths.list)
        indicatorsHref = RelativeURL.link(from: path, to: "indicators.html")
        registerHref = RelativeURL.link(from: path, to: RegisterPaths.list)
    }

    static func example(_ year: YearAccounts) -> TableView {
        let ratio = year.county.totals.intensities
        let mean = year.county.meanOfInstitutions
        return TableView(
            label: "\(year.year)年全县强度的两种口径", caption: "\(year.year)年全县强度的两种口径", corner: "指标",
            columns: [.init("总量比值"), .init("单位平均")],
            rows: IntensityMeasure.all.map { measure in
                TableView.Row(header: measure.name, note: measure.unit, cells: [
                    .number(Figures.number(measure.value(ratio), decimals: 2)),
                    .number(Figures.number(measure.value(mean), decimals: 2)),
                ])
            })
    }

    /// The register files and how many entries each holds, by path.
    static func registerFiles(_ entries: [RegisterEntry]) -> [SourceFile] {
        var counts: [String: Int] = [:]
        for entry in entries { counts[entry.location.file, default: 0] += 1 }
        return counts.keys.sorted { $0.precedesInUTF8Order($1) }.map { file in
            SourceFile(path: file, what: "\(counts[file] ?? 0)条记录")
        }
    }
}
