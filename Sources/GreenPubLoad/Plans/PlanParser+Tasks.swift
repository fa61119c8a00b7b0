import GreenPubModel
import Yams

extension PlanParser {
    static let columnKeys = ["number", "title", "section", "note", "tasks"]
    static let columnTaskKeys = [
        "id", "number", "key_work", "lead", "responsible", "deadline", "deadline_source", "deadline_text", "criterion",
    ]
    static let targetKeys = [
        "id", "section", "text", "lead", "responsible", "deadline", "deadline_source", "deadline_text", "criterion",
    ]
    static let responsibleKeys = ["unit", "institution", "breakdown", "criterion"]

    func columns(_ top: PlanYAMLReader.Fields) -> [PlanColumn] {
        guard let nodes = reader.list(top, "columns", required: false) else { return [] }
        var columns: [PlanColumn] = []
        var numbers: [Int: Int] = [:]
        for node in nodes {
            guard let column = column(node) else { continue }
            if let line = numbers[column.number] {
                reader.error(at: column.location, "专栏\(column.number) is already written at line \(line)")
            } else {
                numbers[column.number] = column.location.line
            }
            columns.append(column)
        }
        return columns
    }

    private func column(_ node: Node) -> PlanColumn? {
        let numberText = node.mapping?["number"]?.scalar?.string
        let what = numberText.map { "column 专栏\($0)" } ?? "a column"
        guard let fields = reader.fields(node, what, allowed: Self.columnKeys) else { return nil }
        let number = reader.int(fields, "number", required: true)
        let title = reader.string(fields, "title", required: true)
        let section = reader.string(fields, "section", required: false)
        let note = reader.string(fields, "note", required: false)
        let taskNodes = reader.list(fields, "tasks", required: true) ?? []
        if fields.value("tasks") != nil, taskNodes.isEmpty {
            reader.error(node, "\(what) has no tasks")
        }
        let tasks = taskNodes.compactMap { task($0, column: number, isTarget: false) }
        guard let number, let title else { return nil }
        return PlanColumn(
            number: number, title: title, note: note, section: section, tasks: tasks,
            location: reader.location(node)
        )
    }

    func targets(_ top: PlanYAMLReader.Fields) -> [PlanTask] {
        guard let nodes = reader.list(top, "targets", required: false) else { return [] }
        return nodes.compactMap { task($0, column: nil, isTarget: true) }
    }

    /// A row of a column (`key_work`) or a target outside the columns (`text`).
    private func task(_ node: Node, column: Int?, isTarget: Bool) -> PlanTask? {
        let idText = node.mapping?["id"]?.scalar?.string
        let what = idText.map { "task '\($0)'" } ?? (isTarget ? "a target" : "a task of 专栏\(column.map(String.init) ?? "?")")
        let allowed = isTarget ? Self.targetKeys : Self.columnTaskKeys
        guard let fields = reader.fields(node, what, allowed: allowed) else { return nil }
        let id = reader.string(fields, "id", required: true)
        if let id, let idNode = fields.value("id"), !Self.isValidID(id) {
            reader.error(idNode, "task id '\(id)' must be lower-case letters, digits and '-'")
        }
        let number = isTarget ? nil : reader.string(fields, "number", required: true)
        let section = isTarget ? reader.string(fields, "section", required: false) : nil
        let keyWork = reader.string(fields, isTarget ? "text" : "key_work", required: true)
        let lead = reader.string(fields, "lead", required: !isTarget)
        let responsible = responsibleUnits(fields, required: !isTarget)
        let deadline = self.deadline(fields)
        let criterion = fields.value("criterion").flatMap { self.criterion($0, what: "the criterion of \(what)") }
        if fields.value("criterion") == nil, responsible?.contains(where: { $0.criterion != nil }) != true {
            reader.error(node, "\(what) has no criterion, on the task or on a responsible unit; write one (use `not_measurable:` with a reason when the registers cannot tell)")
        }
        guard let id, let keyWork, let responsible, let deadline else { return nil }
        return PlanTask(
            id: id, column: column, number: number, section: section, keyWork: keyWork, lead: lead,
            responsible: responsible, deadline: deadline.date, deadlineSource: deadline.source,
            deadlineText: deadline.text, criterion: criterion, location: reader.location(node)
        )
    }

    private func responsibleUnits(_ fields: PlanYAMLReader.Fields, required: Bool) -> [ResponsibleUnit]? {
        guard let nodes = reader.list(fields, "responsible", required: required) else {
            return required ? nil : []
        }
        var units: [ResponsibleUnit] = []
        var ok = true
        for node in nodes {
            guard let unitFields = reader.fields(node, "a responsible unit of \(fields.what)", allowed: Self.responsibleKeys) else {
                ok = false
                continue
            }
            let unit = reader.string(unitFields, "unit", required: true)
            let institution = reader.string(unitFields, "institution", required: false)
            let breakdown = reader.possiblyEmptyString(unitFields, "breakdown")
            let criterion = unitFields.value("criterion").flatMap {
                self.criterion($0, what: "the criterion of \(unit ?? "a unit") in \(fields.what)")
            }
            guard let unit, let breakdown else {
                ok = false
                continue
            }
            units.append(ResponsibleUnit(
                unit: unit, institution: institution, breakdown: breakdown, criterion: criterion,
                location: reader.location(node)
            ))
        }
        return ok ? units : nil
    }

    /// `deadline` + `deadline_source` (+ `deadline_text` for a deadline read from the text).
    private func deadline(_ fields: PlanYAMLReader.Fields) -> (date: CalendarDate, source: DeadlineSource, text: String?)? {
        let source = reader.choice(
            fields, "deadline_source", required: true, accepted: DeadlineSource.allCases.map(\.key)
        ) { DeadlineSource(rawValue: $0) }
        let date = reader.date(fields, "deadline", required: source == .text)
        let text = reader.string(fields, "deadline_text", required: source == .text)
        guard let source else { return nil }
        switch source {
        case .text:
            guard let date else { return nil }
            return (date, .text, text)
        case .planPeriod:
            if let textNode = fields.value("deadline_text") {
                reader.error(textNode, "\(fields.what) takes its deadline from the plan period, so it has no deadline_text; use deadline_source: text if the plan states a date")
            }
            guard let period else { return nil }
            if let date, date != period.end, let node = fields.value("deadline") {
                reader.error(node, "deadline \(date) is not the end of the plan period (\(period.end)), yet deadline_source is plan_period")
                return nil
            }
            return (period.end, .planPeriod, nil)
        }
    }
}
