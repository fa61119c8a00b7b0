import GreenPubCompute
import GreenPubLoad
import GreenPubMarkdown
import GreenPubModel
import GreenPubRender

/// The build, stage by stage: load -> validate -> compute -> render. Writing is separate
/// (`SiteWriter`), so that `check` runs every stage but the last and writes nothing.
public enum Pipeline {
    /// The outcome of every stage before writing: the files, or the problems that stop them.
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var pageCount: Int
        public var diagnostics: [Diagnostic]

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Stage 2, Validate: checks across files that no single parser can see.
    public static func validate(_ sources: ProjectSources) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByOutput: [String: String] = [:]
        for page in sources.pages {
            if let first = firstByOutput[page.outputPath] {
                diagnostics.append(.error(SourceLocation(file: page.sourcePath, line: 1, column: 1),
                                          "writes the same page \(page.outputPath) as \(first); rename one of them"))
            } else {
                firstByOutput[page.outputPath] = page.sourcePath
            }
            if let reserved = SiteRenderer.reservedPaths.first(where: { $0 == page.outputPath }) {
                diagnostics.append(.error(SourceLocation(file: page.sourcePath, line: 1, column: 1),
                                          "\(reserved) is a page GreenPub generates; rename this file"))
            }
        }
        let campaignYears = Set(sources.campaigns.map(\.year))
        for page in sources.pages {
            if let year = page.frontMatter.campaign, !campaignYears.contains(year) {
                diagnostics.append(.warning(SourceLocation(file: page.sourcePath, line: 1, column: 1),
                                            "campaign: \(year) is not a year of content/campaigns.yaml; the page is not linked to a campaign"))
            }
        }
        if !sources.pageFiles.contains("content/index.md") {
            diagnostics.append(.error(SourceLocation(file: "content/index.md"), "missing: the home page of the site"))
        }
        let refs = sources.institutionRefs
        if !sources.statistics.isEmpty {
            diagnostics += RegisterValidation.check(sources.registers, institutions: refs)
            diagnostics += PlanValidation.check(sources.plans, institutions: refs)
        }
        return diagnostics
    }

    /// Stage 2, Validate, its other part: each institution's energy intensity from one year to
    /// the next (a jump is a warning at the later year's row). Apart from `validate` so that a
    /// build runs it on the other core, beside validate and compute.
    public static func validateAcrossYears(_ sources: ProjectSources) -> [Diagnostic] {
        guard let factors = sources.factors else { return [] }
        return StatisticsLoader.crossYearWarnings(sources.statistics, factors: factors, settings: .standard)
    }

    /// Stage 3, Compute: accounts, metric series and plan evaluations, all pure.
    public static func compute(_ sources: ProjectSources, config: SiteConfig, today: String) -> (SiteData, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var data = SiteData(config: config, pages: sources.pages, campaigns: sources.campaigns,
                            factors: sources.factors, plans: sources.plans, registers: sources.registers, today: today)
        guard let factors = sources.factors, !sources.statistics.isEmpty else { return (data, diagnostics) }
        data.use(statistics: sources.statistics, institutions: sources.institutionRefs)
        data.years = sources.statistics.map(\.year)
        data.accounts = Accounting.series(sources.statistics, factors: factors)
        data.metrics = MetricSeriesBuilder.series(from: data.accounts)
        let institutions = sources.institutionRefs.values.sorted { $0.id < $1.id }
        let (years, metrics) = (data.years, data.metrics)
        let evaluated = ParallelMap.map(sources.plans) { plan in
            PlanEvaluator.evaluate(plan, years: years, entries: sources.registers, institutions: institutions, metrics: metrics)
        }
        for (evaluation, problems) in evaluated {
            data.evaluations.append(evaluation)
            diagnostics += problems
        }
        return (data, diagnostics)
    }

    /// Runs load's output through validate, compute and render, and returns the files. Pure.
    public static func run(_ sources: ProjectSources, loadDiagnostics: [Diagnostic], today: String) -> Result {
        let output = CollectedOutput()
        let outcome = run(sources, loadDiagnostics: loadDiagnostics, today: today, into: output)
        guard outcome.succeeded else { return Result(files: [], pageCount: 0, diagnostics: outcome.diagnostics) }
        return Result(files: output.files, pageCount: outcome.pageCount, diagnostics: outcome.diagnostics)
    }

    /// What a run handed to its output.
    public struct Outcome: Sendable {
        public var pageCount: Int
        public var diagnostics: [Diagnostic]

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Runs load's output through validate, compute and render, handing every file to `output`
    /// as it is made (the project's assets too).
    ///
    /// Every stage runs even when an earlier one found errors (on the rows, pages and files that
    /// could be read), so that one run lists every problem of every file, shortcodes included.
    /// After an error in load, validate or compute, the files go nowhere; an error found while
    /// rendering comes after some files were handed over, so a caller that writes must discard
    /// them when the outcome failed. Only a project without templates or site settings stops
    /// before rendering.
    public static func run(_ sources: ProjectSources, loadDiagnostics: [Diagnostic], today: String,
                           into output: any SiteOutput) -> Outcome {
        // The templates are parsed and the years checked against each other on another core
        // while the data is validated and computed.
        let required = SiteRenderer.requiredTemplates(hasData: sources.factors != nil && !sources.statistics.isEmpty)
        let (checked, ((templates, templateProblems), acrossYears)) = ParallelMap.pair(
            { () -> ([Diagnostic], (SiteData, [Diagnostic])?) in
                let problems = validate(sources)
                guard let config = sources.config else { return (problems, nil) }
                return (problems, compute(sources, config: config, today: today))
            },
            { (TemplateSet.parse(sources.templates, required: required), validateAcrossYears(sources)) })
        let (validateProblems, computed) = checked
        var diagnostics = loadDiagnostics + validateProblems + acrossYears + templateProblems
        guard let templates, let (data, computeProblems) = computed else {
            return Outcome(pageCount: 0, diagnostics: diagnostics.sortedForPrinting())
        }
        diagnostics += computeProblems
        let target: any SiteOutput = diagnostics.hasErrors ? DiscardedOutput() : output
        let renderer = SiteRenderer(templates: templates, markdown: MarkdownRenderer())
        let (pageCount, renderProblems) = renderer.render(data, to: target)
        BackgroundRelease.release(consume data)
        diagnostics += renderProblems
        for asset in sources.assets { target.put(asset) }
        return Outcome(pageCount: pageCount, diagnostics: diagnostics.sortedForPrinting())
    }
}
