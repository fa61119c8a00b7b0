/// One indicator of a plan (a row of 专栏1, or a quantified aim of the municipal plan): what is
/// measured, over which institutions, its base value and its target.
public struct PlanIndicator: Sendable, Hashable {
    /// The base-year value as printed by the plan.
    public struct Base: Sendable, Hashable {
        public var year: Int
        /// The text as printed, trimmed (`"9.44"`); nil when the plan prints no base value.
        public var printed: String?
        /// The printed number, in the plan's unit (`display_scale` applies).
        public var value: Double?
        /// Decimals as printed (2 for `9.44`): the plan's rounding.
        public var decimals: Int?
        /// Where the base value is written in the YAML file (warnings point here).
        public var location: SourceLocation

        public init(year: Int, printed: String?, value: Double?, decimals: Int?, location: SourceLocation) {
            self.year = year
            self.printed = printed
            self.value = value
            self.decimals = decimals
            self.location = location
        }
    }

    /// The target: an absolute value (专栏1) or a change on the base year (the municipal
    /// plan's “下降5%”), with its comparison.
    public struct Target: Sendable, Hashable {
        public var year: Int
        public var comparison: PlanComparison
        /// The printed target in the plan's unit (`14786` of `≤14786`); nil for a relative target.
        public var value: Double?
        /// A change on the computed base value, in percent (−5 for 下降5%); nil for an absolute target.
        public var changePercent: Double?
        /// The text as printed (`"≤14786"`), when there is one.
        public var printed: String?
        /// Decimals as printed, or the precision the comparison is made at.
        public var decimals: Int?
        public var location: SourceLocation

        public init(
            year: Int, comparison: PlanComparison, value: Double?, changePercent: Double?,
            printed: String?, decimals: Int?, location: SourceLocation
        ) {
            self.year = year
            self.comparison = comparison
            self.value = value
            self.changePercent = changePercent
            self.printed = printed
            self.decimals = decimals
            self.location = location
        }
    }

    /// Stable key, e.g. `county-energy-per-area`.
    public var id: String
    /// The name as printed, e.g. 单位建筑面积能耗（千克标煤/平方米·年）.
    public var name: String
    /// The table section as printed, e.g. 强度（全县公共机构平均值）.
    public var section: String?
    /// The plan's unit, e.g. 万立方米.
    public var unit: String
    public var scope: IndicatorScope
    public var metric: PlanMetric
    public var aggregation: MetricAggregation
    /// Canonical metric value = plan value × displayScale (10000 for 万立方米 of water).
    public var displayScale: Double
    public var base: Base
    public var target: Target
    public var direction: IndicatorDirection
    /// 约束性 or 预期性 as printed; nil when the plan does not say.
    public var attribute: IndicatorAttribute?
    /// The plan's sentence stating the indicator, word for word, when it is stated in prose.
    public var text: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, section: String?, unit: String, scope: IndicatorScope,
        metric: PlanMetric, aggregation: MetricAggregation, displayScale: Double, base: Base,
        target: Target, direction: IndicatorDirection, attribute: IndicatorAttribute?,
        text: String?, location: SourceLocation
    ) {
        self.id = id
        self.name = name
        self.section = section
        self.unit = unit
        self.scope = scope
        self.metric = metric
        self.aggregation = aggregation
        self.displayScale = displayScale
        self.base = base
        self.target = target
        self.direction = direction
        self.attribute = attribute
        self.text = text
        self.location = location
    }

    /// Which series of values the indicator is computed from.
    public var metricKey: MetricKey { MetricKey(metric: metric, scope: scope, aggregation: aggregation) }

    /// 约束性 indicators are binding: falling behind is flagged.
    public var isBinding: Bool { attribute == .binding }
}

/// Over which institutions an indicator or metric is computed.
public enum IndicatorScope: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Every institution of the county (全县公共机构).
    case county
    /// One reporting group (教育类, 卫生类, ...).
    case group(InstitutionGroup)

    public var description: String {
        switch self {
        case .county: "county"
        case .group(let group): "group:\(group.rawValue)"
        }
    }

    public var chineseName: String {
        switch self {
        case .county: "全县"
        case .group(let group): group.chineseName
        }
    }

    private var order: Int {
        switch self {
        case .county: -1
        case .group(let group): group.order
        }
    }

    public static func < (lhs: IndicatorScope, rhs: IndicatorScope) -> Bool { lhs.order < rhs.order }
}

/// How a group's or the county's value is formed from its institutions.
public enum MetricAggregation: String, Sendable, Hashable, CaseIterable, Codable {
    /// The sum (totals: energy, water, CO2).
    case total = "total"
    /// Σ numerator ÷ Σ denominator over the institutions (the county's intensities, shares).
    case ratioOfTotals = "ratio_of_totals"
    /// The mean of the institutions' own values (the plan's 平均值 rows of the groups).
    case meanOfInstitutions = "mean_of_institutions"

    public var key: String { rawValue }
}

/// Whether a smaller or a larger value is progress.
public enum IndicatorDirection: String, Sendable, Hashable, CaseIterable, Codable {
    case lowerIsBetter = "lower_is_better"
    case higherIsBetter = "higher_is_better"

    public var key: String { rawValue }
}

/// 约束性 (binding) or 预期性 (expected) as printed in the table's 属性 column.
public enum IndicatorAttribute: String, Sendable, Hashable, CaseIterable, Codable {
    case binding = "约束性"
    case expected = "预期性"

    public var chineseName: String { rawValue }

    /// Reads 约束性 / 预期性 or the keys `binding` / `expected`.
    public init?(nameOrKey: String) {
        switch nameOrKey {
        case "约束性", "binding": self = .binding
        case "预期性", "expected": self = .expected
        default: return nil
        }
    }
}

/// A comparison of a value with a bound, written as the plan prints it.
public enum PlanComparison: String, Sendable, Hashable, CaseIterable, Codable {
    case lessOrEqual = "≤"
    case less = "<"
    case greaterOrEqual = "≥"
    case greater = ">"

    public var symbol: String { rawValue }

    /// Reads `≤ < ≥ >` or the ASCII `<= >=`.
    public init?(symbol raw: String) {
        switch raw {
        case "≤", "<=": self = .lessOrEqual
        case "<": self = .less
        case "≥", ">=": self = .greaterOrEqual
        case ">": self = .greater
        default: return nil
        }
    }

    /// True when `value` satisfies the comparison with `bound`.
    public func holds(_ value: Double, _ bound: Double) -> Bool {
        switch self {
        case .lessOrEqual: value <= bound
        case .less: value < bound
        case .greaterOrEqual: value >= bound
        case .greater: value > bound
        }
    }

    /// The direction a comparison favours: `≤`/`<` ask for lower values.
    public var favours: IndicatorDirection {
        switch self {
        case .lessOrEqual, .less: .lowerIsBetter
        case .greaterOrEqual, .greater: .higherIsBetter
        }
    }
}
