import GreenPubModel

/// The machine-readable exports beside the pages (`data/*.json`, `data/*.csv`), for whoever
/// wants the figures of the dashboard, the task pages and the accounts without scraping HTML.
/// Deterministic: the same data gives the same bytes. Schema: docs/exports-schema.md.
public enum ExportSection {
    /// Every export file; none without statistics.
    public static func files(_ data: SiteData) -> [OutputFile] {
        guard data.hasData else { return [] }
        return [
            OutputFile(path: PlanPaths.accountsJSON, bytes: AccountExport.json(data)),
            OutputFile(path: PlanPaths.indicatorsCSV, bytes: IndicatorExport.csv(data)),
            OutputFile(path: PlanPaths.indicatorsJSON, bytes: IndicatorExport.json(data)),
            OutputFile(path: PlanPaths.tasksCSV, bytes: TaskExport.csv(data)),
            OutputFile(path: PlanPaths.tasksJSON, bytes: TaskExport.json(data)),
        ]
    }
}
