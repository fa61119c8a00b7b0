import GreenPubModel
import Yams

extension PlanParser {
    static let shapeKeys = ["count", "sum", "share", "all", "exists", "indicator", "not_measurable", "all_of"]
    static let criterionKeys = shapeKeys + ["label", "interpretation"]
    static let filterKeys = ["kinds", "institutions", "groups", "level", "title_contains", "completed_since"]

    /// A criterion: exactly one shape key, plus an optional `label` and `interpretation`.
    func criterion(_ node: Node, what: String) -> PlanCriterion? {
        guard let fields = reader.fields(node, what, allowed: Self.criterionKeys) else { return nil }
        let label = reader.string(fields, "label", required: false)
        let interpretation = reader.string(fields, "interpretation", required: false)
        let shapes = Self.shapeKeys.filter { fields.has($0) }
        guard shapes.count == 1, let key = shapes.first else {
            if shapes.isEmpty {
                reader.error(node, "\(what) needs one of: \(Self.shapeKeys.joined(separator: ", "))")
            } else {
                reader.error(node, "\(what) has several shapes (\(shapes.joined(separator: ", "))); use all_of to combine them")
            }
            return nil
        }
        guard let body = fields.value(key) else {
            reader.error(node, "'\(key)' of \(what) is empty")
            return nil
        }
        let inner = "'\(key)' of \(what)"
        let shape: PlanCriterion.Shape?
        switch key {
        case "count": shape = count(body, inner)
        case "sum": shape = sum(body, inner)
        case "share": shape = share(body, inner)
        case "all": shape = all(body, inner)
        case "exists": shape = exists(body, inner)
        case "indicator": shape = indicatorBound(body, inner)
        case "not_measurable": shape = notMeasurable(body, inner)
        default: shape = allOf(body, inner)
        }
        guard let shape else { return nil }
        return PlanCriterion(shape: shape, label: label, interpretation: interpretation, location: reader.location(node))
    }

    private func count(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        guard let fields = reader.fields(node, what, allowed: Self.filterKeys + ["at_least"]) else { return nil }
        let filter = self.filter(fields)
        let atLeast = reader.int(fields, "at_least", required: true)
        if let atLeast, atLeast < 1, let atNode = fields.value("at_least") {
            reader.error(atNode, "at_least of \(what) must be 1 or more")
            return nil
        }
        guard let filter, let atLeast else { return nil }
        return .count(filter, atLeast: atLeast)
    }

    private func sum(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        guard let fields = reader.fields(node, what, allowed: Self.filterKeys + ["field", "at_least", "unit"]) else { return nil }
        let filter = self.filter(fields)
        let field = numericField(fields, what: what, required: true)
        let atLeast = reader.double(fields, "at_least", required: true)
        let unit = reader.string(fields, "unit", required: true)
        if let atLeast, atLeast <= 0, let atNode = fields.value("at_least") {
            reader.error(atNode, "at_least of \(what) must be above 0")
            return nil
        }
        guard let filter, let field, let atLeast, let unit else { return nil }
        return .sum(filter, field: field, atLeast: atLeast, unit: unit)
    }

    private func share(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        guard let fields = reader.fields(node, what, allowed: Self.filterKeys + ["of", "at_least_percent"]) else { return nil }
        let filter = self.filter(fields)
        var set: InstitutionSet?
        if let ofNode = fields.value("of") {
            if let ofFields = reader.fields(ofNode, "'of' of \(what)", allowed: ["groups", "level"]) {
                let groups = reader.choices(ofFields, "groups", required: false, accepted: InstitutionGroup.allCases.map(\.rawValue)) {
                    Self.group($0)
                }
                let level = reader.choice(ofFields, "level", required: false, accepted: InstitutionLevel.allCases.map(\.rawValue)) {
                    InstitutionLevel(chineseOrKey: $0)
                }
                let levelOK = ofFields.value("level") == nil || level != nil
                let groupsOK = ofFields.value("groups") == nil || groups != nil
                if levelOK, groupsOK { set = InstitutionSet(groups: groups ?? [], level: level) }
            }
        } else {
            reader.missing(fields, "of")
        }
        let percent = reader.double(fields, "at_least_percent", required: true)
        if let percent, !(percent > 0 && percent <= 100), let pNode = fields.value("at_least_percent") {
            reader.error(pNode, "at_least_percent of \(what) must be above 0 and at most 100")
            return nil
        }
        guard let filter, let set, let percent else { return nil }
        return .share(filter, of: set, atLeastPercent: percent)
    }

    private func all(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        let keys = Self.filterKeys + ["field", "comparison", "bound", "at_least"]
        guard let fields = reader.fields(node, what, allowed: keys) else { return nil }
        let filter = self.filter(fields)
        let field = numericField(fields, what: what, required: true)
        let comparison = reader.choice(
            fields, "comparison", required: true, accepted: PlanComparison.allCases.map(\.symbol)
        ) { PlanComparison(symbol: $0) }
        let bound = reader.double(fields, "bound", required: true)
        let atLeast = reader.int(fields, "at_least", required: false) ?? 1
        if atLeast < 1, let atNode = fields.value("at_least") {
            reader.error(atNode, "at_least of \(what) must be 1 or more")
            return nil
        }
        guard let filter, let field, let comparison, let bound else { return nil }
        return .all(filter, field: field, comparison: comparison, bound: bound, atLeast: atLeast)
    }

    private func exists(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        guard let fields = reader.fields(node, what, allowed: Self.filterKeys) else { return nil }
        return filter(fields).map { .exists($0) }
    }

    private func indicatorBound(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        let keys = ["metric", "scope", "group", "aggregation", "comparison", "value"]
        guard let fields = reader.fields(node, what, allowed: keys) else { return nil }
        let metric = reader.choice(fields, "metric", required: true, accepted: PlanMetric.allCases.map(\.key)) {
            PlanMetric(rawValue: $0)
        }
        let scope = self.scope(fields)
        let aggregation = reader.choice(
            fields, "aggregation", required: true, accepted: MetricAggregation.allCases.map(\.key)
        ) { MetricAggregation(rawValue: $0) }
        if let metric, let aggregation, let aggNode = fields.value("aggregation"),
           !metric.allowedAggregations.contains(aggregation) {
            reader.error(aggNode, "aggregation '\(aggregation.key)' does not fit metric '\(metric.key)'; use \(metric.allowedAggregations.map(\.key).joined(separator: " or "))")
            return nil
        }
        let comparison = reader.choice(
            fields, "comparison", required: true, accepted: PlanComparison.allCases.map(\.symbol)
        ) { PlanComparison(symbol: $0) }
        let value = reader.double(fields, "value", required: true)
        guard let metric, let scope, let aggregation, let comparison, let value else { return nil }
        return .indicator(MetricBound(
            key: MetricKey(metric: metric, scope: scope, aggregation: aggregation),
            comparison: comparison, value: value
        ))
    }

    private func notMeasurable(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        guard let fields = reader.fields(node, what, allowed: ["reason", "tally"]) else { return nil }
        let reason = reader.string(fields, "reason", required: true)
        var tally: Tally?
        var tallyOK = true
        if let tallyNode = fields.value("tally") {
            tallyOK = false
            if let tallyFields = reader.fields(tallyNode, "the tally of \(what)", allowed: Self.filterKeys + ["field", "unit"]) {
                let filter = self.filter(tallyFields)
                let field = numericField(tallyFields, what: "the tally of \(what)", required: false)
                let unit = reader.string(tallyFields, "unit", required: field != nil)
                let fieldOK = tallyFields.value("field") == nil || field != nil
                if let filter, fieldOK {
                    tally = Tally(filter: filter, field: field, unit: unit)
                    tallyOK = true
                }
            }
        }
        guard let reason, tallyOK else { return nil }
        return .notMeasurable(reason: reason, tally: tally)
    }

    private func allOf(_ node: Node, _ what: String) -> PlanCriterion.Shape? {
        guard let items = node.sequence else {
            reader.error(node, "\(what) must be a list of criteria")
            return nil
        }
        guard items.count >= 2 else {
            reader.error(node, "\(what) needs at least two criteria")
            return nil
        }
        var parts: [PlanCriterion] = []
        var ok = true
        for (index, item) in items.enumerated() {
            if let part = criterion(item, what: "part \(index + 1) of \(what)") {
                parts.append(part)
            } else {
                ok = false
            }
        }
        return ok ? .allOf(parts) : nil
    }

    // MARK: Pieces

    /// The entry filter keys of a shape: `kinds` is required.
    private func filter(_ fields: PlanYAMLReader.Fields) -> EntryFilter? {
        let kinds = reader.choices(fields, "kinds", required: true, accepted: RegisterKind.allCases.map(\.key)) {
            RegisterKind(keyOrName: $0)
        }
        if let kinds, kinds.isEmpty, let node = fields.value("kinds") {
            reader.error(node, "kinds of \(fields.what) is empty; name at least one register kind")
            return nil
        }
        let institutions = reader.strings(fields, "institutions", required: false)
        let groups = reader.choices(fields, "groups", required: false, accepted: InstitutionGroup.allCases.map(\.rawValue)) {
            Self.group($0)
        }
        let level = reader.choice(fields, "level", required: false, accepted: InstitutionLevel.allCases.map(\.rawValue)) {
            InstitutionLevel(chineseOrKey: $0)
        }
        let titleContains = reader.string(fields, "title_contains", required: false)
        let since = reader.date(fields, "completed_since", required: false)
        let sinceOK = fields.value("completed_since") == nil || since != nil
        let institutionsOK = fields.value("institutions") == nil || institutions != nil
        let groupsOK = fields.value("groups") == nil || groups != nil
        let levelOK = fields.value("level") == nil || level != nil
        guard let kinds, institutionsOK, groupsOK, levelOK, sinceOK else { return nil }
        return EntryFilter(
            kinds: kinds, institutions: institutions ?? [], groups: groups ?? [], level: level,
            titleContains: titleContains, completedSince: since
        )
    }

    private func numericField(_ fields: PlanYAMLReader.Fields, what: String, required: Bool) -> RegisterNumericField? {
        reader.choice(fields, "field", required: required, accepted: RegisterNumericField.allCases.map(\.key)) {
            RegisterNumericField(rawValue: $0)
        }
    }
}
