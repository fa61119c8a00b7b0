import GreenPubModel
import GreenPubRender

/// Stage 1 output: every input file of a project, read and parsed, not yet cross-checked.
public struct ProjectSources: Sendable {
    public var config: SiteConfig?
    public var pages: [ContentPage]
    /// Every Markdown page file found, including those whose front matter could not be read.
    public var pageFiles: [String]
    public var templates: [TemplateSource]
    /// Files of templates/assets/, copied to assets/ in the site unchanged.
    public var assets: [OutputFile]
    public var campaigns: [Campaign]
    public var factors: FactorTable?
    /// Every statistics year, ascending.
    public var statistics: [YearStatistics] {
        didSet { institutionRefs = InstitutionRef.latest(in: statistics) }
    }
    /// Every institution of any year by id, with its latest name, group and level (kept with
    /// the statistics, so that the stages that need it do not each rebuild it).
    public private(set) var institutionRefs: [String: InstitutionRef]
    public var registers: [RegisterEntry]
    public var plans: [Plan]

    public init(config: SiteConfig?, pages: [ContentPage], pageFiles: [String], templates: [TemplateSource],
                assets: [OutputFile], campaigns: [Campaign] = [], factors: FactorTable? = nil,
                statistics: [YearStatistics] = [], registers: [RegisterEntry] = [], plans: [Plan] = []) {
        self.config = config
        self.pages = pages
        self.pageFiles = pageFiles
        self.templates = templates
        self.assets = assets
        self.campaigns = campaigns
        self.factors = factors
        self.statistics = statistics
        institutionRefs = InstitutionRef.latest(in: statistics)
        self.registers = registers
        self.plans = plans
    }
}
