import GreenPubCompute
import GreenPubModel

/// `data/indicators.json` and `data/indicators.csv`: every indicator of the dashboard, with its
/// base (printed and computed), its target, and its value and status in every statistics year.
/// Schema: docs/exports-schema.md.
enum IndicatorExport {
    static let schema = "greenpub.indicators.v1"
    /// Decimals of the values (in the plan's unit).
    static let decimals = 4

    static func json(_ data: SiteData) -> [UInt8] {
        let items = DashboardIndicator.plans(data).flatMap { plan, indicators in
            indicators.map { indicator(plan: plan, item: $0, data: data) }
        }
        return JSONOutput.document(.object([
            ("schema", .string(schema)),
            ("years", .array(data.years.map(JSONValue.int))),
            ("status_names", .object(IndicatorStatus.allCases.map { ($0.key, .string($0.chineseName)) })),
            ("indicators", .array(items, lines: true)),
        ]))
    }

    static func indicator(plan: Plan, item: DashboardIndicator, data: SiteData) -> JSONValue {
        let indicator = item.indicator
        let first = item.evaluations.first
        let latest = item.evaluations.last
        let values = planValues(item, data: data)
        var scope: String
        var group: JSONValue = .null
        switch indicator.scope {
        case .county: scope = "county"
        case .group(let g):
            scope = "group"
            group = .string(g.rawValue)
        }
        let projection: JSONValue = latest?.projection.map { projection in
            .object([
                ("evaluated_year", .int(latest?.year ?? 0)),
                ("method", .string(projection.method.rawValue)),
                ("fitted_years", .array(projection.years.map(JSONValue.int))),
                ("slope_per_year", .number(projection.slopePerYear, decimals: decimals + 2)),
                ("target_year", .int(projection.targetYear)),
                ("value", .number(projection.projectedValue, decimals: decimals)),
                ("meets_target", .bool(projection.meetsTarget)),
            ])
        } ?? .null
        return .object([
            ("plan", .string(plan.id)),
            ("id", .string(indicator.id)),
            ("from_target", .string(item.targetTaskID)),
            ("name", .string(indicator.name)),
            ("section", .string(indicator.section)),
            ("unit", .string(indicator.unit)),
            ("scope", .string(scope)),
            ("group", group),
            ("metric", .string(indicator.metric.key)),
            ("aggregation", .string(indicator.aggregation.key)),
            ("direction", .string(indicator.direction.key)),
            ("attribute", .string(indicator.attribute?.chineseName)),
            ("binding", .bool(indicator.isBinding)),
            ("base", .object([
                ("year", .int(indicator.base.year)),
                ("printed", .string(indicator.base.printed)),
                ("value_printed", .number(indicator.base.value, decimals: decimals)),
                ("value_computed", .number(first?.computedBase, decimals: decimals)),
                ("matches_printed", first?.baseMatchesPrinted.map(JSONValue.bool) ?? .null),
            ])),
            ("target", .object([
                ("year", .int(indicator.target.year)),
                ("printed", .string(indicator.target.printed)),
                ("comparison", .string(indicator.target.comparison.symbol)),
                ("change_percent", .number(indicator.target.changePercent, decimals: decimals)),
                ("value", .number(first?.target ?? indicator.target.value, decimals: decimals)),
            ])),
            ("values", .object(values.map { (String($0.year), .number($0.value, decimals: decimals)) })),
            ("path", .object(item.evaluations.map { (String($0.year), .number($0.path, decimals: decimals)) })),
            ("status", .object(statusYears(item).map { (String($0.year), .string($0.status.key)) })),
            ("flagged", .object(statusYears(item).map { (String($0.year), .bool($0.isFlagged)) })),
            ("projection", projection),
        ])
    }

    /// Every statistics year's value in the plan's unit, base year included.
    static func planValues(_ item: DashboardIndicator, data: SiteData) -> [YearValue] {
        let series = data.metrics.first { $0.key == item.indicator.metricKey }
        return (series?.values ?? []).map { YearValue(year: $0.year, value: $0.value / item.indicator.displayScale) }
    }

    /// The evaluations after the base year (the base year is where the path starts, not a result).
    static func statusYears(_ item: DashboardIndicator) -> [IndicatorEvaluation] {
        item.evaluations.filter { $0.year > item.indicator.base.year }
    }

    static func csv(_ data: SiteData) -> [UInt8] {
        let years = data.years
        var table = CSVTable(header: [
            "plan_id", "indicator_id", "from_target", "name", "section", "unit", "scope", "attribute",
            "base_year", "base_printed", "base_computed", "target_year", "target_printed", "target_value",
        ] + years.map { "value_\($0)" } + years.map { "status_\($0)" })
        for (plan, indicators) in DashboardIndicator.plans(data) {
            for item in indicators {
                let indicator = item.indicator
                let values = planValues(item, data: data)
                let evaluated = statusYears(item)
                let first = item.evaluations.first
                var row: [CSVTable.Cell] = [
                    .text(plan.id), .text(indicator.id), .text(item.targetTaskID ?? ""), .text(indicator.name),
                    .text(indicator.section ?? ""), .text(indicator.unit), .text(ScopeText.name(indicator.scope)),
                    .text(indicator.attribute?.chineseName ?? ""),
                    .number(String(indicator.base.year)), .text(indicator.base.printed ?? ""),
                    .number(ExportNumber.text(first?.computedBase, decimals: decimals)),
                    .number(String(indicator.target.year)), .text(indicator.target.printed ?? ""),
                    .number(ExportNumber.text(first?.target ?? indicator.target.value, decimals: decimals)),
                ]
                row += years.map { year in .number(ExportNumber.text(values.first { $0.year == year }?.value, decimals: decimals)) }
                row += years.map { year in .text(evaluated.first { $0.year == year }?.status.chineseName ?? "") }
                table.append(row)
            }
        }
        return table.bytes()
    }
}
