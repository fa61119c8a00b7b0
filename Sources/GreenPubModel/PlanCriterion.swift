/// What counts as a task done, measured on the registers (or on a metric): a small closed
/// set of shapes. Every criterion may carry a short label (the noun used in the “what is
/// still missing” text) and the office's interpretation of the plan's wording.
public struct PlanCriterion: Sendable, Hashable {
    public indirect enum Shape: Sendable, Hashable {
        /// At least `atLeast` completed entries match the filter.
        case count(EntryFilter, atLeast: Int)
        /// The matching completed entries' `field` adds up to at least `atLeast` (in `unit`).
        case sum(EntryFilter, field: RegisterNumericField, atLeast: Double, unit: String)
        /// At least `atLeastPercent` % of the institutions of a set have a matching completed entry.
        case share(EntryFilter, of: InstitutionSet, atLeastPercent: Double)
        /// At least `atLeast` matching completed entries, and every one of them has `field`
        /// satisfying the comparison with `bound` (PUE after retrofit < 1.5).
        case all(EntryFilter, field: RegisterNumericField, comparison: PlanComparison, bound: Double, atLeast: Int)
        /// A matching entry is completed (a mechanism adopted, a platform in use).
        case exists(EntryFilter)
        /// A metric of the accounts satisfies a bound in the evaluated year (coal share < 2%).
        case indicator(MetricBound)
        /// The registers and statistics cannot tell; `reason` says why. A tally, when given,
        /// is reported beside it as the county's contribution.
        case notMeasurable(reason: String, tally: Tally?)
        /// Every part must hold.
        case allOf([PlanCriterion])
    }

    public var shape: Shape
    /// The thing counted, in Chinese, for messages (能源费用托管项目).
    public var label: String?
    /// How the office reads the plan's words into this criterion.
    public var interpretation: String?
    public var location: SourceLocation

    public init(shape: Shape, label: String? = nil, interpretation: String? = nil, location: SourceLocation) {
        self.shape = shape
        self.label = label
        self.interpretation = interpretation
        self.location = location
    }
}

/// Which register entries a criterion looks at. Empty lists mean “any”.
public struct EntryFilter: Sendable, Hashable {
    public var kinds: [RegisterKind]
    /// Institution ids; empty for any institution.
    public var institutions: [String]
    /// Reporting groups of the entry's institution; empty for any group.
    public var groups: [InstitutionGroup]
    /// Level of the entry's institution; nil for any level.
    public var level: InstitutionLevel?
    /// Text the entry's title must contain (to tell a 碳核查工作机制 from an action plan).
    public var titleContains: String?
    /// Only entries completed on or after this day (the plan period's start, so that work of
    /// an earlier plan does not count); entries not yet completed are not excluded by it.
    public var completedSince: CalendarDate?

    public init(
        kinds: [RegisterKind], institutions: [String] = [], groups: [InstitutionGroup] = [],
        level: InstitutionLevel? = nil, titleContains: String? = nil, completedSince: CalendarDate? = nil
    ) {
        self.kinds = kinds
        self.institutions = institutions
        self.groups = groups
        self.level = level
        self.titleContains = titleContains
        self.completedSince = completedSince
    }
}

/// A set of institutions of the statistics, e.g. county-level 党政机关.
public struct InstitutionSet: Sendable, Hashable {
    /// Empty for every group.
    public var groups: [InstitutionGroup]
    public var level: InstitutionLevel?

    public init(groups: [InstitutionGroup] = [], level: InstitutionLevel? = nil) {
        self.groups = groups
        self.level = level
    }

    public func contains(_ institution: InstitutionRef) -> Bool {
        if !groups.isEmpty, !groups.contains(institution.group) { return false }
        if let level, institution.level != level { return false }
        return true
    }
}

/// A bound on a metric: `key`'s value, in the metric's canonical unit, compared with `value`.
public struct MetricBound: Sendable, Hashable {
    public var key: MetricKey
    public var comparison: PlanComparison
    public var value: Double

    public init(key: MetricKey, comparison: PlanComparison, value: Double) {
        self.key = key
        self.comparison = comparison
        self.value = value
    }
}

/// A count (no field) or sum of matching completed entries, reported without a threshold.
public struct Tally: Sendable, Hashable {
    public var filter: EntryFilter
    public var field: RegisterNumericField?
    public var unit: String?

    public init(filter: EntryFilter, field: RegisterNumericField?, unit: String?) {
        self.filter = filter
        self.field = field
        self.unit = unit
    }
}
