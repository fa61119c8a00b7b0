import Foundation
import GreenPubLoad
import GreenPubModel
import GreenPubRender

/// Stage 1, Load: reads a project folder into `ProjectSources`. The only stage that reads files.
public enum ProjectLoader {
    public static let registersFolder = "content/data/registers"

    public static func load(root: URL) -> (ProjectSources, [Diagnostic]) {
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

        var sources = ProjectSources(config: config, pages: pages, pageFiles: ContentLoader.pageFiles(root: root),
                                     templates: templates, assets: assets, campaigns: campaigns)
        guard ProjectFiles.exists(root: root, relative: "content/data") else { return (sources, diagnostics) }

        // The data files are independent of one another: statistics (after the factors they
        // need), registers and plans are read on every core at once.
        let parts = ParallelMap.map(DataPart.allCases) { part in part.load(root: root) }
        for part in parts {
            switch part {
            case .statistics(let factors, let years, let problems):
                sources.factors = factors
                sources.statistics = years.sorted { $0.year < $1.year }
                diagnostics += problems
            case .registers(let entries, let problems):
                sources.registers = entries
                diagnostics += problems
            case .plans(let plans, let problems):
                sources.plans = plans
                diagnostics += problems
            }
        }
        return (sources, diagnostics)
    }

    /// The three independent parts of content/data and content/plans.
    private enum DataPart: CaseIterable, Sendable {
        case statistics, registers, plans

        enum Loaded: Sendable {
            case statistics(FactorTable?, [YearStatistics], [Diagnostic])
            case registers([RegisterEntry], [Diagnostic])
            case plans([Plan], [Diagnostic])
        }

        func load(root: URL) -> Loaded {
            switch self {
            case .statistics:
                let (factors, factorProblems) = FactorsLoader.load(root: root)
                guard let factors else { return .statistics(nil, [], factorProblems) }
                let (years, problems) = StatisticsLoader.loadAll(root: root, factors: factors)
                return .statistics(factors, years, factorProblems + problems)
            case .registers:
                let (entries, problems) = ProjectLoader.loadRegisters(root: root)
                return .registers(entries, problems)
            case .plans:
                guard ProjectFiles.exists(root: root, relative: "content/plans") else { return .plans([], []) }
                let (plans, problems) = PlanLoader.loadAll(root: root)
                return .plans(plans, problems)
            }
        }
    }

    /// Every content/data/registers/*.csv|.xlsx, in path order.
    static func loadRegisters(root: URL) -> ([RegisterEntry], [Diagnostic]) {
        var entries: [RegisterEntry] = []
        var diagnostics: [Diagnostic] = []
        for path in ProjectFiles.list(root: root, under: registersFolder) {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix("~$") || name.uppercased() == "README.MD" { continue }
            guard TableReader.Format(path: path) != nil else {
                diagnostics.append(.warning(SourceLocation(file: path), "ignored: registers are read from .csv and .xlsx files"))
                continue
            }
            let (table, readProblems) = TableReader.read(contentsOf: root.appendingPathComponent(path), file: path)
            diagnostics += readProblems
            guard let table else { continue }
            let (found, problems) = RegisterMapping.entries(from: table)
            entries += found
            diagnostics += problems
        }
        return (entries, diagnostics)
    }
}
