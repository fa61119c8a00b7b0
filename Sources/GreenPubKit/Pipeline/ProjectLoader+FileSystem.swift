import Foundation
import GreenPubLoad
import GreenPubModel
import GreenPubRender

/// Stage 1, Load: reads a project folder into `ProjectSources`. The only stage that reads files.
public enum ProjectLoader {
    public static let registersFolder = "content/data/registers"

    /// Reads everything on both cores: the statistics files (the largest part, on every core)
    /// while the rest (settings, pages, templates, registers, plans) is read beside them.
    public static func load(root: URL) -> (ProjectSources, [Diagnostic]) {
        let ((factors, years, statisticsProblems), (rest, restProblems)) = ParallelMap.pair(
            { loadStatistics(root: root) }, { loadRest(root: root) })
        var sources = rest
        var diagnostics = restProblems
        guard ProjectFiles.exists(root: root, relative: "content/data") else { return (sources, diagnostics) }
        sources.factors = factors
        sources.statistics = years.sorted { $0.year < $1.year }
        diagnostics += statisticsProblems
        return (sources, diagnostics)
    }

    /// The factors, then the year statistics that need them (each file checked on its own; the
    /// checks across years are validation, `Pipeline.validateAcrossYears`).
    private static func loadStatistics(root: URL) -> (FactorTable?, [YearStatistics], [Diagnostic]) {
        guard ProjectFiles.exists(root: root, relative: "content/data") else { return (nil, [], []) }
        let (factors, factorProblems) = FactorsLoader.load(root: root)
        guard let factors else { return (nil, [], factorProblems) }
        let (years, problems) = StatisticsLoader.readAll(root: root, factors: factors)
        return (factors, years, factorProblems + problems)
    }

    /// Everything but the statistics: the pages and settings on this thread while the registers
    /// and plans are read beside them.
    private static func loadRest(root: URL) -> (ProjectSources, [Diagnostic]) {
        let hasData = ProjectFiles.exists(root: root, relative: "content/data")
        typealias Loaded<Value> = ([Value], [Diagnostic])
        let ((sources, diagnostics), ((entries, registerProblems), (plans, planProblems))) = ParallelMap.pair(
            { loadSiteFiles(root: root) },
            { () -> (Loaded<RegisterEntry>, Loaded<Plan>) in
                guard hasData else { return (([], []), ([], [])) }
                return ParallelMap.pair({ loadRegisters(root: root) }, { loadPlans(root: root) })
            })
        guard hasData else { return (sources, diagnostics) }
        var loaded = sources
        loaded.registers = entries
        loaded.plans = plans
        return (loaded, diagnostics + registerProblems + planProblems)
    }

    /// Site settings, pages, campaigns, templates and assets.
    private static func loadSiteFiles(root: URL) -> (ProjectSources, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if !ProjectFiles.exists(root: root, relative: "content") {
            diagnostics.append(.error(SourceLocation(file: "content"),
                                      "no content/ folder here: run GreenPub in a project folder or pass --root"))
        }
        let (config, configProblems) = ContentLoader.loadSiteConfig(root: root)
        diagnostics += configProblems
        let (pages, pageProblems) = ContentLoader.loadPages(root: root)
        diagnostics += pageProblems
        var campaigns: [Campaign] = []
        if ProjectFiles.exists(root: root, relative: CampaignParser.path),
           let text = ProjectFiles.readText(root: root, relative: CampaignParser.path, diagnostics: &diagnostics) {
            let (found, problems) = CampaignParser.parse(yaml: text)
            campaigns = found
            diagnostics += problems
        }

        var templates: [TemplateSource] = []
        for path in ProjectFiles.list(root: root, under: "templates", extension: "mustache") {
            guard let text = ProjectFiles.readText(root: root, relative: path, diagnostics: &diagnostics) else { continue }
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            templates.append(TemplateSource(name: name, path: path, text: text))
        }
        var assets: [OutputFile] = []
        for path in ProjectFiles.list(root: root, under: "templates/assets") {
            guard let bytes = ProjectFiles.readBytes(root: root, relative: path, diagnostics: &diagnostics) else { continue }
            assets.append(OutputFile(path: String(path.dropFirst("templates/".count)), bytes: bytes))
        }
        let sources = ProjectSources(config: config, pages: pages, pageFiles: ContentLoader.pageFiles(root: root),
                                     templates: templates, assets: assets, campaigns: campaigns)
        return (sources, diagnostics)
    }

    /// The plan documents, when there is a content/plans folder.
    private static func loadPlans(root: URL) -> ([Plan], [Diagnostic]) {
        guard ProjectFiles.exists(root: root, relative: "content/plans") else { return ([], []) }
        return PlanLoader.loadAll(root: root)
    }

    /// Every content/data/registers/*.csv|.xlsx, in path order, each file on a core of its own
    /// (the registers are, byte for byte, the slowest files to read after the plans).
    static func loadRegisters(root: URL) -> ([RegisterEntry], [Diagnostic]) {
        let read = ParallelMap.map(ProjectFiles.list(root: root, under: registersFolder)) { path in
            readRegister(path, root: root)
        }
        return (read.flatMap(\.entries), read.flatMap(\.diagnostics))
    }

    /// The entries of one file of the registers folder; other files are skipped, with a warning
    /// for those that are not .csv or .xlsx.
    private static func readRegister(_ path: String, root: URL) -> (entries: [RegisterEntry], diagnostics: [Diagnostic]) {
        let name = (path as NSString).lastPathComponent
        if name.hasPrefix("~$") || name.uppercased() == "README.MD" { return ([], []) }
        guard TableReader.Format(path: path) != nil else {
            return ([], [.warning(SourceLocation(file: path), "ignored: registers are read from .csv and .xlsx files")])
        }
        let (table, readProblems) = TableReader.read(contentsOf: root.appendingPathComponent(path), file: path)
        guard let table else { return ([], readProblems) }
        let (found, problems) = RegisterMapping.entries(from: table)
        return (found, readProblems + problems)
    }
}
