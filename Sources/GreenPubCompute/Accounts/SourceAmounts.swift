import GreenPubModel

/// One amount per energy source (tce, tCO2 or a percentage), with a field per source so that
/// every listing follows the fixed order of `EnergySource.allCases`.
public struct SourceAmounts: Sendable, Hashable {
    public var electricity: Double = 0  // 电力
    public var coal: Double = 0         // 煤炭
    public var gas: Double = 0          // 天然气
    public var lpg: Double = 0          // 液化石油气
    public var gasoline: Double = 0     // 汽油
    public var diesel: Double = 0       // 柴油
    public var heat: Double = 0         // 热力

    public init() {}

    /// Builds the amounts by asking `amount` for every source in the fixed order.
    public init(_ amount: (EnergySource) -> Double) {
        for source in EnergySource.allCases { self[source] = amount(source) }
    }

    public static let zero = SourceAmounts()

    public subscript(source: EnergySource) -> Double {
        get {
            switch source {
            case .electricity: electricity
            case .coal: coal
            case .gas: gas
            case .lpg: lpg
            case .gasoline: gasoline
            case .diesel: diesel
            case .heat: heat
            }
        }
        set {
            switch source {
            case .electricity: electricity = newValue
            case .coal: coal = newValue
            case .gas: gas = newValue
            case .lpg: lpg = newValue
            case .gasoline: gasoline = newValue
            case .diesel: diesel = newValue
            case .heat: heat = newValue
            }
        }
    }

    // The sums are written out, adding from zero in `EnergySource.allCases` order (which
    // decides the last bit): an account's totals are worked out from them each time they are
    // asked for, and sorting and ranking ask often.

    /// Sum over every source.
    public var total: Double { 0 + electricity + coal + gas + lpg + gasoline + diesel + heat }

    /// Sum over the building sources (everything but gasoline and diesel; 建筑), in source order.
    public var building: Double { 0 + electricity + coal + gas + lpg + heat }

    /// Sum over the vehicle fuels, gasoline and diesel (车辆), in source order.
    public var vehicle: Double { 0 + gasoline + diesel }

    /// The amounts as (source, amount) pairs in the fixed source order.
    public var entries: [SourceAmount] {
        EnergySource.allCases.map { SourceAmount(source: $0, amount: self[$0]) }
    }

    /// Each source's share of the total, in percent; all zero when the total is zero.
    public var sharesPercent: SourceAmounts {
        let sum = total
        guard sum > 0 else { return .zero }
        return SourceAmounts { self[$0] / sum * 100 }
    }

    public static func + (lhs: SourceAmounts, rhs: SourceAmounts) -> SourceAmounts {
        SourceAmounts { lhs[$0] + rhs[$0] }
    }

    public static func += (lhs: inout SourceAmounts, rhs: SourceAmounts) { lhs = lhs + rhs }
}

/// One source's amount, as listed by `SourceAmounts.entries`.
public struct SourceAmount: Sendable, Hashable {
    public var source: EnergySource
    public var amount: Double

    public init(source: EnergySource, amount: Double) {
        self.source = source
        self.amount = amount
    }
}
