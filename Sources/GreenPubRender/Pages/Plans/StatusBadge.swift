import GreenPubCompute
import GreenPubModel

/// A status as the pages show it: its Chinese label and the CSS class of its badge
/// (`.status-met`, `.status-done`, ... in style.css).
struct StatusBadge: Sendable, Hashable {
    let label: String
    let cssClass: String

    init(label: String, cssClass: String) {
        self.label = label
        self.cssClass = cssClass
    }

    /// 达标 / 进度正常 / 滞后 / 未达标.
    init(_ status: IndicatorStatus) {
        label = status.chineseName
        cssClass = switch status {
        case .met: "status-met"
        case .onTrack: "status-on-track"
        case .behind: "status-behind"
        case .missed: "status-missed"
        }
    }

    /// 已完成 / 逾期完成 / 进行中 / 未开始 / 逾期 / 无法评估.
    init(_ status: TaskStatus) {
        label = status.chineseName
        cssClass = switch status {
        case .completed: "status-done"
        case .completedLate: "status-done status-late"
        case .inProgress: "status-in-progress"
        case .notStarted: "status-not-started"
        case .overdue: "status-overdue"
        case .notMeasurable: "status-unknown"
        }
    }

    /// A register entry's status as the office wrote it: 已完成 / 实施中 / 计划.
    init(_ status: RegisterStatus) {
        label = status.chineseName
        cssClass = switch status {
        case .completed: "status-done"
        case .inProgress: "status-in-progress"
        case .planned: "status-not-started"
        }
    }
}
