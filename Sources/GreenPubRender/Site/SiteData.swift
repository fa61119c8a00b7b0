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
    /// Set with `use(statistics:institutions:)`, which keeps the institution index with them.
    public private(set) var statistics: [YearStatistics]
    /// Each institution as the latest year that lists it names it.
    private var institutionByID: [String: InstitutionRef]
    /// The accounts of each year, in `years` order.
    public var accounts: [YearAccounts]
    public var metrics: [PlanMetricSeries]
    public var plans: [Plan]
    /// One evaluation per plan, in `plans` order.
    public var evaluations: [PlanEvaluation]
    public var registers: [RegisterEntry] {
        didSet { registerPositionByID = Self.positions(registers) }
    }
    /// Position in `registers` of each entry id (the first entry of an id given twice).
    private var registerPositionByID: [String: Int]
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
        institutionByID = InstitutionRef.latest(in: statistics)
        self.accounts = accounts
        self.metrics = metrics
        self.plans = plans
        self.evaluations = evaluations
        self.registers = registers
        registerPositionByID = Self.positions(registers)
        self.today = today
    }

    /// Sets the statistics years and the institutions they name, as load made them
    /// (`InstitutionRef.latest(in: statistics)`), so that they are not indexed twice.
    public mutating func use(statistics: [YearStatistics], institutions: [String: InstitutionRef]) {
        self.statistics = statistics
        institutionByID = institutions
    }

    /// `use(statistics:institutions:)` with the institutions indexed here.
    public mutating func use(statistics: [YearStatistics]) {
        use(statistics: statistics, institutions: InstitutionRef.latest(in: statistics))
    }

    /// The register entry with this id (the first, if two share it).
    public func registerEntry(id: String) -> RegisterEntry? {
        registerPositionByID[id].map { registers[$0] }
    }

    /// An institution's name in the latest statistics year that lists it; nil for an id no
    /// year lists.
    public func institutionName(id: String) -> String? { institutionByID[id]?.name }

    private static func positions(_ registers: [RegisterEntry]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(registers.count)
        for (position, entry) in registers.enumerated() where positions[entry.id] == nil { positions[entry.id] = position }
        return positions
    }

    public var latestYear: Int? { years.last }
    public var latestAccounts: YearAccounts? { accounts.last }
    public var hasData: Bool { !accounts.isEmpty }

    public func accounts(for year: Int) -> YearAccounts? { accounts.first { $0.year == year } }
}
