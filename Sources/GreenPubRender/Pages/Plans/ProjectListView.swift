import GreenPubModel

/// What `templates/partials/project-list.mustache` sees: register entries grouped by kind,
/// each with its anchor `entry-<id>`, institution, status, dates and figures, and per-kind
/// totals of the completed ones. Used by the project register and the `projects` shortcode.
struct ProjectListView {
    /// A numeric column of a kind's table.
    struct Column {
        let name: String
    }

    struct Entry {
        let anchor: String
        let id: String
        let title: String
        let note: String
        let hasNote: Bool
        let institution: String
        let institutionHref: String
        let hasInstitutionHref: Bool
        let statusLabel: String
        let statusClass: String
        let start: String
        let end: String
        let cells: [String]
    }

    /// A total of the completed entries of a kind: `面积 52,000 平方米`.
    struct Total {
        let name: String
        let value: String
        let unit: String
    }

    struct KindGroup {
        let anchor: String
        let key: String
        let name: String
        let href: String
        let count: String
        let completed: String
        let inProgress: String
        let planned: String
        let totals: [Total]
        let hasTotals: Bool
        let columns: [Column]
        let entries: [Entry]
    }

    let groups: [KindGroup]
    let hasGroups: Bool
    /// `截至2025年12月31日` when the list shows the entries as of a year's end.
    let asOf: String
    let hasAsOf: Bool
    let headingLevel: Int

    /// The entries of `kind` (nil: every kind), as the registers give them (`year == nil`),
    /// or as they stood at the end of `year`: completed by then, or under way then, with the
    /// status of that day. `from` is the site path of the page the list is placed on.
    static func make(data: SiteData, kind: RegisterKind?, year: Int?, from: String, headingLevel: Int = 3) -> ProjectListView {
        var entries = data.registers
        if let kind { entries = entries.filter { $0.kind == kind } }
        let asOf = year.map(CalendarDate.endOfYear)
        if let asOf { entries = entries.filter { $0.isCompleted(by: asOf) || $0.isUnderway(on: asOf) } }
        let names = RegisterInstitutionNames(data)
        let kinds = RegisterKind.allCases.filter { kind in entries.contains { $0.kind == kind } }
        let groups = kinds.map { kind in
            group(kind, entries: entries.filter { $0.kind == kind }, asOf: asOf, names: names, from: from)
        }
        return ProjectListView(
            groups: groups, hasGroups: !groups.isEmpty,
            asOf: asOf.map { "截至\(PlanFigures.date($0))" } ?? "", hasAsOf: asOf != nil,
            headingLevel: min(max(headingLevel, 2), 6))
    }

    /// An entry's status on `asOf` (nil: as the register gives it).
    static func status(_ entry: RegisterEntry, asOf: CalendarDate?) -> RegisterStatus {
        guard let asOf else { return entry.status }
        if entry.isCompleted(by: asOf) { return .completed }
        if entry.isUnderway(on: asOf) { return .inProgress }
        return .planned
    }

    /// The numeric fields shown for a kind: those any of its entries fills, in a fixed order.
    static let fields: [RegisterNumericField] = [.areaM2, .capacityKW, .investmentWan, .savingTce, .pueBefore, .pueAfter, .quantity]

    static func group(_ kind: RegisterKind, entries: [RegisterEntry], asOf: CalendarDate?, names: RegisterInstitutionNames, from: String) -> KindGroup {
        let shown = fields.filter { field in entries.contains { $0.value(of: field) != nil } }
        let statuses = entries.map { status($0, asOf: asOf) }
        let completed = zip(entries, statuses).filter { $0.1 == .completed }.map(\.0)
        let projects = RelativeURL.link(from: from, to: PlanPaths.projects)
        let rows = zip(entries, statuses).map { entry, status -> Entry in
            let badge = StatusBadge(status)
            let known = names.name(of: entry.institution)
            let href = known == nil ? nil : RelativeURL.link(from: from, to: PlanPaths.institution(entry.institution))
            return Entry(
                anchor: PlanPaths.entryAnchor(entry.id),
                id: entry.id,
                title: entry.title,
                note: entry.note ?? "",
                hasNote: !(entry.note ?? "").isEmpty,
                institution: known ?? entry.institution,
                institutionHref: href ?? "",
                hasInstitutionHref: href != nil,
                statusLabel: badge.label,
                statusClass: badge.cssClass,
                start: entry.start?.description ?? "—",
                end: entry.end.map { $0.description + (status == .completed ? "" : "（计划）") } ?? "—",
                cells: shown.map { field in entry.value(of: field).map { cell($0, field: field, entry: entry) } ?? "—" })
        }
        return KindGroup(
            anchor: PlanPaths.kindAnchor(kind.key),
            key: kind.key,
            name: kind.chineseName,
            href: projects + "#" + PlanPaths.kindAnchor(kind.key),
            count: String(entries.count),
            completed: String(completed.count),
            inProgress: String(statuses.filter { $0 == .inProgress }.count),
            planned: String(statuses.filter { $0 == .planned }.count),
            totals: totals(completed, fields: shown),
            hasTotals: !completed.isEmpty && !shown.filter { $0 != .pueBefore && $0 != .pueAfter }.isEmpty,
            columns: shown.map { Column(name: columnName($0)) },
            entries: rows)
    }

    /// Sums of the completed entries, for the additive fields (not PUE).
    static func totals(_ completed: [RegisterEntry], fields: [RegisterNumericField]) -> [Total] {
        var result: [Total] = []
        for field in fields where field != .pueBefore && field != .pueAfter {
            let values = completed.compactMap { $0.value(of: field) }
            guard !values.isEmpty else { continue }
            var unit = field.canonicalUnit
            if field == .quantity {
                let units = Array(Set(completed.compactMap(\.quantityUnit))).sorted()
                guard units.count <= 1 else { continue }  // different things are not added up
                unit = units.first ?? ""
            }
            result.append(Total(name: totalName(field), value: formatted(values.reduce(0, +), field: field), unit: unit))
        }
        return result
    }

    static func totalName(_ field: RegisterNumericField) -> String {
        switch field {
        case .areaM2: "面积"
        case .capacityKW: "装机容量"
        case .investmentWan: "投资"
        case .savingTce: "年节能量"
        default: field.chineseName
        }
    }

    static func columnName(_ field: RegisterNumericField) -> String {
        let unit = field.canonicalUnit
        return unit.isEmpty ? field.chineseName : "\(field.chineseName)（\(unit)）"
    }

    static func cell(_ value: Double, field: RegisterNumericField, entry: RegisterEntry) -> String {
        let text = formatted(value, field: field)
        if field == .quantity, let unit = entry.quantityUnit { return text + unit }
        return text
    }

    static func formatted(_ value: Double, field: RegisterNumericField) -> String {
        switch field {
        case .areaM2: Figures.number(value, decimals: 0, grouping: true)
        case .pueBefore, .pueAfter: Figures.number(value, decimals: 2)
        default: PlanFigures.trimmed(Figures.number(value, decimals: 2, grouping: true))
        }
    }
}

/// Institution names by id, from the statistics (the latest year that lists the id wins), for
/// lookups only.
struct RegisterInstitutionNames {
    let data: SiteData

    init(_ data: SiteData) { self.data = data }

    /// The name, or nil for an id no statistics year lists.
    func name(of id: String) -> String? { data.institutionName(id: id) }
}
