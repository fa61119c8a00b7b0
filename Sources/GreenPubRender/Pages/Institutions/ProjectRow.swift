import GreenPubModel

/// One register entry of an institution, as its page lists it.
struct ProjectRow {
    let id: String
    let title: String
    let href: String
    let kind: String
    let status: String
    let statusClass: String
    let start: String
    let end: String
    /// The entry's figures in one line; nil when it has none.
    let figures: String?
    let note: String?

    init(entry: RegisterEntry, from path: String) {
        id = entry.id
        title = entry.title
        href = RelativeURL.link(from: path, to: RegisterPaths.entry(entry.id))
        kind = entry.kind.chineseName
        status = entry.status.chineseName
        statusClass = switch entry.status {
        case .completed: "status-done"
        case .inProgress: "status-in-progress"
        case .planned: "status-not-started"
        }
        start = entry.start?.description ?? "—"
        end = entry.end?.description ?? "—"
        figures = ProjectRow.figures(of: entry)
        note = entry.note.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The entry's figures in one line: `面积 9,000 平方米；投资 268 万元`.
    static func figures(of entry: RegisterEntry) -> String? {
        var parts: [String] = []
        if let area = entry.areaM2 { parts.append("面积 \(Figures.number(area, decimals: 0, grouping: true)) 平方米") }
        if let capacity = entry.capacityKW { parts.append("装机容量 \(trimmed(capacity)) 千瓦") }
        if let investment = entry.investmentWan { parts.append("投资 \(trimmed(investment)) 万元") }
        if let saving = entry.savingTce { parts.append("年节能量 \(trimmed(saving)) 吨标准煤") }
        if entry.pueBefore != nil || entry.pueAfter != nil {
            parts.append("PUE \(Figures.number(entry.pueBefore, decimals: 2)) → \(Figures.number(entry.pueAfter, decimals: 2))")
        }
        if let quantity = entry.quantity {
            let unit = entry.quantityUnit.map { " \($0)" } ?? ""
            parts.append("数量 \(trimmed(quantity))\(unit)")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "；")
    }

    /// A register figure as the office wrote it: whole numbers without decimals, else up to two.
    static func trimmed(_ value: Double) -> String {
        if value == value.rounded() { return Figures.number(value, decimals: 0, grouping: true) }
        var text = Figures.number(value, decimals: 2, grouping: true)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
