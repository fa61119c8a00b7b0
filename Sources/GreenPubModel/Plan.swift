/// One plan document the county works under (`content/plans/<name>.yaml`), as data: its
/// indicators (专栏1), its column tasks (专栏2 to 专栏6) and its other targets.
public struct Plan: Sendable, Hashable {
    public var id: String
    /// The title as printed, e.g. 彭水自治县公共机构节约能源资源“十四五”规划.
    public var title: String
    /// Issuing bodies as printed (a joint document has several).
    public var issuers: [String]
    /// Date of issue.
    public var date: CalendarDate
    /// 文号 as printed, e.g. 渝机管发〔2022〕110号; nil when the document prints none.
    public var documentNumber: String?
    /// Whose plan it is (重庆市, 彭水自治县), for headings.
    public var jurisdiction: String?
    public var period: PlanPeriod
    /// The indicator table's own caption and 备注 (专栏1), when the plan has one.
    public var indicatorTable: PlanTableCaption?
    public var indicators: [PlanIndicator]
    /// The column tables of key work (专栏2 to 专栏6), in the plan's order.
    public var columns: [PlanColumn]
    /// Targets stated outside any column (prose of the county plan, the municipal plan's
    /// sentences), in the file's order.
    public var targets: [PlanTask]
    /// Project-relative path of the YAML file.
    public var file: String

    public init(
        id: String, title: String, issuers: [String], date: CalendarDate, documentNumber: String?,
        jurisdiction: String?, period: PlanPeriod, indicatorTable: PlanTableCaption?,
        indicators: [PlanIndicator], columns: [PlanColumn], targets: [PlanTask], file: String
    ) {
        self.id = id
        self.title = title
        self.issuers = issuers
        self.date = date
        self.documentNumber = documentNumber
        self.jurisdiction = jurisdiction
        self.period = period
        self.indicatorTable = indicatorTable
        self.indicators = indicators
        self.columns = columns
        self.targets = targets
        self.file = file
    }

    /// Every task: the columns' rows in order, then the other targets.
    public var allTasks: [PlanTask] { columns.flatMap(\.tasks) + targets }
}

/// The years a plan covers (e.g. 2021-2025 for a 十四五 plan).
public struct PlanPeriod: Sendable, Hashable {
    public var startYear: Int
    public var endYear: Int

    public init(startYear: Int, endYear: Int) {
        self.startYear = startYear
        self.endYear = endYear
    }

    /// 31 December of the last year: the deadline of a task whose text gives none.
    public var end: CalendarDate { CalendarDate.endOfYear(endYear) }
}

/// A table's number, caption and 备注 as printed (专栏1：…主要指标, 备注：…).
public struct PlanTableCaption: Sendable, Hashable {
    public var number: Int
    public var title: String
    /// The 备注 below the table, word for word (without the `备注：` label); nil when none.
    public var note: String?

    public init(number: Int, title: String, note: String?) {
        self.number = number
        self.title = title
        self.note = note
    }
}
