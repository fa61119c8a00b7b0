import Foundation

/// Where a register row stands (状态), as the office last wrote it.
public enum RegisterStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case planned = "planned"          // 计划
    case inProgress = "in_progress"   // 实施中
    case completed = "completed"      // 已完成

    public var key: String { rawValue }

    public var chineseName: String {
        switch self {
        case .planned: "计划"
        case .inProgress: "实施中"
        case .completed: "已完成"
        }
    }

    /// Reads `计划` / `实施中` / `已完成` or the keys `planned` / `in_progress` / `completed`.
    public init?(keyOrName raw: String) {
        // As written (nearly always): one comparison each, no trimming or lower-casing.
        for status in RegisterStatus.allCases where status.chineseName == raw || status.rawValue == raw {
            self = status
            return
        }
        let text = raw.trimmingCharacters(in: .whitespaces)
        let key = text.lowercased()
        for status in RegisterStatus.allCases where status.chineseName == text || status.rawValue == key {
            self = status
            return
        }
        return nil
    }
}
