import GreenPubModel

/// The keys of `content/data/factors.yaml` below a factor set, and the unit each value is in.
enum FactorKey: Hashable, Comparable {
    /// `standard_coal.<source>`: kgce per canonical unit; gasoline and diesel per kg.
    case standardCoal(EnergySource)
    /// `standard_coal.electricity_equal_value`: electricity by the 等价值, kgce/kWh.
    case electricityEqualValue
    /// `density.gasoline|diesel`: kg per litre.
    case density(EnergySource)
    /// `co2.<source>`: kgCO2 per canonical unit.
    case co2(EnergySource)

    static let sections = ["standard_coal", "density", "co2"]
    static let densityFuels: [EnergySource] = [.gasoline, .diesel]

    /// Every key a complete (default) set must have, in the order of the file.
    static let all: [FactorKey] =
        EnergySource.allCases.map { .standardCoal($0) } + [.electricityEqualValue]
        + densityFuels.map { .density($0) } + EnergySource.allCases.map { .co2($0) }

    /// The keys allowed in one section, in the order of the file.
    static func keys(in section: String) -> [FactorKey] {
        all.filter { $0.section == section }
    }

    var section: String {
        switch self {
        case .standardCoal, .electricityEqualValue: "standard_coal"
        case .density: "density"
        case .co2: "co2"
        }
    }

    var name: String {
        switch self {
        case .standardCoal(let source), .density(let source), .co2(let source): source.rawValue
        case .electricityEqualValue: "electricity_equal_value"
        }
    }

    var path: String { "\(section).\(name)" }

    var unit: String {
        switch self {
        case .standardCoal(let source):
            source.isVehicleFuel ? "kgce/kg" : "kgce/\(source.canonicalUnit)"
        case .electricityEqualValue: "kgce/kWh"
        case .density: "kg/L"
        case .co2(let source): "kgCO2/\(source.canonicalUnit)"
        }
    }

    /// Densities divide nothing but must not be zero; every other value may be zero.
    var mustBePositive: Bool {
        if case .density = self { return true }
        return false
    }

    private var order: Int { FactorKey.all.firstIndex(of: self) ?? Int.max }

    static func < (lhs: FactorKey, rhs: FactorKey) -> Bool { lhs.order < rhs.order }
}

/// One value read from the file, with its source text and where it was written.
struct FactorEntry: Hashable {
    var value: Double
    var source: String
    var location: SourceLocation
}
