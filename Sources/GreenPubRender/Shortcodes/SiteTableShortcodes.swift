import GreenPubCompute
import GreenPubModel

/// The table shortcodes: `{{< indicator-table plan="…" year="2024" >}}` (专栏1 evaluated for a
/// year), `{{< tasks column="3" year="2024" >}}` (a column's task table) and
/// `{{< projects kind="pv" year="2025" >}}` (the register entries of a kind). Blocks: each
/// stands alone on its line. They render the plan pages' partials with their view models
/// (`IndicatorTableView`, `TaskTableView`, `ProjectListView`), so a table in a report is the
/// table of the dashboard.
extension SiteShortcodes {
    static let indicatorTableArguments = ["plan", "year"]
    static let tasksArguments = ["column", "plan", "year"]
    static let projectsArguments = ["kind", "year"]

    // MARK: indicator-table

    func indicatorTable(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> String {
        let plan = try chosenPlan(arguments, having: "indicators") { !$0.indicators.isEmpty }
        let year = try statisticsYear(arguments)
        let plans = context.data.plans
        try requireFirstOnPage(arguments) { code in
            let id = code.argument("plan")?.value ?? plans.first { !$0.indicators.isEmpty }?.id ?? ""
            let year = try? statisticsYear(SiteShortcodeArguments(code, accepts: Self.indicatorTableArguments))
            return id + "/" + (year.map(String.init) ?? "")
        }
        guard let view = IndicatorTableView.make(data: context.data, plan: plan.id, year: year, from: page.outputPath) else {
            throw ShortcodeError(arguments.shortcode.location, "plan '\(plan.id)' has no indicator evaluated in \(year)")
        }
        return context.render("partials/indicator-table", view)
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
        let defaultPlan = context.data.plans.first { !$0.columns.isEmpty }?.id ?? ""
        try requireFirstOnPage(arguments) { code in
            (code.argument("plan")?.value ?? defaultPlan) + "/" + (code.argument("column")?.value ?? "")
        }
        guard let view = TaskTableView.make(data: context.data, column: Int(columnArgument.value), year: year, from: page.outputPath,
                                            plan: plan.id, headingLevel: headingLevel(below: arguments.shortcode)) else {
            throw ShortcodeError(columnArgument.location, "plan '\(plan.id)' has no task table for column '\(columnArgument.value)'")
        }
        return context.render("partials/task-table", view)
    }

    // MARK: projects

    func projects(_ arguments: SiteShortcodeArguments) throws(ShortcodeError) -> String {
        let kindArgument = try arguments.required("kind", example: "kind=\"pv\"")
        guard let kind = RegisterKind(keyOrName: kindArgument.value) else {
            let keys = RegisterKind.allCases.map(\.rawValue)
            throw ShortcodeError(kindArgument.location, "unknown project kind '\(kindArgument.value)': expected \(SiteShortcodeArguments.list(keys)) (or the kind's Chinese name)"
                                 + NearestName.hint(for: kindArgument.value, among: keys))
        }
        var year: Int?
        if let yearArgument = arguments["year"] {
            let years = registerYears
            guard let value = Int(yearArgument.value), years.contains(value) else {
                let known = years.map(String.init)
                throw ShortcodeError(yearArgument.location, "year=\"\(yearArgument.value)\" is outside the registers: expected a year from \(known.first ?? "—") to \(known.last ?? "—")")
            }
            year = value
        }
        try requireFirstOnPage(arguments) { code in
            code.argument("kind").flatMap { RegisterKind(keyOrName: $0.value) }?.rawValue
        }
        let view = ProjectListView.make(data: context.data, kind: kind, year: year, from: page.outputPath, headingLevel: headingLevel(below: arguments.shortcode))
        return context.render("partials/project-list", view)
    }

    /// The years the registers' dates span, ascending.
    var registerYears: [Int] {
        let dates = context.data.registers.flatMap { [$0.start, $0.end].compactMap { $0 } }
        guard let first = dates.map(\.year).min(), let last = dates.map(\.year).max() else { return context.data.years }
        return Array(min(first, context.data.years.first ?? first)...max(last, context.data.years.last ?? last))
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

