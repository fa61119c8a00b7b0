/// One column table of key work (专栏2 to 专栏6): its number, caption, rows and 备注.
public struct PlanColumn: Sendable, Hashable {
    public var number: Int
    /// The caption as printed, e.g. 低碳引领行动重点工作.
    public var title: String
    /// The 备注 below the table, word for word (without the `备注：` label); nil when none.
    public var note: String?
    /// The plan's section the table belongs to (e.g. 第二章第一节 推进绿色低碳引领行动).
    public var section: String?
    public var tasks: [PlanTask]
    public var location: SourceLocation

    public init(number: Int, title: String, note: String?, section: String?, tasks: [PlanTask], location: SourceLocation) {
        self.number = number
        self.title = title
        self.note = note
        self.section = section
        self.tasks = tasks
        self.location = location
    }
}

/// A piece of work the plan asks for: a row of a column table (序号, 重点工作, 牵头单位, the
/// responsible units with their 工作分解) or a target stated in prose, with its deadline and
/// the criterion the registers are checked against.
public struct PlanTask: Sendable, Hashable {
    /// Stable key, e.g. `c3-3` or `retrofit-area`.
    public var id: String
    /// The column number (2 for 专栏2); nil for a target outside the columns.
    public var column: Int?
    /// 序号 as printed; nil outside a column.
    public var number: String?
    /// The plan's section, for a target outside the columns.
    public var section: String?
    /// 重点工作 word for word; for a target outside the columns, the plan's sentence word for word.
    public var keyWork: String
    /// 牵头单位 as printed.
    public var lead: String?
    /// 责任单位 rows, in the plan's order.
    public var responsible: [ResponsibleUnit]
    public var deadline: CalendarDate
    public var deadlineSource: DeadlineSource
    /// The words of the plan the deadline is read from (截至2022年6月).
    public var deadlineText: String?
    /// The row's own criterion; the responsible units may carry theirs too.
    public var criterion: PlanCriterion?
    public var location: SourceLocation

    public init(
        id: String, column: Int?, number: String?, section: String?, keyWork: String, lead: String?,
        responsible: [ResponsibleUnit], deadline: CalendarDate, deadlineSource: DeadlineSource,
        deadlineText: String?, criterion: PlanCriterion?, location: SourceLocation
    ) {
        self.id = id
        self.column = column
        self.number = number
        self.section = section
        self.keyWork = keyWork
        self.lead = lead
        self.responsible = responsible
        self.deadline = deadline
        self.deadlineSource = deadlineSource
        self.deadlineText = deadlineText
        self.criterion = criterion
        self.location = location
    }
}

/// One 责任单位 row of a task with its 工作分解 word for word (empty when the plan leaves it empty).
public struct ResponsibleUnit: Sendable, Hashable {
    /// The unit as printed (县教委, 街镇级公共机构).
    public var unit: String
    /// The institution id when the unit is one institution of the statistics.
    public var institution: String?
    /// 工作分解 word for word; "" when the plan's cell is empty.
    public var breakdown: String
    /// What counts as this unit's share of the task done; nil when the row's criterion covers it.
    public var criterion: PlanCriterion?
    public var location: SourceLocation

    public init(unit: String, institution: String?, breakdown: String, criterion: PlanCriterion?, location: SourceLocation) {
        self.unit = unit
        self.institution = institution
        self.breakdown = breakdown
        self.criterion = criterion
        self.location = location
    }
}

/// Where a task's deadline comes from.
public enum DeadlineSource: String, Sendable, Hashable, CaseIterable, Codable {
    /// Stated in the plan's text (截至2022年6月, 到2025年末).
    case text = "text"
    /// The plan gives none: the end of the plan's period.
    case planPeriod = "plan_period"

    public var key: String { rawValue }
}
