import Foundation
import Testing

/// With `CHART_PREVIEW_DIR=/some/folder`, writes every sample and edge-case chart there as
/// `<name>.svg` and `<name>.html` (chart plus data table) for looking at; otherwise does nothing.
@Suite struct PreviewExport {
    @Test func exportWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["CHART_PREVIEW_DIR"], !folder.isEmpty else { return }
        let directory = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, chart) in ChartInvariantTests.charts {
            try Data(chart.svg().utf8).write(to: directory.appendingPathComponent(name + ".svg"))
            let page = "<!doctype html><meta charset=\"utf-8\"><body style=\"font-family:sans-serif\"><figure>"
                + chart.svg() + "<figcaption>" + name + "</figcaption></figure>" + chart.dataTableHTML() + "</body>"
            try Data(page.utf8).write(to: directory.appendingPathComponent(name + ".html"))
        }
    }
}
