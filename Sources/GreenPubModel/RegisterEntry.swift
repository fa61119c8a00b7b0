/// One row of a project register (`content/data/registers/*.csv`): a project, designation,
/// activity or mechanism of one institution, with its dates and figures in canonical units.
/// A class: an entry is never changed after it is read, and the plan evaluations and pages pass
/// thousands of them around, so sharing one reference beats copying twenty fields each time.
public final class RegisterEntry: Sendable, Hashable {
    /// A cell a diagnostic may point at: the column's header as written and where the cell is.
    public struct Cell: Sendable, Hashable {
        public var header: String
        public var location: SourceLocation

        public init(header: String, location: SourceLocation) {
            self.header = header
            self.location = location
        }
    }

    public let id: String                 // 编号, unique across registers
    public let kind: RegisterKind         // 类型
    public let institution: String        // 单位代码: the institution's id in the statistics
    public let title: String              // 项目名称
    public let status: RegisterStatus     // 状态
    public let start: CalendarDate?       // 开始日期
    public let end: CalendarDate?         // 完成日期 (planned completion while not completed)
    public let areaM2: Double?            // 面积, m²
    public let capacityKW: Double?        // 装机容量, kW
    public let investmentWan: Double?     // 投资, 万元
    public let savingTce: Double?         // 年节能量, tce per year
    public let pueBefore: Double?         // 改造前PUE
    public let pueAfter: Double?          // 改造后PUE
    public let quantity: Double?          // 数量: vehicles, participants, materials, ...
    /// The unit the header gives 数量 (`数量(人次)` -> `人次`), for display only.
    public let quantityUnit: String?
    public let note: String?              // 备注

    /// The row: file and line, column 1.
    public let location: SourceLocation
    /// The 编号 cell, for duplicate-id diagnostics.
    public let idCell: Cell
    /// The 单位代码 cell, for unknown-institution diagnostics.
    public let institutionCell: Cell

    public init(
        id: String, kind: RegisterKind, institution: String, title: String, status: RegisterStatus,
        start: CalendarDate? = nil, end: CalendarDate? = nil,
        areaM2: Double? = nil, capacityKW: Double? = nil, investmentWan: Double? = nil,
        savingTce: Double? = nil, pueBefore: Double? = nil, pueAfter: Double? = nil,
        quantity: Double? = nil, quantityUnit: String? = nil, note: String? = nil,
        location: SourceLocation, idCell: Cell? = nil, institutionCell: Cell? = nil
    ) {
        self.id = id
        self.kind = kind
        self.institution = institution
        self.title = title
        self.status = status
        self.start = start
        self.end = end
        self.areaM2 = areaM2
        self.capacityKW = capacityKW
        self.investmentWan = investmentWan
        self.savingTce = savingTce
        self.pueBefore = pueBefore
        self.pueAfter = pueAfter
        self.quantity = quantity
        self.quantityUnit = quantityUnit
        self.note = note
        self.location = location
        self.idCell = idCell ?? Cell(header: "id", location: location)
        self.institutionCell = institutionCell ?? Cell(header: "institution", location: location)
    }

    public static func == (left: RegisterEntry, right: RegisterEntry) -> Bool {
        left === right || (left.id == right.id && left.kind == right.kind && left.institution == right.institution
            && left.title == right.title && left.status == right.status && left.start == right.start
            && left.end == right.end && left.areaM2 == right.areaM2 && left.capacityKW == right.capacityKW
            && left.investmentWan == right.investmentWan && left.savingTce == right.savingTce
            && left.pueBefore == right.pueBefore && left.pueAfter == right.pueAfter && left.quantity == right.quantity
            && left.quantityUnit == right.quantityUnit && left.note == right.note && left.location == right.location
            && left.idCell == right.idCell && left.institutionCell == right.institutionCell)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(institution)
        hasher.combine(location)
    }

    /// The value of a numeric field, nil when the cell was empty.
    public func value(of field: RegisterNumericField) -> Double? {
        switch field {
        case .areaM2: areaM2
        case .capacityKW: capacityKW
        case .investmentWan: investmentWan
        case .savingTce: savingTce
        case .pueBefore: pueBefore
        case .pueAfter: pueAfter
        case .quantity: quantity
        }
    }

    /// True when the row says 已完成 and its completion date is on or before `date`.
    public func isCompleted(by date: CalendarDate) -> Bool {
        guard status == .completed, let end else { return false }
        return end <= date
    }

    /// True when the work is under way on `date` but not completed by then: the row is
    /// 实施中 or 已完成 and started on or before `date`. A row without 开始日期 counts as under
    /// way from the beginning (the register gives no earlier bound).
    public func isUnderway(on date: CalendarDate) -> Bool {
        guard status != .planned, !isCompleted(by: date) else { return false }
        guard let start else { return true }
        return start <= date
    }
}

/// The numeric columns of a register, by their canonical key.
public enum RegisterNumericField: String, Sendable, Hashable, CaseIterable, Codable {
    case areaM2 = "area_m2"
    case capacityKW = "capacity_kw"
    case investmentWan = "investment_wan"
    case savingTce = "saving_tce"
    case pueBefore = "pue_before"
    case pueAfter = "pue_after"
    case quantity = "quantity"

    public var key: String { rawValue }

    public var chineseName: String {
        switch self {
        case .areaM2: "面积"
        case .capacityKW: "装机容量"
        case .investmentWan: "投资"
        case .savingTce: "年节能量"
        case .pueBefore: "改造前PUE"
        case .pueAfter: "改造后PUE"
        case .quantity: "数量"
        }
    }

    /// The canonical unit (empty for PUE, a ratio; 数量 counts whatever the row counts).
    public var canonicalUnit: String {
        switch self {
        case .areaM2: "平方米"
        case .capacityKW: "千瓦"
        case .investmentWan: "万元"
        case .savingTce: "吨标准煤"
        case .pueBefore, .pueAfter, .quantity: ""
        }
    }
}
