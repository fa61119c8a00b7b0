import GreenPubModel

/// A criterion in words, for criteria the plan file gives no label:
/// `已完成的能源费用托管不少于5项`, `县级党政机关中完成节约型机关的比例不低于100%`.
enum CriterionText {
    static func describe(_ criterion: PlanCriterion) -> String {
        switch criterion.shape {
        case .count(let filter, let atLeast):
            return "已完成的\(entries(filter))不少于\(atLeast)项"
        case .exists(let filter):
            return "完成\(entries(filter))"
        case .sum(let filter, let field, let atLeast, let unit):
            return "已完成的\(entries(filter))\(field.chineseName)合计不少于\(PlanFigures.quantity(atLeast))\(unit)"
        case .share(let filter, let set, let percent):
            return "\(setName(set))中完成\(entries(filter))的比例不低于\(PlanFigures.quantity(percent))%"
        case .all(let filter, let field, let comparison, let bound, let atLeast):
            return "至少\(atLeast)项\(entries(filter))完成，且\(field.chineseName)均\(comparison.symbol)\(PlanFigures.quantity(bound))"
        case .indicator(let bound):
            let unit = bound.key.metric.canonicalUnit
            return "\(bound.key.scope.chineseName)\(bound.key.metric.chineseName)\(bound.comparison.symbol)\(PlanFigures.quantity(bound.value))\(unit)"
        case .notMeasurable:
            return "登记簿和统计数据无法衡量"
        case .allOf(let parts):
            return parts.map(describe).joined(separator: "，且")
        }
    }

    /// The kinds of entries a filter looks at, with whose they are: `党政机关的既有建筑绿色化改造`.
    static func entries(_ filter: EntryFilter) -> String {
        var who: [String] = []
        if let level = filter.level { who.append(level.chineseName) }
        if !filter.groups.isEmpty { who.append(filter.groups.map(\.chineseName).joined(separator: "、")) }
        let kinds = filter.kinds.map(\.chineseName).joined(separator: "或")
        let subject = filter.titleContains.map { "名称含“\($0)”的" } ?? ""
        return (who.isEmpty ? "" : who.joined() + "的") + subject + kinds
    }

    static func setName(_ set: InstitutionSet) -> String {
        let level = set.level?.chineseName ?? ""
        let groups = set.groups.isEmpty ? "公共机构" : set.groups.map(\.chineseName).joined(separator: "、")
        return level + groups
    }
}
