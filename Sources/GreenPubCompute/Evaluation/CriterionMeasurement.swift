import GreenPubModel

/// What the evaluation needs besides the plan: the registers, the institutions of the
/// statistics, and the metric series (for `indicator` criteria).
public struct EvaluationContext: Sendable {
    public var entries: [RegisterEntry]
    /// Sorted by id, each id once (the first given).
    public let institutions: [InstitutionRef]
    public var metrics: [PlanMetricSeries]
    let institutionsByID: [String: InstitutionRef]

    public init(entries: [RegisterEntry], institutions: [InstitutionRef], metrics: [PlanMetricSeries]) {
        self.entries = entries
        self.metrics = metrics
        var byID: [String: InstitutionRef] = [:]
        byID.reserveCapacity(institutions.count)
        var unique: [InstitutionRef] = []
        unique.reserveCapacity(institutions.count)
        for institution in institutions where byID[institution.id] == nil {
            byID[institution.id] = institution
            unique.append(institution)
        }
        self.institutions = unique.sorted { $0.id < $1.id }
        self.institutionsByID = byID
    }

    func series(_ key: MetricKey) -> PlanMetricSeries? { metrics.first { $0.key == key } }

    func matches(_ entry: RegisterEntry, _ filter: EntryFilter) -> Bool {
        guard filter.kinds.contains(entry.kind) else { return false }
        if !filter.institutions.isEmpty, !filter.institutions.contains(entry.institution) { return false }
        if let text = filter.titleContains, !entry.title.contains(text) { return false }
        if let since = filter.completedSince, let end = entry.end, entry.status == .completed, end < since { return false }
        if !filter.groups.isEmpty || filter.level != nil {
            guard let institution = institutionsByID[entry.institution] else { return false }
            if !filter.groups.isEmpty, !filter.groups.contains(institution.group) { return false }
            if let level = filter.level, institution.level != level { return false }
        }
        return true
    }
}

/// A criterion measured on one date.
struct Measurement {
    var isMeasurable = true
    var isMet = false
    var hasStarted = false
    var current: Double?
    var required: Double?
    var evidence: [String] = []
    var underway: [String] = []
    var missing: [String] = []
    var note: String?
}

/// Measures criteria on dates. `who` prefixes the missing-work texts (县卫生健康委).
///
/// Keeps, per entry filter, the entries it matches and, per institution set, its members, so
/// that measuring a criterion on many dates (and many tasks on many years) reads the
/// registers once per filter.
final class CriterionMeasurer {
    let context: EvaluationContext
    private var matchingByFilter: [EntryFilter: [RegisterEntry]] = [:]
    private var membersBySet: [InstitutionSet: [InstitutionRef]] = [:]
    private var coverageByShare: [ShareKey: [MemberEntry]] = [:]

    /// An entry of a share criterion's filter whose institution is in its set, with that
    /// institution's position among the set's members.
    struct MemberEntry {
        let entry: RegisterEntry
        let member: Int
    }

    struct ShareKey: Hashable {
        let filter: EntryFilter
        let set: InstitutionSet
    }

    init(context: EvaluationContext) {
        self.context = context
    }

    /// The entries a filter matches, whatever their status, in register order.
    func matching(_ filter: EntryFilter) -> [RegisterEntry] {
        if let cached = matchingByFilter[filter] { return cached }
        let found = context.entries.filter { context.matches($0, filter) }
        matchingByFilter[filter] = found
        return found
    }

    /// The institutions of a set, in id order (each id once: the context's institutions are).
    func members(of set: InstitutionSet) -> [InstitutionRef] {
        if let cached = membersBySet[set] { return cached }
        let members = context.institutions.filter(set.contains)
        membersBySet[set] = members
        return members
    }

    /// The entries a filter matches whose institution is in the set, in register order, each
    /// with its institution's position in `members(of:)`: a share is then counted on many
    /// dates with positions, without looking institutions up by id each time.
    func memberEntries(_ filter: EntryFilter, of set: InstitutionSet) -> [MemberEntry] {
        let key = ShareKey(filter: filter, set: set)
        if let cached = coverageByShare[key] { return cached }
        let members = self.members(of: set)
        var positionByID: [String: Int] = [:]
        positionByID.reserveCapacity(members.count)
        for (position, member) in members.enumerated() { positionByID[member.id] = position }  // ids are unique
        let found = matching(filter).compactMap { entry in
            positionByID[entry.institution].map { MemberEntry(entry: entry, member: $0) }
        }
        coverageByShare[key] = found
        return found
    }

    /// The criterion on `date`. Without `detailed`, only whether it is met is sure to be
    /// filled (for scanning many dates); evidence and texts may be left out.
    func measure(_ criterion: PlanCriterion, on date: CalendarDate, who: String?, detailed: Bool = true) -> Measurement {
        let prefix = who ?? ""
        switch criterion.shape {
        case .count(let filter, let atLeast):
            return count(filter, atLeast: atLeast, label: criterion.label, on: date, prefix: prefix)
        case .exists(let filter):
            return count(filter, atLeast: 1, label: criterion.label, on: date, prefix: prefix)
        case .sum(let filter, let field, let atLeast, let unit):
            return sum(filter, field: field, atLeast: atLeast, unit: unit, label: criterion.label, on: date, prefix: prefix)
        case .share(let filter, let set, let percent):
            return share(filter, of: set, atLeastPercent: percent, label: criterion.label, on: date, prefix: prefix, detailed: detailed)
        case .all(let filter, let field, let comparison, let bound, let atLeast):
            return all(filter, field: field, comparison: comparison, bound: bound, atLeast: atLeast,
                       label: criterion.label, on: date, prefix: prefix)
        case .indicator(let bound):
            return indicator(bound, label: criterion.label, on: date, prefix: prefix)
        case .notMeasurable(let reason, let tally):
            var result = Measurement(isMeasurable: false)
            result.note = reason
            if let tally {
                let done = completed(tally.filter, by: date)
                result.evidence = done.map(\.id)
                if let field = tally.field {
                    let total = done.reduce(0.0) { $0 + ($1.value(of: field) ?? 0) }
                    result.current = total
                    result.note = "\(reason)（登记已完成\(EvaluationNumberFormat.text(total))\(tally.unit ?? "")）"
                } else {
                    result.current = Double(done.count)
                    result.note = "\(reason)（登记已完成\(done.count)项）"
                }
            }
            return result
        case .allOf(let parts):
            var result = Measurement()
            let measured = parts.map { measure($0, on: date, who: who, detailed: detailed) }
            let measurable = measured.filter(\.isMeasurable)
            result.isMeasurable = !measurable.isEmpty
            result.isMet = result.isMeasurable && measurable.allSatisfy(\.isMet)
            result.hasStarted = measured.contains { $0.hasStarted || $0.isMet }
            result.evidence = unique(measured.flatMap(\.evidence))
            result.underway = unique(measured.flatMap(\.underway))
            result.missing = measured.flatMap(\.missing)
            let notes = measured.compactMap(\.note)
            result.note = notes.isEmpty ? nil : notes.joined(separator: "；")
            return result
        }
    }

    /// Every date on or before `asOf` on which the criterion's measurement can change:
    /// completion dates of the entries it looks at, year ends of the metric values.
    func events(_ criterion: PlanCriterion, upTo asOf: CalendarDate) -> [CalendarDate] {
        var dates: [CalendarDate] = []
        func completionDates(_ filter: EntryFilter) {
            dates += matching(filter).compactMap { entry in
                guard entry.status == .completed, let end = entry.end, end <= asOf else { return nil }
                return end
            }
        }
        switch criterion.shape {
        case .count(let filter, _), .exists(let filter), .sum(let filter, _, _, _),
             .share(let filter, _, _), .all(let filter, _, _, _, _):
            completionDates(filter)
        case .indicator(let bound):
            dates += (context.series(bound.key)?.values ?? [])
                .map { CalendarDate.endOfYear($0.year) }
                .filter { $0 <= asOf }
        case .notMeasurable:
            break
        case .allOf(let parts):
            for part in parts { dates += events(part, upTo: asOf) }
        }
        return Array(Set(dates)).sorted()
    }

    // MARK: Shapes

    // Views, not copies: a criterion is measured on many dates, and copying the matching
    // entries each time made the evaluation grow faster than the registers.
    private func completed(_ filter: EntryFilter, by date: CalendarDate) -> LazyFilterSequence<[RegisterEntry]> {
        matching(filter).lazy.filter { $0.isCompleted(by: date) }
    }

    private func underway(_ filter: EntryFilter, on date: CalendarDate) -> LazyFilterSequence<[RegisterEntry]> {
        matching(filter).lazy.filter { $0.isUnderway(on: date) }
    }

    private func noun(_ label: String?, _ filter: EntryFilter) -> String {
        label ?? filter.kinds.map(\.chineseName).joined(separator: "或")
    }

    private func count(_ filter: EntryFilter, atLeast: Int, label: String?, on date: CalendarDate, prefix: String) -> Measurement {
        let done = completed(filter, by: date)
        var result = Measurement()
        result.evidence = done.map(\.id)
        result.underway = underway(filter, on: date).map(\.id)
        result.current = Double(done.count)
        result.required = Double(atLeast)
        result.isMet = done.count >= atLeast
        result.hasStarted = !done.isEmpty || !result.underway.isEmpty
        if !result.isMet {
            let what = noun(label, filter)
            if atLeast == 1 {
                result.missing = ["\(prefix.isEmpty ? "" : prefix + "的")\(what)未完成"]
            } else {
                result.missing = ["\(prefix)还差\(atLeast - done.count)个\(what)（已完成\(done.count)个，目标\(atLeast)个）"]
            }
        }
        return result
    }

    private func sum(
        _ filter: EntryFilter, field: RegisterNumericField, atLeast: Double, unit: String, label: String?,
        on date: CalendarDate, prefix: String
    ) -> Measurement {
        let done = completed(filter, by: date)
        let counted = done.filter { $0.value(of: field) != nil }
        let total = counted.reduce(0.0) { $0 + ($1.value(of: field) ?? 0) }
        var result = Measurement()
        result.evidence = counted.map(\.id)
        result.underway = underway(filter, on: date).map(\.id)
        result.current = total
        result.required = atLeast
        result.isMet = total >= atLeast - 1e-9 * max(1, atLeast)
        result.hasStarted = !done.isEmpty || !result.underway.isEmpty
        if !result.isMet {
            let what = noun(label, filter)
            let remaining = EvaluationNumberFormat.text(atLeast - total)
            result.missing = ["\(prefix)\(what)还差\(remaining)\(unit)（已完成\(EvaluationNumberFormat.text(total))\(unit)，目标\(EvaluationNumberFormat.text(atLeast))\(unit)）"]
        }
        return result
    }

    private func share(
        _ filter: EntryFilter, of set: InstitutionSet, atLeastPercent: Double, label: String?,
        on date: CalendarDate, prefix: String, detailed: Bool
    ) -> Measurement {
        let members = self.members(of: set)
        let candidates = memberEntries(filter, of: set)
        // For each member, the first of its entries completed by the date (a position in
        // `candidates`), -1 when none is.
        var firstEntry = [Int](repeating: -1, count: members.count)
        var coveredCount = 0
        var hasDone = false
        for (position, candidate) in candidates.enumerated() where candidate.entry.isCompleted(by: date) {
            hasDone = true
            if firstEntry[candidate.member] < 0 {
                firstEntry[candidate.member] = position
                coveredCount += 1
            }
        }
        var result = Measurement()
        result.required = atLeastPercent
        let what = noun(label, filter)
        guard !members.isEmpty else {
            result.missing = ["\(prefix)统计中没有\(setName(set))，无法计算\(what)比例"]
            return result
        }
        let percent = Double(coveredCount) / Double(members.count) * 100
        result.current = percent
        result.isMet = percent >= atLeastPercent - 1e-9
        guard detailed else { return result }
        // Evidence in the institutions' id order.
        result.evidence = firstEntry.compactMap { $0 < 0 ? nil : candidates[$0].entry.id }
        result.underway = candidates.filter { $0.entry.isUnderway(on: date) }.map(\.entry.id)
        result.hasStarted = hasDone || !result.underway.isEmpty
        if !result.isMet {
            let needed = Int((atLeastPercent / 100 * Double(members.count) - 1e-9).rounded(.up))
            let shortfall = max(1, needed - coveredCount)
            // The first ten names are listed, and how many there are (the members not covered).
            let uncoveredCount = members.count - coveredCount
            var uncovered: [String] = []
            for (position, member) in members.enumerated() where firstEntry[position] < 0 {
                uncovered.append(member.name)
                if uncovered.count == 10 { break }
            }
            let listed = uncovered.joined(separator: "、") + (uncoveredCount > 10 ? "等\(uncoveredCount)家" : "")
            result.missing = ["\(prefix)\(setName(set))\(what)：已有\(coveredCount)/\(members.count)家（\(EvaluationNumberFormat.text(percent, decimals: 1))%），目标\(EvaluationNumberFormat.text(atLeastPercent))%，还差\(shortfall)家；尚未完成：\(listed)"]
        }
        return result
    }

    private func setName(_ set: InstitutionSet) -> String {
        let level = set.level?.chineseName ?? ""
        let groups = set.groups.isEmpty ? "公共机构" : set.groups.map(\.chineseName).joined(separator: "、")
        return level + groups
    }

    private func all(
        _ filter: EntryFilter, field: RegisterNumericField, comparison: PlanComparison, bound: Double,
        atLeast: Int, label: String?, on date: CalendarDate, prefix: String
    ) -> Measurement {
        let done = completed(filter, by: date)
        let failing = done.filter { entry in
            guard let value = entry.value(of: field) else { return true }
            return !comparison.holds(value, bound)
        }
        let failingIDs = Set(failing.map(\.id))
        var result = Measurement()
        result.evidence = done.filter { !failingIDs.contains($0.id) }.map(\.id)
        result.underway = underway(filter, on: date).map(\.id)
        result.current = Double(done.count - failing.count)
        result.required = Double(atLeast)
        result.isMet = failing.isEmpty && done.count >= atLeast
        result.hasStarted = !done.isEmpty || !result.underway.isEmpty
        let what = noun(label, filter)
        if done.count < atLeast {
            let short = atLeast - done.count
            result.missing.append(atLeast == 1 && short == 1
                ? "\(prefix.isEmpty ? "" : prefix + "的")\(what)未完成"
                : "\(prefix)还差\(short)个\(what)")
        }
        for entry in failing {
            let shown = entry.value(of: field).map { "为\(EvaluationNumberFormat.text($0, decimals: 3))" } ?? "未填写"
            result.missing.append("\(entry.id)（\(entry.title)）的\(field.chineseName)\(shown)，未达到\(comparison.symbol)\(EvaluationNumberFormat.text(bound, decimals: 3))")
        }
        return result
    }

    private func indicator(_ bound: MetricBound, label: String?, on date: CalendarDate, prefix: String) -> Measurement {
        var result = Measurement()
        result.required = bound.value
        let name = label ?? "\(bound.key.scope.chineseName)\(bound.key.metric.chineseName)"
        let values = (context.series(bound.key)?.values ?? []).filter { CalendarDate.endOfYear($0.year) <= date }
        guard let latest = values.last else {
            result.missing = ["\(prefix)缺少\(name)的数据"]
            return result
        }
        result.current = latest.value
        result.hasStarted = true
        result.isMet = bound.comparison.holds(latest.value, bound.value)
        if !result.isMet {
            result.missing = ["\(prefix)\(latest.year)年\(name)为\(EvaluationNumberFormat.text(latest.value))\(unitSuffix(bound.key.metric))，未达到\(bound.comparison.symbol)\(EvaluationNumberFormat.text(bound.value))\(unitSuffix(bound.key.metric))"]
        }
        return result
    }

    private func unitSuffix(_ metric: PlanMetric) -> String {
        metric.canonicalUnit == "%" ? "%" : metric.canonicalUnit
    }

    private func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
