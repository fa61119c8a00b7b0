/// Where an indicator stands in a year, against its target and the straight path to it.
public enum IndicatorStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// The target is met (达标).
    case met = "met"
    /// Not yet met, but on or ahead of the straight path from the base value to the target (进度正常).
    case onTrack = "on_track"
    /// Behind the path (滞后).
    case behind = "behind"
    /// The target year is reached and the target is not met (未达标).
    case missed = "missed"

    public var key: String { rawValue }

    public var chineseName: String {
        switch self {
        case .met: "达标"
        case .onTrack: "进度正常"
        case .behind: "滞后"
        case .missed: "未达标"
        }
    }
}

/// Where a task stands on a date.
public enum TaskStatus: String, Sendable, Hashable, CaseIterable, Codable {
    /// The criterion is met, on or before the deadline (已完成).
    case completed = "completed"
    /// The criterion is met, but only after the deadline (逾期完成).
    case completedLate = "completed_late"
    /// Work has started, the deadline has not passed (进行中).
    case inProgress = "in_progress"
    /// Nothing started, the deadline has not passed (未开始).
    case notStarted = "not_started"
    /// The deadline has passed and the criterion is not met (逾期).
    case overdue = "overdue"
    /// The registers and statistics cannot tell (无法评估); the criterion says why.
    case notMeasurable = "not_measurable"

    public var key: String { rawValue }

    public var chineseName: String {
        switch self {
        case .completed: "已完成"
        case .completedLate: "逾期完成"
        case .inProgress: "进行中"
        case .notStarted: "未开始"
        case .overdue: "逾期"
        case .notMeasurable: "无法评估"
        }
    }
}
