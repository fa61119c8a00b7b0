import GreenPubModel

/// The machine-readable exports beside the pages (`data/*.json`, `data/*.csv`), for whoever
/// wants the figures of the dashboard, the task pages and the accounts without scraping HTML.
/// Deterministic: the same data gives the same bytes. Schema: docs/exports-schema.md.
public enum ExportSection {
    /// Every export file, sorted by path; none without statistics.
    public static func files(_ data: SiteData) -> [OutputFile] {
        let output = CollectedOutput()
        put(data, into: output)
        return output.files
    }

    /// Hands every export file to `output`, one after the other; none without statistics.
    public static func put(_ data: SiteData, into output: any SiteOutput) {
        guard data.hasData else { return }
        // The accounts (tens of megabytes at 30,000 institutions) go from their buffer, not
        // through a copy into an array.
        AccountExport.json(data).withUnsafeBytes { output.put(path: PlanPaths.accountsJSON, contents: $0) }
        output.put(OutputFile(path: PlanPaths.indicatorsCSV, bytes: IndicatorExport.csv(data)))
        output.put(OutputFile(path: PlanPaths.indicatorsJSON, bytes: IndicatorExport.json(data)))
        output.put(OutputFile(path: PlanPaths.tasksCSV, bytes: TaskExport.csv(data)))
        output.put(OutputFile(path: PlanPaths.tasksJSON, bytes: TaskExport.json(data)))
    }
}
