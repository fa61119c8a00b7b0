/// The site's colours, fill patterns, line dashes and marker shapes.
///
/// Each reporting group and each energy source has one fixed style, so a colour means the same
/// thing on every page. Groups use the Okabe-Ito palette and energy sources Paul Tol's "muted"
/// palette; both are designed to stay distinguishable with the common colour-vision
/// deficiencies. Because colour alone is lost in greyscale print, every style also has a fill
/// pattern (bars, slices), a dash (lines) and a marker shape (points).
public enum ChartPalette {
    /// Keys of the plan's reporting groups, in the site's order.
    public static let groupKeys = ["government", "education", "health", "other"]

    /// Keys of the energy sources, in the site's order.
    public static let energySourceKeys = ["electricity", "coal", "gas", "lpg", "gasoline", "diesel", "heat"]

    /// Key of the county-wide total when it is drawn next to groups (全县).
    public static let countyKey = "county"

    /// Body text: #1A1A1A on white has a contrast of 17.4:1.
    public static let text = "#1A1A1A"
    /// Secondary text (units, ticks): #595959 on white has a contrast of 7.0:1.
    public static let mutedText = "#595959"
    /// Axis lines and the zero line.
    public static let axis = "#767676"
    /// Grid lines.
    public static let grid = "#E3E3E3"
    /// The white outline of a data point's marker or a pie slice, which keeps it apart from the
    /// lines and slices beside it.
    public static let outline = "#FFFFFF"
    /// The empty part of a progress track and placeholders for missing data.
    public static let track = "#E8E8E8"
    /// The target path (目标路径) of an indicator: neutral dark grey, dashed.
    public static let targetPath = "#666666"
    /// The target point (目标值) and "where the path says we should be" (应达值).
    public static let targetAccent = "#D55E00"
    /// Progress towards a target.
    public static let progress = "#0072B2"
    /// Progress that went the wrong way (逆向).
    public static let regress = "#A6430A"

    /// The style of `key` (a group or energy-source key, or `county`); `nil` for other keys.
    public static func style(forKey key: String) -> SeriesStyle? {
        switch key {
        case "government": SeriesStyle(color: "#0072B2", pattern: .solid, dash: .solid, marker: .circle)
        case "education": SeriesStyle(color: "#E69F00", pattern: .diagonal, dash: .dashed, marker: .square)
        case "health": SeriesStyle(color: "#009E73", pattern: .dots, dash: .dotted, marker: .triangle)
        case "other": SeriesStyle(color: "#CC79A7", pattern: .crosshatch, dash: .dashDot, marker: .diamond)
        case "county": SeriesStyle(color: "#000000", pattern: .solid, dash: .solid, marker: .triangleDown)
        case "electricity": SeriesStyle(color: "#332288", pattern: .solid, dash: .solid, marker: .circle)
        case "coal": SeriesStyle(color: "#882255", pattern: .diagonal, dash: .dashed, marker: .square)
        case "gas": SeriesStyle(color: "#44AA99", pattern: .dots, dash: .dotted, marker: .triangle)
        case "lpg": SeriesStyle(color: "#88CCEE", pattern: .crosshatch, dash: .dashDot, marker: .diamond)
        case "gasoline": SeriesStyle(color: "#DDCC77", pattern: .horizontal, dash: .longDash, marker: .triangleDown)
        case "diesel": SeriesStyle(color: "#999933", pattern: .antidiagonal, dash: .shortDash, marker: .cross)
        case "heat": SeriesStyle(color: "#CC6677", pattern: .vertical, dash: .dashDotDot, marker: .ring)
        default: nil
        }
    }

    /// Styles for series with keys the palette does not know, in order of use.
    public static let fallbackStyles: [SeriesStyle] = [
        SeriesStyle(color: "#0072B2", pattern: .solid, dash: .solid, marker: .circle),
        SeriesStyle(color: "#D55E00", pattern: .diagonal, dash: .dashed, marker: .square),
        SeriesStyle(color: "#009E73", pattern: .dots, dash: .dotted, marker: .triangle),
        SeriesStyle(color: "#CC79A7", pattern: .crosshatch, dash: .dashDot, marker: .diamond),
        SeriesStyle(color: "#E69F00", pattern: .horizontal, dash: .longDash, marker: .triangleDown),
        SeriesStyle(color: "#56B4E9", pattern: .antidiagonal, dash: .shortDash, marker: .cross),
        SeriesStyle(color: "#000000", pattern: .vertical, dash: .dashDotDot, marker: .ring),
        SeriesStyle(color: "#332288", pattern: .solid, dash: .longDash, marker: .diamond),
    ]

    /// The styles of a chart's series, in order: known keys get their fixed style; unknown
    /// keys take the next fallback style whose colour no earlier series uses. When more than
    /// eight unknown keys share a chart the fallbacks repeat with other patterns, dashes and
    /// markers. Two series with the same key share a style.
    public static func styles(forKeys keys: [String]) -> [SeriesStyle] {
        var result: [SeriesStyle] = []
        var assignedKeys: [String] = []
        var fallbackCursor = 0
        // Known keys anywhere in the chart keep their colours out of the fallbacks' way.
        let reserved = keys.compactMap(style(forKey:))
        for key in keys {
            defer { assignedKeys.append(key) }
            if let index = assignedKeys.firstIndex(of: key) {
                result.append(result[index])
                continue
            }
            if let known = style(forKey: key) {
                result.append(known)
                continue
            }
            // Prefer a fallback that differs from the chart's other series in colour, marker and
            // dash; failing that, in colour alone; failing that, take the next one.
            func candidate(_ skip: Int) -> SeriesStyle { fallbackStyles[(fallbackCursor + skip) % fallbackStyles.count] }
            let skips = 0..<fallbackStyles.count
            let taken = result + reserved
            let distinct = skips.first { skip in
                !taken.contains { $0.color == candidate(skip).color || $0.marker == candidate(skip).marker || $0.dash == candidate(skip).dash }
            }
            let newColour = skips.first { skip in !taken.contains { $0.color == candidate(skip).color } }
            fallbackCursor += distinct ?? newColour ?? 0
            var chosen = fallbackStyles[fallbackCursor % fallbackStyles.count]
            let cycle = fallbackCursor / fallbackStyles.count
            if cycle > 0 {
                chosen.pattern = shifted(chosen.pattern, by: cycle)
                chosen.dash = shifted(chosen.dash, by: cycle)
                chosen.marker = shifted(chosen.marker, by: cycle)
            }
            fallbackCursor += 1
            result.append(chosen)
        }
        return result
    }

    private static func shifted<Value: CaseIterable & Equatable>(_ value: Value, by offset: Int) -> Value
        where Value.AllCases == [Value]
    {
        let all = Value.allCases
        let index = all.firstIndex(of: value) ?? 0
        return all[(index + offset) % all.count]
    }
}

/// How one series is drawn: colour plus the cues that survive greyscale printing.
public struct SeriesStyle: Sendable, Hashable {
    /// `#RRGGBB`.
    public var color: String
    /// Fill for bars and slices.
    public var pattern: FillPattern
    /// Stroke for lines.
    public var dash: LineDash
    /// Shape of points on lines.
    public var marker: MarkerShape

    public init(color: String, pattern: FillPattern, dash: LineDash, marker: MarkerShape) {
        self.color = color
        self.pattern = pattern
        self.dash = dash
        self.marker = marker
    }
}

/// A hatch drawn over a fill colour so areas differ without colour.
public enum FillPattern: String, Sendable, Hashable, CaseIterable {
    case solid, diagonal, antidiagonal, dots, crosshatch, horizontal, vertical
}

/// A line's dash pattern.
public enum LineDash: String, Sendable, Hashable, CaseIterable {
    case solid, dashed, dotted, dashDot, longDash, shortDash, dashDotDot

    /// The `stroke-dasharray` value, `nil` for a solid line.
    public var dashArray: String? {
        switch self {
        case .solid: nil
        case .dashed: "7 4"
        case .dotted: "2 3"
        case .dashDot: "8 3 2 3"
        case .longDash: "12 4"
        case .shortDash: "4 3"
        case .dashDotDot: "8 3 2 3 2 3"
        }
    }
}

/// The shape of a data point.
public enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    case circle, square, triangle, triangleDown, diamond, cross, ring
}
