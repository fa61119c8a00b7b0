import GreenPubModel
import Yams

/// Reads `content/campaigns.yaml`: one entry per year's Energy Conservation Week.
///
/// ```yaml
/// - year: 2025
///   start: 2025-06-23
///   end: 2025-06-29
///   theme: 节能增效，焕"新"引领
///   low_carbon_day: 2025-06-25
///   low_carbon_theme: 碳路先锋、绿动未来
///   banner_days_before: 30      # optional, default 30
///   source: where the dates and themes were published
/// ```
public enum CampaignParser {
    public static let path = "content/campaigns.yaml"

    static let keys = ["year", "start", "end", "theme", "low_carbon_day", "low_carbon_theme", "banner_days_before", "source"]

    public static func parse(yaml: String, file: String = path) -> ([Campaign], [Diagnostic]) {
        let root: Node?
        do {
            root = try YAMLDocument.compose(yaml)
        } catch {
            return ([], [YAMLDiagnostics.diagnostic(for: error, file: file)])
        }
        guard let root else { return ([], []) }
        guard let list = root.sequence else {
            return ([], [.error(YAMLDiagnostics.location(of: root, file: file),
                                "campaigns must be a list, one '- year: ...' entry per Energy Conservation Week")])
        }
        var campaigns: [Campaign] = []
        var diagnostics: [Diagnostic] = []
        for item in list {
            let itemAt = YAMLDiagnostics.location(of: item, file: file)
            guard let mapping = item.mapping else {
                diagnostics.append(.error(itemAt, "each campaign is a mapping with year, start, end, theme, low_carbon_day, low_carbon_theme, source"))
                continue
            }
            var values: [String: (String, SourceLocation)] = [:]
            var ok = true
            for (keyNode, valueNode) in mapping {
                let key = keyNode.string ?? ""
                guard keys.contains(key) else {
                    diagnostics.append(.error(YAMLDiagnostics.location(of: keyNode, file: file),
                                              "unknown campaign key '\(key)'; known keys: \(keys.joined(separator: ", "))"))
                    ok = false
                    continue
                }
                guard let text = valueNode.scalar?.string else {
                    diagnostics.append(.error(YAMLDiagnostics.location(of: valueNode, file: file), "'\(key)' must be a single value"))
                    ok = false
                    continue
                }
                values[key] = (text, YAMLDiagnostics.location(of: valueNode, file: file))
            }
            for key in keys where key != "banner_days_before" && values[key] == nil {
                diagnostics.append(.error(itemAt, "campaign has no '\(key):'"))
                ok = false
            }
            guard ok, let year = values["year"].flatMap({ Int($0.0) }) else {
                if let (text, at) = values["year"], Int(text) == nil {
                    diagnostics.append(.error(at, "'year' must be a year such as 2025, found '\(text)'"))
                }
                continue
            }
            for key in ["start", "end", "low_carbon_day"] {
                let (text, at) = values[key]!
                guard let date = ISODate.components(text) else {
                    diagnostics.append(.error(at, "'\(key)' must be a date written YYYY-MM-DD, found '\(text)'"))
                    ok = false
                    continue
                }
                if date.year != year {
                    diagnostics.append(.error(at, "'\(key)' \(text) is not in the campaign's year \(year)"))
                    ok = false
                }
            }
            var bannerDays = 30
            if let (text, at) = values["banner_days_before"] {
                if let days = Int(text), days >= 0 { bannerDays = days } else {
                    diagnostics.append(.error(at, "'banner_days_before' must be a whole number of days, found '\(text)'"))
                    ok = false
                }
            }
            guard ok else { continue }
            let start = values["start"]!.0, end = values["end"]!.0, day = values["low_carbon_day"]!.0
            if end < start {
                diagnostics.append(.error(values["end"]!.1, "the week ends (\(end)) before it starts (\(start))"))
                continue
            }
            if day < start || day > end {
                diagnostics.append(.error(values["low_carbon_day"]!.1, "全国低碳日 \(day) is outside the week \(start) to \(end)"))
                continue
            }
            if let previous = campaigns.first(where: { $0.year == year }) {
                diagnostics.append(.error(itemAt, "a second campaign for \(year); the first is at line \(previous.location.line)"))
                continue
            }
            campaigns.append(Campaign(
                year: year, start: start, end: end, theme: values["theme"]!.0, lowCarbonDay: day,
                lowCarbonTheme: values["low_carbon_theme"]!.0, bannerDaysBefore: bannerDays,
                source: values["source"]!.0, location: itemAt))
        }
        return (campaigns.sorted { $0.year < $1.year }, diagnostics)
    }
}
