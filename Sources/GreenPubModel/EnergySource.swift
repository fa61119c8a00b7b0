/// An energy source reported in the year statistics, with its canonical unit.
public enum EnergySource: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    case electricity  // 电力, kWh
    case coal         // 煤炭, kg
    case gas          // 天然气, m³
    case lpg          // 液化石油气, kg
    case gasoline     // 汽油, L
    case diesel       // 柴油, L
    case heat         // 热力, MJ

    public var chineseName: String {
        switch self {
        case .electricity: "电力"
        case .coal: "煤炭"
        case .gas: "天然气"
        case .lpg: "液化石油气"
        case .gasoline: "汽油"
        case .diesel: "柴油"
        case .heat: "热力"
        }
    }

    /// The canonical unit the statistics are held in.
    public var canonicalUnit: String {
        switch self {
        case .electricity: "kWh"
        case .coal, .lpg: "kg"
        case .gas: "m³"
        case .gasoline, .diesel: "L"
        case .heat: "MJ"
        }
    }

    /// Gasoline and diesel are vehicle fuel (车辆); every other source is building energy (建筑).
    public var isVehicleFuel: Bool { self == .gasoline || self == .diesel }

    /// Position in `allCases`.
    public var order: Int {
        switch self {
        case .electricity: 0
        case .coal: 1
        case .gas: 2
        case .lpg: 3
        case .gasoline: 4
        case .diesel: 5
        case .heat: 6
        }
    }

    public static func < (lhs: EnergySource, rhs: EnergySource) -> Bool { lhs.order < rhs.order }

    // By position rather than by the raw string: sources are dictionary keys in the hot loops
    // of the accounts and checks.
    public static func == (lhs: EnergySource, rhs: EnergySource) -> Bool { lhs.order == rhs.order }

    public func hash(into hasher: inout Hasher) { hasher.combine(order) }
}

/// Quantities of every energy source in canonical units. A value type with one field per
/// source, so that iteration order is fixed (`EnergySource.allCases`).
public struct EnergyQuantities: Sendable, Hashable {
    public var electricityKWh: Double = 0
    public var coalKg: Double = 0
    public var gasM3: Double = 0
    public var lpgKg: Double = 0
    public var gasolineL: Double = 0
    public var dieselL: Double = 0
    public var heatMJ: Double = 0

    public init() {}

    public subscript(source: EnergySource) -> Double {
        get {
            switch source {
            case .electricity: electricityKWh
            case .coal: coalKg
            case .gas: gasM3
            case .lpg: lpgKg
            case .gasoline: gasolineL
            case .diesel: dieselL
            case .heat: heatMJ
            }
        }
        set {
            switch source {
            case .electricity: electricityKWh = newValue
            case .coal: coalKg = newValue
            case .gas: gasM3 = newValue
            case .lpg: lpgKg = newValue
            case .gasoline: gasolineL = newValue
            case .diesel: dieselL = newValue
            case .heat: heatMJ = newValue
            }
        }
    }
}
