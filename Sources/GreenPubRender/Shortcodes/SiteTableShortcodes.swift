import GreenPubCompute
import GreenPubModel

/// The table shortcodes: `{{< indicator-table plan="…" year="2024" >}}` (专栏1 evaluated for a
/// year), `{{< tasks column="3" year="2024" >}}` (a column's task table) and
/// `{{< projects kind="pv" year="2025" >}}` (the register entries of a kind). Blocks: each
/// stands alone on its line.
extension SiteShortcodes {
    static let indicatorTableArguments = ["plan", "year"]
    static let tasksArguments = ["column", "plan", "year"]
    static let projectsArguments = ["kind", "year"]

    // MARK: indicator-table

    func indicatorTable(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> String {
        let plan = try chosenPlan(arguments, having: "indicators") { !$0.indicators.isEmpty }
        let year = try statisticsYear(arguments)
        let evaluations = context.data.evaluations.first { $0.planID == plan.id }?.years.first { $0.year == year }?.indicators ?? []
        let caption: String
        if let table = plan.indicatorTable {
            caption = "专栏\(table.number) \(table.title)（\(year)年评价）"
        } else {
            caption = "\(plan.title)主要指标（\(year)年评价）"
        }
        let view = SiteIndicatorTable(plan: plan, year: year, evaluations: evaluations)
        var html = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(XMLText.escape(caption))\">\n"
        html += view.html(caption: caption)
        html += "</div>\n"
        html += "<p class=\"source\">数据来源：\(XMLText.escape(plan.title))；\(year)年统计数据。逐年评价见\(anchor(SiteLinks.indicators, "指标进展"))，评价规则见\(anchor(SiteLinks.methodologyEvaluation, "方法说明"))。</p>\n"
        return html
    }

    // MARK: tasks

    func tasks(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> String {
        let columnArgument = try arguments.required("column", example: "column=\"3\"")
        let plan = try chosenPlan(arguments, having: "columns") { !$0.columns.isEmpty }
        let choices = plan.columns.map { String($0.number) } + (plan.targets.isEmpty ? [] : ["other"])
        guard choices.contains(columnArgument.value) else {
            throw ShortcodeError(columnArgument.location, "plan '\(plan.id)' has no column '\(columnArgument.value)': expected \(SiteShortcodeArguments.list(choices))"
                                 + (Int(columnArgument.value) == nil ? NearestName.hint(for: columnArgument.value, among: choices) : ""))
        }
        let year = try statisticsYear(arguments)
        let column = plan.columns.first { String($0.number) == columnArgument.value }
        let tasks = column?.tasks ?? plan.targets
        let evaluations = context.data.evaluations.first { $0.planID == plan.id }?.years.first { $0.year == year }?.tasks ?? []
        let caption = column.map { "专栏\($0.number) \($0.title)（截至\(year)年底）" } ?? "\(plan.title)其他目标（截至\(year)年底）"
        let table = SiteTaskTable(tasks: tasks, evaluations: evaluations, year: year)
        var html = "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(XMLText.escape(caption))\">\n"
        html += table.html(caption: caption)
        html += "</div>\n"
        html += "<p class=\"source\">数据来源：\(XMLText.escape(plan.title))；项目台账。逐项证据见\(anchor(SiteLinks.tasks(column: column?.number), column.map { "专栏\($0.number)" } ?? "其他目标"))，评价规则见\(anchor(SiteLinks.methodologyEvaluation, "方法说明"))。</p>\n"
        return html
    }

    // MARK: projects

    func projects(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> String {
        let kindArgument = try arguments.required("kind", example: "kind=\"pv\"")
        guard let kind = RegisterKind(keyOrName: kindArgument.value) else {
            let keys = RegisterKind.allCases.map(\.rawValue)
            throw ShortcodeError(kindArgument.location, "unknown project kind '\(kindArgument.value)': expected \(SiteShortcodeArguments.list(keys)) (or the kind's Chinese name)"
                                 + NearestName.hint(for: kindArgument.value, among: keys))
        }
        var asOf: CalendarDate?
        if let yearArgument = arguments["year"] {
            let years = registerYears
            guard let year = Int(yearArgument.value), years.contains(year) else {
                let known = years.map(String.init)
                throw ShortcodeError(yearArgument.location, "year=\"\(yearArgument.value)\" is outside the registers: expected a year from \(known.first ?? "—") to \(known.last ?? "—")")
            }
            asOf = CalendarDate.endOfYear(year)
        }
        let list = SiteProjectList(kind: kind, entries: context.data.registers, asOf: asOf, names: institutionNames)
        var html = list.html(link: { link(to: SiteLinks.projectEntry($0)) })
        html += "<p class=\"source\">数据来源：项目台账（\(XMLText.escape(kind.chineseName))），全部项目见\(anchor(SiteLinks.projects, "项目台账"))。</p>\n"
        return html
    }

    /// The years the registers' dates span, ascending.
    var registerYears: [Int] {
        let dates = context.data.registers.flatMap { [$0.start, $0.end].compactMap { $0 } }
        guard let first = dates.map(\.year).min(), let last = dates.map(\.year).max() else { return context.data.years }
        return Array(min(first, context.data.years.first ?? first)...max(last, context.data.years.last ?? last))
    }

    /// Institution names by id, from the latest statistics that list each institution.
    var institutionNames: [String: String] {
        var names: [String: String] = [:]
        for year in context.data.statistics {
            for record in year.institutions { names[record.id] = record.name }
        }
        return names
    }

    /// The plan of `plan=`, else the first plan with the given content.
    func chosenPlan(_ arguments: SiteShortcodeArguments, having what: String, _ test: (Plan) -> Bool) throws(ShortcodeError) -> Plan {
        if let chosen = try plan(arguments, having: what, test) { return chosen }
        return try firstPlan(arguments, having: what, test)
    }

    /// The first plan with the given content; an error when no plan has it.
    func firstPlan(_ arguments: SiteShortcodeArguments, having what: String, _ test: (Plan) -> Bool) throws(ShortcodeError) -> Plan {
        guard let plan = context.data.plans.first(where: test) else {
            throw ShortcodeError(arguments.shortcode.location, "no plan in content/plans/ has \(what) for shortcode '\(arguments.name)' to show")
        }
        return plan
    }
}

/// 专栏1 (or a plan's indicators) evaluated for one year, as an HTML table.
struct SiteIndicatorTable {
    let plan: Plan
    let year: Int
    let evaluations: [IndicatorEvaluation]

    func html(caption: String) -> String {
        let baseYear = plan.indicators.first?.base.year
        let targetYear = plan.indicators.first?.target.year
        var html = "<table class=\"indicator-table\">\n<caption>\(XMLText.escape(caption))</caption>\n<thead><tr>"
        html += "<th scope=\"col\">指标</th><th scope=\"col\">属性</th>"
        html += "<th scope=\"col\" class=\"r\">基期值\(baseYear.map { "（\($0)年）" } ?? "")</th>"
        html += "<th scope=\"col\" class=\"r\">\(year)年</th><th scope=\"col\">状态</th>"
        html += "<th scope=\"col\" class=\"r\">目标值\(targetYear.map { "（\($0)年）" } ?? "")</th></tr></thead>\n<tbody>\n"
        var section: String?
        for indicator in plan.indicators {
            if let name = indicator.section, name != section {
                html += "<tr class=\"section\"><th scope=\"colgroup\" colspan=\"6\">\(XMLText.escape(name))</th></tr>\n"
                section = name
            }
            let decimals = IndicatorPrecision.decimals(of: indicator)
            let evaluation = evaluations.first { $0.indicatorID == indicator.id }
            let base = indicator.base.printed ?? evaluation.map { Figures.number($0.computedBase, decimals: decimals) } ?? Figures.number(nil, decimals: 0)
            let value = Figures.number(evaluation?.value, decimals: decimals)
            let status = evaluation.map { SiteShortcodes.statusBadge($0.status) } ?? "—"
            let target = indicator.target.printed ?? evaluation.map { $0.comparison.symbol + Figures.number($0.target, decimals: decimals) } ?? "—"
            let flagged = evaluation?.isFlagged == true ? " class=\"flag\"" : ""
            html += "<tr\(flagged)><th scope=\"row\">\(XMLText.escape(indicator.name))</th>"
            html += "<td>\(XMLText.escape(indicator.attribute?.chineseName ?? "—"))</td>"
            html += "<td class=\"r\"><span class=\"num\">\(XMLText.escape(base))</span></td>"
            html += "<td class=\"r\"><span class=\"num\" data-indicator=\"\(XMLText.escape(indicator.id))\" data-year=\"\(year)\" data-show=\"number\">\(XMLText.escape(value))</span></td>"
            html += "<td>\(status)</td><td class=\"r\"><span class=\"num\">\(XMLText.escape(target))</span></td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }
}

/// A column's tasks with their status at the end of a year, as an HTML table.
struct SiteTaskTable {
    let tasks: [PlanTask]
    let evaluations: [TaskEvaluation]
    let year: Int

    func html(caption: String) -> String {
        var html = "<table class=\"task-table\">\n<caption>\(XMLText.escape(caption))</caption>\n<thead><tr>"
        html += "<th scope=\"col\">序号</th><th scope=\"col\">重点工作</th><th scope=\"col\">牵头单位</th>"
        html += "<th scope=\"col\">完成时限</th><th scope=\"col\">状态</th><th scope=\"col\">尚缺或说明</th></tr></thead>\n<tbody>\n"
        for task in tasks {
            let evaluation = evaluations.first { $0.taskID == task.id }
            let status = evaluation.map { Self.badge($0.status) } ?? "—"
            let missing = evaluation.map(Self.remark) ?? "—"
            let deadline = task.deadlineText ?? task.deadline.chineseDescription
            html += "<tr><td>\(XMLText.escape(task.number ?? "—"))</td><td>\(XMLText.escape(task.keyWork))</td>"
            html += "<td>\(XMLText.escape(task.lead ?? "—"))</td><td>\(XMLText.escape(deadline))</td>"
            html += "<td>\(status)</td><td>\(XMLText.escape(missing))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        return html
    }

    /// What is still missing; for a task the registers cannot tell, why not.
    static func remark(_ evaluation: TaskEvaluation) -> String {
        if !evaluation.missing.isEmpty { return evaluation.missing.joined(separator: "；") }
        let notes = evaluation.parts.compactMap(\.note)
        return notes.isEmpty ? "—" : notes.joined(separator: "；")
    }

    /// The status badge of a task (已完成, 进行中, ...).
    static func badge(_ status: TaskStatus) -> String {
        let css = switch status {
        case .completed, .completedLate: "done"
        case .inProgress: "in-progress"
        case .notStarted: "not-started"
        case .overdue: "overdue"
        case .notMeasurable: "not-measurable"
        }
        return "<span class=\"status status-\(css)\">\(status.chineseName)</span>"
    }
}

/// The register entries of one kind, with their status on a date (the end of a year) or as
/// the register says today, and the kind's totals.
struct SiteProjectList {
    let kind: RegisterKind
    let entries: [RegisterEntry]
    /// Nil: every entry with the status the register gives it.
    let asOf: CalendarDate?
    let names: [String: String]

    /// One entry with its status on the date.
    struct Item {
        let entry: RegisterEntry
        let status: RegisterStatus
    }

    /// Entries of the kind (on a date: those completed by then or under way then), completed
    /// first, then by completion date and id.
    var items: [Item] {
        let ofKind = entries.filter { $0.kind == kind }
        let items: [Item] = ofKind.compactMap { entry in
            guard let asOf else { return Item(entry: entry, status: entry.status) }
            if entry.isCompleted(by: asOf) { return Item(entry: entry, status: .completed) }
            if entry.isUnderway(on: asOf) { return Item(entry: entry, status: .inProgress) }
            return nil
        }
        return items.sorted { a, b in
            let rank = { (item: Item) -> Int in item.status == .completed ? 0 : item.status == .inProgress ? 1 : 2 }
            let da = a.entry.end?.description ?? "9999", db = b.entry.end?.description ?? "9999"
            return (rank(a), da, a.entry.id) < (rank(b), db, b.entry.id)
        }
    }

    func html(link: (String) -> String) -> String {
        let items = self.items
        let title = asOf.map { "\(kind.chineseName)项目（截至\($0.year)年底）" } ?? "\(kind.chineseName)项目"
        var html = "<section class=\"project-list\" aria-label=\"\(XMLText.escape(title))\">\n"
        html += "<h3 class=\"project-list-title\">\(XMLText.escape(title))</h3>\n"
        guard !items.isEmpty else {
            return html + "<p>台账中暂无此类项目。</p>\n</section>\n"
        }
        html += "<ul class=\"list-plain\">\n"
        for item in items {
            let entry = item.entry
            html += "<li><a href=\"\(XMLText.escape(link(entry.id)))\">\(XMLText.escape(entry.title))</a> "
            html += "<span class=\"status status-\(Self.css(item.status))\">\(item.status.chineseName)</span>"
            var facts: [String] = []
            if let name = names[entry.institution] { facts.append(name) }
            if item.status == .completed, let end = entry.end { facts.append("\(end.chineseDescription)完成") }
            else if let start = entry.start { facts.append("\(start.chineseDescription)开工") }
            facts += Self.figures(of: entry)
            html += "<br><span class=\"meta\">\(facts.map(XMLText.escape).joined(separator: "；"))</span></li>\n"
        }
        html += "</ul>\n"
        let completed = items.filter { $0.status == .completed }.map(\.entry)
        var summary = "共\(items.count)项，其中已完成\(completed.count)项"
        for (field, unit) in [(RegisterNumericField.capacityKW, "千瓦"), (.areaM2, "平方米"), (.investmentWan, "万元"), (.savingTce, "吨标准煤/年")] {
            let values = completed.compactMap { $0.value(of: field) }
            guard !values.isEmpty else { continue }
            summary += "；已完成项目\(field.chineseName)合计\(Figures.number(values.reduce(0, +), decimals: field == .savingTce ? 1 : 0))\(unit)"
        }
        html += "<p class=\"project-total\">\(XMLText.escape(summary))。</p>\n</section>\n"
        return html
    }

    static func css(_ status: RegisterStatus) -> String {
        switch status {
        case .completed: "done"
        case .inProgress: "in-progress"
        case .planned: "not-started"
        }
    }

    /// The entry's figures that are filled in, with units.
    static func figures(of entry: RegisterEntry) -> [String] {
        var facts: [String] = []
        if let kw = entry.capacityKW { facts.append("装机容量\(Figures.number(kw, decimals: 0))千瓦") }
        if let area = entry.areaM2 { facts.append("面积\(Figures.number(area, decimals: 0))平方米") }
        if let before = entry.pueBefore, let after = entry.pueAfter {
            facts.append("PUE由\(Figures.number(before, decimals: 2))降至\(Figures.number(after, decimals: 2))")
        }
        if let saving = entry.savingTce { facts.append("年节能量\(Figures.number(saving, decimals: 1))吨标准煤") }
        if let money = entry.investmentWan { facts.append("投资\(Figures.number(money, decimals: 0))万元") }
        if let quantity = entry.quantity { facts.append("数量\(Figures.number(quantity, decimals: 0))\(entry.quantityUnit ?? "")") }
        return facts
    }
}
