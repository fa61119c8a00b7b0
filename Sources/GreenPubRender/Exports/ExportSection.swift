import GreenPubModel

/// The machine-readable exports beside the pages (`data/*.json`, `data/*.csv`), for whoever
/// wants the figures of the dashboard, the task pages and the accounts without scraping HTML.
/// Deterministic: the same data gives the same bytes. Schema: docs/exports-schema.md.
public enum ExportSection {
    /// Every export file; none without statistics.
    public static func files(_ data: SiteData) -> [OutputFile] {
        guard data.hasData else { return [] }
        return makers.map { $0(data) }
    }

    /// One function per export file, each independent of the others (the renderer runs them
    /// beside the pages).
    static let makers: [@Sendable (SiteData) -> OutputFile] = [
        { OutputFile(path: PlanPaths.accountsJSON, bytes: AccountExport.json($0)) },
        { OutputFile(path: PlanPaths.indicatorsCSV, bytes: IndicatorExport.csv($0)) },
        { OutputFile(path: PlanPaths.indicatorsJSON, bytes: IndicatorExport.json($0)) },
        { OutputFile(path: PlanPaths.tasksCSV, bytes: TaskExport.csv($0)) },
        { OutputFile(path: PlanPaths.tasksJSON, bytes: TaskExport.json($0)) },
    ]
}
