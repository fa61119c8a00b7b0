import GreenPubBytes
import GreenPubModel

/// Where the plan pages live and how other pages link into them. Every path is site-relative
/// and names a file; anchors are `id`s on those pages.
enum PlanPaths {
    /// 指标进展: every plan's indicators for every statistics year.
    static let indicators = "indicators.html"
    /// 重点工作: the summary of the column tables.
    static let tasksIndex = "tasks/index.html"
    /// 市级目标: the targets of plans without column tables (the municipal plan).
    static let targets = "targets.html"
    /// 项目台账: every register entry, grouped by kind.
    static let projects = "projects/index.html"

    /// Column table `number` of a county plan: `tasks/column-3.html` for the first plan with
    /// columns, `tasks/<plan id>/column-3.html` for any later one.
    static func column(_ number: Int, planFolder: String?) -> String {
        "tasks/" + (planFolder.map { $0 + "/" } ?? "") + "column-\(number).html"
    }

    /// The targets a county plan states outside its column tables.
    static func otherTargets(planFolder: String?) -> String {
        "tasks/" + (planFolder.map { $0 + "/" } ?? "") + "other.html"
    }

    /// Anchor of an indicator's section on the dashboard: its id (`county-energy-per-area`, as
    /// the home page links it), or, when an earlier plan already uses that id, the plan's id and
    /// the indicator's (`<plan id>-<indicator id>`). Ids are lower-case letters, digits and `-`.
    static func indicatorAnchor(planID: String, indicatorID: String, plans: [Plan]) -> String {
        let first = plans.first { plan in
            plan.indicators.contains { $0.id == indicatorID }
                || plan.targets.contains { $0.id == indicatorID && DashboardIndicator.metricBoundIndicator($0, in: plan) != nil }
        }
        return first == nil || first?.id == planID ? indicatorID : "\(planID)-\(indicatorID)"
    }

    /// Anchor of a task (or target) on its page.
    static func taskAnchor(_ taskID: String) -> String { "task-" + SafeID.fragment(taskID) }

    /// Anchor of a register entry on the project register: `entry-<register id>`.
    static func entryAnchor(_ entryID: String) -> String { "entry-" + SafeID.fragment(entryID) }

    /// Anchor of a register kind's section on the project register.
    static func kindAnchor(_ kind: String) -> String { "kind-" + kind }

    /// The page of an institution (built by the institution pages at exactly this path).
    /// An institution's page: one naming rule for the whole site (InstitutionPaths).
    static func institution(_ id: String) -> String { InstitutionPaths.institution(id: id) }

    /// Sections of the methodology page the figures come from.
    static let methodologyEvaluation = "methodology.html#evaluation"
    static let methodologyConflicts = "methodology.html#conflicts"
    static let methodologyFormulas = "methodology.html#formulas"

    /// The machine-readable exports (written by `ExportSection`).
    static let indicatorsJSON = "data/indicators.json"
    static let indicatorsCSV = "data/indicators.csv"
    static let tasksJSON = "data/tasks.json"
    static let tasksCSV = "data/tasks.csv"
    static let accountsJSON = "data/accounts.json"
}

/// Ids from the data (register ids, institution ids, task ids) used in `id=` attributes, URL
/// fragments and file names. ASCII letters, digits, `-` and `.` are kept (RF-001, PSG001 stay
/// as they are); every other byte of the UTF-8 text, `_` included, is written `_` plus two hex
/// digits, so the result is a valid id and path segment, the same on every build, and two
/// different ids never give the same text.
enum SafeID {
    /// The id itself when every byte is kept (almost every id), without building a new string.
    static func fragment(_ id: String) -> String {
        if id.utf8.allSatisfy(isKept) { return id }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(id.utf8.count * 3)
        for byte in id.utf8 {
            if isKept(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "_"))
                bytes.append(HexDigit.ascii(byte >> 4, uppercase: true))
                bytes.append(HexDigit.ascii(byte & 0x0F, uppercase: true))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isKept(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }
}
