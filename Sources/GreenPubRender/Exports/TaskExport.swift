import GreenPubCompute
import GreenPubModel

/// `data/tasks.json` and `data/tasks.csv`: every task of every plan (column rows, then the
/// targets stated outside the columns) with its status, evidence and what is missing in every
/// evaluated year. Schema: docs/exports-schema.md.
enum TaskExport {
    static let schema = "greenpub.tasks.v1"

    /// A plan's tasks beside their evaluations, year by year.
    struct Row {
        let plan: Plan
        let task: PlanTask
        /// Ascending years.
        let evaluations: [(year: Int, evaluation: TaskEvaluation)]
    }

    static func rows(_ data: SiteData) -> [Row] {
        data.plans.flatMap { plan -> [Row] in
            let evaluation = data.evaluations.first { $0.planID == plan.id }
            return plan.allTasks.map { task in
                Row(plan: plan, task: task, evaluations: (evaluation?.years ?? []).compactMap { year in
                    year.tasks.first { $0.taskID == task.id }.map { (year.year, $0) }
                })
            }
        }
    }

    static func json(_ data: SiteData) -> [UInt8] {
        let tasks = rows(data).map { row -> JSONValue in
            let task = row.task
            return .object([
                ("plan", .string(row.plan.id)),
                ("id", .string(task.id)),
                ("column", task.column.map(JSONValue.int) ?? .null),
                ("number", .string(task.number)),
                ("section", .string(task.section)),
                ("key_work", .string(task.keyWork)),
                ("lead", .string(task.lead)),
                ("responsible", .array(task.responsible.map { unit in
                    .object([
                        ("unit", .string(unit.unit)),
                        ("institution", .string(unit.institution)),
                        ("breakdown", .string(unit.breakdown)),
                    ])
                })),
                ("deadline", .string(task.deadline.description)),
                ("deadline_source", .string(task.deadlineSource.key)),
                ("deadline_text", .string(task.deadlineText)),
                ("status", .object(row.evaluations.map { (String($0.year), .string($0.evaluation.status.key)) })),
                ("completed_on", .object(row.evaluations.map { (String($0.year), .string($0.evaluation.completedOn?.description)) })),
                ("evidence", .object(row.evaluations.map { (String($0.year), .strings($0.evaluation.evidence)) })),
                ("underway", .object(row.evaluations.map { (String($0.year), .strings($0.evaluation.underway)) })),
                ("missing", .object(row.evaluations.map { (String($0.year), .strings($0.evaluation.missing)) })),
            ])
        }
        return JSONOutput.document(.object([
            ("schema", .string(schema)),
            ("years", .array(data.years.map(JSONValue.int))),
            ("status_names", .object(TaskStatus.allCases.map { ($0.key, .string($0.chineseName)) })),
            ("tasks", .array(tasks, lines: true)),
        ]))
    }

    static func csv(_ data: SiteData) -> [UInt8] {
        let years = data.years
        let latest = years.last.map(String.init) ?? "latest"
        var table = CSVTable(header: [
            "plan_id", "task_id", "column", "number", "section", "key_work", "lead", "responsible",
            "deadline", "deadline_text",
        ] + years.map { "status_\($0)" } + ["completed_on_\(latest)", "evidence_\(latest)", "missing_\(latest)"])
        for row in rows(data) {
            let task = row.task
            let last = row.evaluations.last?.evaluation
            var cells: [CSVTable.Cell] = [
                .text(row.plan.id), .text(task.id), .number(task.column.map(String.init)), .text(task.number ?? ""),
                .text(task.section ?? ""), .text(task.keyWork), .text(task.lead ?? ""),
                .text(task.responsible.map { $0.breakdown.isEmpty ? $0.unit : "\($0.unit)：\($0.breakdown)" }.joined(separator: "\n")),
                .text(task.deadline.description), .text(task.deadlineText ?? ""),
            ]
            cells += years.map { year in .text(row.evaluations.first { $0.year == year }?.evaluation.status.chineseName ?? "") }
            cells += [
                .text(last?.completedOn?.description ?? ""),
                .text((last?.evidence ?? []).joined(separator: " ")),
                .text((last?.missing ?? []).joined(separator: "\n")),
            ]
            table.append(cells)
        }
        return table.bytes()
    }
}
