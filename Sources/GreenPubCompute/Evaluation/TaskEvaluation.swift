import GreenPubModel

/// How one criterion of a task (the task's own, or a responsible unit's) stands on a date.
public struct CriterionOutcome: Sendable, Hashable {
    /// The responsible unit the criterion belongs to; nil for the task's own criterion.
    public var unit: String?
    public var label: String?
    /// False for a `not_measurable` criterion (then `note` says why).
    public var isMeasurable: Bool
    public var isMet: Bool
    /// The day the criterion became (and stayed) met: the completion date of the entry that
    /// made it, or the end of the year whose value met it.
    public var metOn: CalendarDate?
    /// Some matching work is under way or done.
    public var hasStarted: Bool
    /// What is measured now (a count, a sum, a percent, a metric value) and what is required.
    public var current: Double?
    public var required: Double?
    /// Ids of the completed register entries that count.
    public var evidence: [String]
    /// Ids of matching entries under way.
    public var underway: [String]
    /// What is still missing, in Chinese, e.g. 还差2个能源费用托管项目.
    public var missing: [String]
    /// The reason a criterion is not measurable, with the tally beside it.
    public var note: String?

    public init(
        unit: String?, label: String?, isMeasurable: Bool, isMet: Bool, metOn: CalendarDate?,
        hasStarted: Bool, current: Double?, required: Double?, evidence: [String], underway: [String],
        missing: [String], note: String?
    ) {
        self.unit = unit
        self.label = label
        self.isMeasurable = isMeasurable
        self.isMet = isMet
        self.metOn = metOn
        self.hasStarted = hasStarted
        self.current = current
        self.required = required
        self.evidence = evidence
        self.underway = underway
        self.missing = missing
        self.note = note
    }
}

/// A task's status on a date (`asOf`, the end of a statistics year), with the evidence and
/// what is still missing.
public struct TaskEvaluation: Sendable, Hashable {
    public var taskID: String
    public var asOf: CalendarDate
    public var deadline: CalendarDate
    public var status: TaskStatus
    /// When every measurable criterion was met (the latest of their dates).
    public var completedOn: CalendarDate?
    /// Entry ids that count, over all criteria, without repeats, in register order.
    public var evidence: [String]
    public var underway: [String]
    public var missing: [String]
    /// One outcome per criterion: the task's own first, then the responsible units' in order.
    public var parts: [CriterionOutcome]

    public init(
        taskID: String, asOf: CalendarDate, deadline: CalendarDate, status: TaskStatus,
        completedOn: CalendarDate?, evidence: [String], underway: [String], missing: [String],
        parts: [CriterionOutcome]
    ) {
        self.taskID = taskID
        self.asOf = asOf
        self.deadline = deadline
        self.status = status
        self.completedOn = completedOn
        self.evidence = evidence
        self.underway = underway
        self.missing = missing
        self.parts = parts
    }
}
