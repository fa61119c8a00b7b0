import GreenPubCompute
import GreenPubModel

/// 重点工作: `tasks/index.html` (each column's tasks counted by status in the latest year),
/// one page per column table (`tasks/column-<n>.html`) and one for the targets the plan
/// states outside its columns (`tasks/other.html`).
struct TaskPagesBuilder: PageBuilder {
    static let title = "重点工作"

    var templateNames: [String] { ["tasks", "column", "partials/task-table"] }

    func menu(_ data: SiteData) -> [MenuItem] {
        PlanCatalog(data).countyPlans.isEmpty ? [] : [MenuItem(title: Self.title, outputPath: PlanPaths.tasksIndex, order: 20)]
    }

    func pages(_ context: RenderContext) -> [SitePage] {
        let catalog = PlanCatalog(context.data)
        guard !catalog.countyPlans.isEmpty else { return [] }
        let home = SitePage.Crumb(title: "首页", outputPath: "index.html")
        let index = SitePage.Crumb(title: Self.title, outputPath: PlanPaths.tasksIndex)
        var pages = [SitePage(
            outputPath: PlanPaths.tasksIndex, title: Self.title,
            description: "规划各专栏重点工作的逐年进展",
            breadcrumbs: [home], menuPath: PlanPaths.tasksIndex, kind: "tasks",
            body: context.renderMarkup("tasks", TasksIndexView.make(catalog: catalog)))]
        for county in catalog.countyPlans {
            for page in ColumnPageView.pages(of: county, catalog: catalog) {
                pages.append(SitePage(
                    outputPath: page.path, title: page.view.title, description: page.view.description,
                    breadcrumbs: [home, index], menuPath: PlanPaths.tasksIndex, kind: "column",
                    body: context.renderMarkup("column", page.view)))
            }
        }
        return pages
    }
}

/// A column's (or the other targets') tasks counted by status in one year.
struct TaskStatusCounts {
    struct Count {
        let label: String
        let count: String
        let cssClass: String
        let isZero: Bool
    }

    let counts: [Count]
    let total: String

    init(_ evaluations: [TaskEvaluation]) {
        counts = TaskStatus.allCases.map { status in
            let n = evaluations.filter { $0.status == status }.count
            let badge = StatusBadge(status)
            return Count(label: badge.label, count: String(n), cssClass: badge.cssClass, isZero: n == 0)
        }
        total = String(evaluations.count)
    }
}

/// What `templates/column.mustache` sees: one column table (or the other targets) of a plan.
struct ColumnPageView {
    struct Neighbour {
        let title: String
        let href: String
    }

    let title: String
    let description: String
    let planTitle: String
    let planMeta: String
    let section: String
    let hasSection: Bool
    let note: String
    let hasNote: Bool
    let intro: String
    let hasIntro: Bool
    let yearNote: String
    let latestYear: String
    let counts: TaskStatusCounts
    let table: TaskTableView
    let previous: Neighbour?
    let next: Neighbour?
    let hasNeighbours: Bool
    let indexHref: String
    let projectsHref: String
    let evaluationHref: String

    /// One page per column table, then the other targets, with the path of each.
    static func pages(of county: PlanCatalog.CountyPlan, catalog: PlanCatalog) -> [(path: String, view: ColumnPageView)] {
        let plan = county.plan
        var entries: [(path: String, title: String, column: PlanColumn?)] = plan.columns.map { column in
            (PlanPaths.column(column.number, planFolder: county.folder), "专栏\(column.number)：\(column.title)", column)
        }
        if !plan.targets.isEmpty {
            entries.append((PlanPaths.otherTargets(planFolder: county.folder), "规划提出的其他目标", nil))
        }
        let years = catalog.taskYears(plan)
        return entries.enumerated().map { index, entry in
            let from = entry.path
            let tasks = entry.column?.tasks ?? plan.targets
            let table = TaskTableView.make(catalog: catalog, plan: plan, tasks: tasks, years: years, from: from)
            let latest = years.last.map { year in tasks.compactMap { catalog.taskEvaluation(planID: plan.id, taskID: $0.id, year: year) } } ?? []
            let previous = index > 0 ? entries[index - 1] : nil
            let next = index + 1 < entries.count ? entries[index + 1] : nil
            let intro = entry.column == nil
                ? "规划正文（专栏之外）提出的量化目标。每项目标引用规划原文，并按登记簿和统计数据逐年评价。"
                : ""
            let view = ColumnPageView(
                title: entry.title,
                description: "\(plan.title)\(entry.title)的逐年进展",
                planTitle: plan.title,
                planMeta: PlanText.meta(plan),
                section: entry.column?.section ?? "",
                hasSection: entry.column?.section != nil,
                note: entry.column?.note ?? "",
                hasNote: entry.column?.note != nil,
                intro: intro,
                hasIntro: !intro.isEmpty,
                yearNote: PlanText.yearNote(years),
                latestYear: years.last.map { "\($0)年" } ?? "—",
                counts: TaskStatusCounts(latest),
                table: table,
                previous: previous.map { Neighbour(title: $0.title, href: RelativeURL.link(from: from, to: $0.path)) },
                next: next.map { Neighbour(title: $0.title, href: RelativeURL.link(from: from, to: $0.path)) },
                hasNeighbours: previous != nil || next != nil,
                indexHref: RelativeURL.link(from: from, to: PlanPaths.tasksIndex),
                projectsHref: RelativeURL.link(from: from, to: PlanPaths.projects),
                evaluationHref: RelativeURL.link(from: from, to: PlanPaths.methodologyEvaluation))
            return (entry.path, view)
        }
    }
}

/// What `templates/tasks.mustache` sees: every county plan's columns with their tasks
/// counted by status in the latest year.
struct TasksIndexView {
    struct Row {
        let name: String
        let href: String
        let counts: TaskStatusCounts
    }

    struct PlanBlock {
        let headingID: String
        let title: String
        let meta: String
        let rows: [Row]
        let totals: TaskStatusCounts
    }

    let title: String
    let yearNote: String
    let latestYear: String
    let statusHeaders: [String]
    let overall: TaskStatusCounts
    let plans: [PlanBlock]
    let evaluationHref: String
    let projectsHref: String

    static let from = PlanPaths.tasksIndex

    static func make(catalog: PlanCatalog) -> TasksIndexView {
        let from = Self.from
        var all: [TaskEvaluation] = []
        let blocks = catalog.countyPlans.map { county -> PlanBlock in
            let plan = county.plan
            let year = catalog.taskYears(plan).last
            func evaluations(_ tasks: [PlanTask]) -> [TaskEvaluation] {
                guard let year else { return [] }
                return tasks.compactMap { catalog.taskEvaluation(planID: plan.id, taskID: $0.id, year: year) }
            }
            var rows = plan.columns.map { column in
                Row(name: "专栏\(column.number)：\(column.title)",
                    href: RelativeURL.link(from: from, to: PlanPaths.column(column.number, planFolder: county.folder)),
                    counts: TaskStatusCounts(evaluations(column.tasks)))
            }
            if !plan.targets.isEmpty {
                rows.append(Row(name: "规划提出的其他目标",
                                href: RelativeURL.link(from: from, to: PlanPaths.otherTargets(planFolder: county.folder)),
                                counts: TaskStatusCounts(evaluations(plan.targets))))
            }
            let planEvaluations = evaluations(plan.allTasks)
            all += planEvaluations
            return PlanBlock(headingID: "plan-\(plan.id)", title: plan.title, meta: PlanText.meta(plan), rows: rows,
                             totals: TaskStatusCounts(planEvaluations))
        }
        let years = catalog.countyPlans.first.map { catalog.taskYears($0.plan) } ?? catalog.data.years
        return TasksIndexView(
            title: TaskPagesBuilder.title,
            yearNote: PlanText.yearNote(years),
            latestYear: years.last.map { "\($0)年" } ?? "—",
            statusHeaders: TaskStatus.allCases.map(\.chineseName),
            overall: TaskStatusCounts(all),
            plans: blocks,
            evaluationHref: RelativeURL.link(from: from, to: PlanPaths.methodologyEvaluation),
            projectsHref: RelativeURL.link(from: from, to: PlanPaths.projects))
    }
}
