import GreenPubCompute
import GreenPubModel

/// Everything the renderer needs, loaded, validated and computed: the output of the compute
/// stage. Every figure on every page comes from here, so prose, dashboards and charts agree.
public struct SiteData: Sendable {
    public var config: SiteConfig
    public var pages: [ContentPage]
    public var campaigns: [Campaign]
    public var factors: FactorTable?
    /// Statistics years, ascending.
    public var years: [Int]
    public var statistics: [YearStatistics]
    /// The accounts of each year, in `years` order.
    public var accounts: [YearAccounts]
    public var metrics: [PlanMetricSeries]
    public var plans: [Plan]
    /// One evaluation per plan, in `plans` order.
    public var evaluations: [PlanEvaluation]
    public var registers: [RegisterEntry]
    /// The day the site is built for (ISO `YYYY-MM-DD`): decides whether the campaign banner
    /// shows. An input, never read from the clock here.
    public var today: String

    public init(config: SiteConfig, pages: [ContentPage], campaigns: [Campaign] = [], factors: FactorTable? = nil,
                years: [Int] = [], statistics: [YearStatistics] = [], accounts: [YearAccounts] = [],
                metrics: [PlanMetricSeries] = [], plans: [Plan] = [], evaluations: [PlanEvaluation] = [],
                registers: [RegisterEntry] = [], today: String) {
        self.config = config
        self.pages = pages
        self.campaigns = campaigns
        self.factors = factors
        self.years = years
        self.statistics = statistics
        self.accounts = accounts
        self.metrics = metrics
        self.plans = plans
        self.evaluations = evaluations
        self.registers = registers
        self.today = today
    }

    public var latestYear: Int? { years.last }
    public var latestAccounts: YearAccounts? { accounts.last }
    public var hasData: Bool { !accounts.isEmpty }

    public func accounts(for year: Int) -> YearAccounts? { accounts.first { $0.year == year } }
}
