import Foundation
import GreenPubModel
import Yams

extension PlanParser {
    static let indicatorKeys = [
        "id", "name", "section", "unit", "scope", "group", "metric", "aggregation", "display_scale",
        "base", "target", "direction", "attribute", "text",
    ]
    static let baseKeys = ["year", "printed", "value", "decimals"]
    static let indicatorTargetKeys = ["year", "printed", "comparison", "value", "change_percent", "decimals"]

    func indicators(_ top: PlanYAMLReader.Fields) -> [PlanIndicator] {
        guard let nodes = reader.list(top, "indicators", required: false) else { return [] }
        return nodes.compactMap(indicator)
    }

    private func indicator(_ node: Node) -> PlanIndicator? {
        let idText = node.mapping?["id"]?.scalar?.string
        let what = idText.map { "indicator '\($0)'" } ?? "an indicator"
        guard let fields = reader.fields(node, what, allowed: Self.indicatorKeys) else { return nil }
        let id = reader.string(fields, "id", required: true)
        if let id, let idNode = fields.value("id"), !Self.isValidID(id) {
            reader.error(idNode, "indicator id '\(id)' must be lower-case letters, digits and '-'")
        }
        let name = reader.string(fields, "name", required: true)
        let section = reader.string(fields, "section", required: false)
        let unit = reader.string(fields, "unit", required: true)
        let scope = self.scope(fields)
        let metric = reader.choice(fields, "metric", required: true, accepted: PlanMetric.allCases.map(\.key)) {
            PlanMetric(rawValue: $0)
        }
        let aggregation = reader.choice(
            fields, "aggregation", required: true, accepted: MetricAggregation.allCases.map(\.key)
        ) { MetricAggregation(rawValue: $0) }
        if let metric, let aggregation, let node = fields.value("aggregation"),
           !metric.allowedAggregations.contains(aggregation) {
            reader.error(node, "aggregation '\(aggregation.key)' does not fit metric '\(metric.key)'; use \(metric.allowedAggregations.map(\.key).joined(separator: " or "))")
        }
        let displayScale = reader.double(fields, "display_scale", required: true)
        if let displayScale, displayScale <= 0, let node = fields.value("display_scale") {
            reader.error(node, "display_scale must be above 0 (10000 for a value printed in 万)")
        }
        let direction = reader.choice(
            fields, "direction", required: true, accepted: IndicatorDirection.allCases.map(\.key)
        ) { IndicatorDirection(rawValue: $0) }
        let attribute = reader.choice(
            fields, "attribute", required: false, accepted: ["约束性", "预期性", "binding", "expected"]
        ) { IndicatorAttribute(nameOrKey: $0) }
        let text = reader.string(fields, "text", required: false)
        let base = fields.value("base").flatMap { self.base($0, what: what) }
        if !fields.has("base") { reader.missing(fields, "base") }
        let target = fields.value("target").flatMap { self.target($0, what: what) }
        if !fields.has("target") { reader.missing(fields, "target") }

        if let base, let target, base.year >= target.year {
            reader.error(at: target.location, "\(what): the target year \(target.year) must come after the base year \(base.year)")
        }
        if let target, let direction, target.comparison.favours != direction {
            reader.error(at: target.location, "\(what): comparison '\(target.comparison.symbol)' contradicts direction '\(direction.key)'")
        }
        guard let id, let name, let unit, let scope, let metric, let aggregation, let displayScale,
              let base, let target, let direction else { return nil }
        return PlanIndicator(
            id: id, name: name, section: section, unit: unit, scope: scope, metric: metric,
            aggregation: aggregation, displayScale: displayScale, base: base, target: target,
            direction: direction, attribute: attribute, text: text, location: reader.location(node)
        )
    }

    /// `scope: county`, or `scope: group` with `group: education`.
    func scope(_ fields: PlanYAMLReader.Fields) -> IndicatorScope? {
        let kind = reader.choice(fields, "scope", required: true, accepted: ["county", "group"]) { text in
            ["county", "group"].contains(text) ? text : nil
        }
        let group = reader.choice(
            fields, "group", required: false, accepted: InstitutionGroup.allCases.map(\.rawValue)
        ) { Self.group($0) }
        switch kind {
        case "county":
            if let node = fields.value("group") {
                reader.error(node, "\(fields.what) has scope 'county' and a group; remove 'group' or use scope 'group'")
                return nil
            }
            return .county
        case "group":
            guard let group else {
                if !fields.has("group") { reader.missing(fields, "group") }
                return nil
            }
            return .group(group)
        default:
            return nil
        }
    }

    static func group(_ text: String) -> InstitutionGroup? {
        if let group = InstitutionGroup(rawValue: text) { return group }
        return InstitutionGroup.allCases.first { $0.chineseName == text }
    }

    private func base(_ node: Node, what: String) -> PlanIndicator.Base? {
        guard let fields = reader.fields(node, "the base of \(what)", allowed: Self.baseKeys) else { return nil }
        let year = reader.int(fields, "year", required: true)
        let printed = reader.string(fields, "printed", required: false)
        let value = reader.double(fields, "value", required: printed != nil)
        let decimals = reader.int(fields, "decimals", required: printed != nil)
        if printed == nil, fields.value("value") != nil {
            reader.error(node, "the base of \(what) has a value but no 'printed' text; give both as the plan prints them")
        }
        checkPrinted(printed, value: value, decimals: decimals, comparisonPrefix: nil, fields: fields)
        let location = fields.value("value").map(reader.location) ?? reader.location(node)
        guard let year else { return nil }
        return PlanIndicator.Base(year: year, printed: printed, value: value, decimals: decimals, location: location)
    }

    private func target(_ node: Node, what: String) -> PlanIndicator.Target? {
        guard let fields = reader.fields(node, "the target of \(what)", allowed: Self.indicatorTargetKeys) else { return nil }
        let year = reader.int(fields, "year", required: true)
        let comparison = reader.choice(
            fields, "comparison", required: true, accepted: PlanComparison.allCases.map(\.symbol)
        ) { PlanComparison(symbol: $0) }
        let printed = reader.string(fields, "printed", required: false)
        let value = reader.double(fields, "value", required: false)
        let change = reader.double(fields, "change_percent", required: false)
        let decimals = reader.int(fields, "decimals", required: printed != nil && value != nil)
        switch (value, change) {
        case (nil, nil):
            if !fields.has("value"), !fields.has("change_percent") {
                reader.error(node, "the target of \(what) needs 'value' (as printed) or 'change_percent' (on the base year)")
            }
        case (.some, .some):
            reader.error(node, "the target of \(what) has both 'value' and 'change_percent'; keep one")
        default:
            break
        }
        if value != nil, comparison != nil {
            // An absolute target's printed text must agree with its value; a relative one's
            // (下降5%) is kept as written.
            checkPrinted(printed, value: value, decimals: decimals, comparisonPrefix: comparison, fields: fields)
        }
        guard let year, let comparison else { return nil }
        return PlanIndicator.Target(
            year: year, comparison: comparison, value: value, changePercent: change,
            printed: printed, decimals: decimals, location: reader.location(node)
        )
    }

    /// The printed text must say the same number with the stated decimals (`"9.44"` is
    /// 9.44 with 2 decimals; `"≤14786"` is ≤ 14786 with 0).
    private func checkPrinted(
        _ printed: String?, value: Double?, decimals: Int?, comparisonPrefix: PlanComparison?,
        fields: PlanYAMLReader.Fields
    ) {
        guard let printed, let printedNode = fields.value("printed") else { return }
        var number = printed.trimmingCharacters(in: .whitespaces)
        if let comparison = comparisonPrefix {
            let symbols = comparison == .lessOrEqual ? ["≤", "<="] : comparison == .greaterOrEqual ? ["≥", ">="] : [comparison.symbol]
            guard let symbol = symbols.first(where: { number.hasPrefix($0) }) else {
                reader.error(printedNode, "printed target '\(printed)' does not start with its comparison '\(comparison.symbol)'")
                return
            }
            number = String(number.dropFirst(symbol.count)).trimmingCharacters(in: .whitespaces)
        }
        guard let printedValue = Double(number), printedValue.isFinite else {
            reader.error(printedNode, "printed text '\(printed)' is not a number as printed")
            return
        }
        if let value, abs(value - printedValue) > 1e-9 * max(1, abs(value)) {
            reader.error(printedNode, "printed '\(printed)' says \(number) but 'value' is \(PlanParser.plain(value))")
        }
        let printedDecimals = number.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        if let decimals, decimals != printedDecimals, let decimalsNode = fields.value("decimals") {
            reader.error(decimalsNode, "decimals is \(decimals) but '\(printed)' is printed with \(printedDecimals)")
        }
    }

    /// A number without a trailing `.0`.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}
