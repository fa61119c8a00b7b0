import GreenPubCompute
import GreenPubModel

/// What `templates/partials/task-table.mustache` sees: tasks of a plan (a column table's rows,
/// or the targets stated outside the columns) with their status in one or more statistics
/// years and, for the last year shown, the evidence and what is still missing. Used by the
/// column pages, 市级目标 and the `tasks` shortcode. Stored, pre-formatted properties only.
struct TaskTableView {
    struct YearStatus {
        let year: String
        let label: String
        let cssClass: String
    }

    /// A register entry that counts (or is under way), linked to the project register.
    struct EntryLink {
        let id: String
        let title: String
        let href: String
    }

    /// A 责任单位 row with its 工作分解 and, when it has its own criterion, how that stands.
    struct Unit {
        let name: String
        let href: String
        let hasHref: Bool
        let breakdown: String
        let hasBreakdown: Bool
        let hasOutcome: Bool
        let outcomeLabel: String
        let outcomeClass: String
    }

    /// One criterion of the task: whose it is, what it asks, how it stands.
    struct Part {
        let who: String
        let what: String
        let label: String
        let cssClass: String
        let detail: String
        let hasDetail: Bool
        let interpretation: String
        let hasInterpretation: Bool
    }

    struct Item {
        let anchor: String
        /// `第3项` for a column row; for a target, what it measures (its criterion's label), else
        /// the plan's section.
        let heading: String
        /// Where the plan states a target, when the heading is not already that.
        let section: String
        let hasSection: Bool
        let keyWork: String
        let isQuote: Bool
        let lead: String
        let hasLead: Bool
        let deadline: String
        let units: [Unit]
        let hasUnits: Bool
        let statuses: [YearStatus]
        let currentYear: String
        let currentLabel: String
        let currentClass: String
        let completedOn: String
        let hasCompletedOn: Bool
        let parts: [Part]
        let hasParts: Bool
        let evidence: [EntryLink]
        let evidenceCount: String
        /// `已完成并计入的登记`, or for a task the registers cannot judge, the related entries.
        let evidenceHeading: String
        let hasEvidence: Bool
        /// More than a handful of entries: listed inside a closed <details>.
        let evidenceCollapsed: Bool
        let underway: [EntryLink]
        let hasUnderway: Bool
        let missing: [String]
        let hasMissing: Bool
        /// Where the task's metric is charted (a target measured by an indicator).
        let dashboardHref: String
        let hasDashboardHref: Bool
    }

    let items: [Item]
    let hasItems: Bool
    /// The level of each task's heading (`<h3>`), and of the headings inside a task.
    let headingLevel: Int
    let subheadingLevel: Int
    let yearsText: String
    let asOfText: String

    /// At most this many evidence entries are listed open; more go into a <details>.
    static let openEvidenceLimit = 6

    /// The tasks of column table `column` (专栏`column`) of plan `planID` (nil: the first plan
    /// with column tables), or its targets outside the columns (`column == nil`), with the
    /// status as of the end of `year` (nil: every statistics year from the plan's start).
    /// Nil when there is no such plan or column. `from` is the site path of the page.
    static func make(data: SiteData, column: Int?, year: Int?, from: String, plan planID: String? = nil, headingLevel: Int = 3) -> TaskTableView? {
        let catalog = PlanCatalog(data)
        guard let county = catalog.countyPlan(planID) else { return nil }
        let tasks: [PlanTask]
        if let column {
            guard let table = county.plan.columns.first(where: { $0.number == column }) else { return nil }
            tasks = table.tasks
        } else {
            tasks = county.plan.targets
        }
        let years = year.map { [$0] } ?? catalog.taskYears(county.plan)
        return make(catalog: catalog, plan: county.plan, tasks: tasks, years: years, from: from, headingLevel: headingLevel)
    }

    /// The given tasks of `plan` for the given years (ascending); the details are those of
    /// the last year.
    static func make(catalog: PlanCatalog, plan: Plan, tasks: [PlanTask], years: [Int], from: String, headingLevel: Int = 3) -> TaskTableView {
        let items = tasks.map { item($0, plan: plan, catalog: catalog, years: years, from: from) }
        let yearsText: String
        if let first = years.first, let last = years.last {
            yearsText = first == last ? "\(last)年" : "\(first)—\(last)年"
        } else {
            yearsText = "—"
        }
        return TaskTableView(
            items: items, hasItems: !items.isEmpty,
            headingLevel: min(max(headingLevel, 2), 5), subheadingLevel: min(max(headingLevel, 2), 5) + 1,
            yearsText: yearsText,
            asOfText: years.last.map { "截至\($0)年12月31日" } ?? "")
    }

    static func item(_ task: PlanTask, plan: Plan, catalog: PlanCatalog, years: [Int], from: String) -> Item {
        let evaluations = years.map { catalog.taskEvaluation(planID: plan.id, taskID: task.id, year: $0) }
        let statuses = zip(years, evaluations).compactMap { year, evaluation -> YearStatus? in
            guard let evaluation else { return nil }
            let badge = StatusBadge(evaluation.status)
            return YearStatus(year: "\(year)年", label: badge.label, cssClass: badge.cssClass)
        }
        let current = evaluations.last ?? nil
        let currentBadge = current.map { StatusBadge($0.status) }
        let projects = RelativeURL.link(from: from, to: PlanPaths.projects)
        func links(_ ids: [String]) -> [EntryLink] {
            ids.map { id in
                EntryLink(id: id, title: catalog.entry(id)?.title ?? "", href: projects + "#" + PlanPaths.entryAnchor(id))
            }
        }
        let evidence = links(current?.evidence ?? [])
        let underway = links(current?.underway ?? [])
        let parts = criterionParts(task, outcomes: current?.parts ?? [])
        // Responsible units with a criterion have the next unit part, in order.
        var unitParts = parts.filter(\.isUnits).makeIterator()
        let units = task.responsible.map { unit -> Unit in
            let outcome = unit.criterion == nil ? nil : unitParts.next()
            let href = unit.institution.map { RelativeURL.link(from: from, to: PlanPaths.institution($0)) }
            return Unit(
                name: unit.unit, href: href ?? "", hasHref: href != nil,
                breakdown: unit.breakdown, hasBreakdown: !unit.breakdown.isEmpty,
                hasOutcome: outcome != nil, outcomeLabel: outcome?.badge.label ?? "", outcomeClass: outcome?.badge.cssClass ?? "")
        }
        let dashboard: String? = DashboardIndicator.metricBoundIndicator(task, in: plan).map { _ in
            RelativeURL.link(from: from, to: PlanPaths.indicators) + "#" + PlanPaths.indicatorAnchor(planID: plan.id, indicatorID: task.id, plans: catalog.data.plans)
        }
        let heading = task.number.map { "第\($0)项" } ?? task.criterion?.label ?? task.section ?? "目标"
        let section = task.number == nil && heading != task.section ? task.section : nil
        let completedOn = current?.completedOn.map { "\(PlanFigures.date($0))完成" + (current?.status == .completedLate ? "（逾期）" : "") }
        return Item(
            anchor: PlanPaths.taskAnchor(task.id),
            heading: heading,
            section: section ?? "",
            hasSection: section != nil,
            keyWork: task.keyWork,
            isQuote: task.column == nil,
            lead: task.lead ?? "",
            hasLead: task.lead != nil,
            deadline: deadlineText(task, plan: plan),
            units: units,
            hasUnits: !units.isEmpty,
            statuses: statuses,
            currentYear: years.last.map { "\($0)年" } ?? "",
            currentLabel: currentBadge?.label ?? "无数据",
            currentClass: currentBadge?.cssClass ?? "status-unknown",
            completedOn: completedOn ?? "",
            hasCompletedOn: completedOn != nil,
            parts: parts.map(\.view),
            hasParts: !parts.isEmpty,
            evidence: evidence,
            evidenceCount: "\(evidence.count)",
            evidenceHeading: current?.status == .notMeasurable ? "登记簿中已完成的相关登记" : "已完成并计入的登记",
            hasEvidence: !evidence.isEmpty,
            evidenceCollapsed: evidence.count > openEvidenceLimit,
            underway: underway,
            hasUnderway: !underway.isEmpty,
            missing: current?.missing ?? [],
            hasMissing: !(current?.missing.isEmpty ?? true),
            dashboardHref: dashboard ?? "",
            hasDashboardHref: dashboard != nil)
    }

    /// `2022年6月30日（截至2022年6月）` or `2025年12月31日（规划期末）`.
    static func deadlineText(_ task: PlanTask, plan: Plan) -> String {
        let date = PlanFigures.date(task.deadline)
        switch task.deadlineSource {
        case .text: return task.deadlineText.map { "\(date)（规划原文：\($0)）" } ?? date
        case .planPeriod: return "\(date)（规划未写明，按规划期末）"
        }
    }

    /// A criterion's outcome beside what the plan asks, in the order the evaluation gives
    /// them: the task's own criterion first, then each responsible unit's.
    struct MeasuredPart {
        let unit: String?
        /// A responsible unit's criterion (not the row's own).
        let isUnits: Bool
        let badge: StatusBadge
        let view: Part
    }

    static func criterionParts(_ task: PlanTask, outcomes: [CriterionOutcome]) -> [MeasuredPart] {
        var criteria: [(unit: String?, criterion: PlanCriterion)] = []
        if let own = task.criterion { criteria.append((nil, own)) }
        for unit in task.responsible {
            if let criterion = unit.criterion { criteria.append((unit.unit, criterion)) }
        }
        return zip(criteria, outcomes).map { pair, outcome in
            let badge: StatusBadge
            var detail = ""
            if !outcome.isMeasurable {
                badge = StatusBadge(label: "无法评估", cssClass: "status-unknown")
                detail = outcome.note ?? ""
            } else if outcome.isMet {
                badge = StatusBadge(label: "已达到", cssClass: "status-done")
                detail = outcome.metOn.map { "\(PlanFigures.date($0))达到" } ?? ""
            } else {
                badge = StatusBadge(label: "未达到", cssClass: outcome.hasStarted ? "status-in-progress" : "status-not-started")
            }
            let what = pair.criterion.label ?? CriterionText.describe(pair.criterion)
            let interpretation = pair.criterion.interpretation ?? ""
            let view = Part(
                who: pair.unit ?? (task.lead ?? "本项"), what: what, label: badge.label, cssClass: badge.cssClass,
                detail: detail, hasDetail: !detail.isEmpty, interpretation: interpretation, hasInterpretation: !interpretation.isEmpty)
            return MeasuredPart(unit: pair.unit, isUnits: pair.unit != nil, badge: badge, view: view)
        }
    }
}
