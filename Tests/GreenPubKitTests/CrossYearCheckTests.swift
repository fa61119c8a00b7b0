import Foundation
import Testing
@testable import GreenPubKit

/// The cross-year check runs once per build: each jump in an institution's energy intensity is
/// reported once, at the row of the later year.
@Suite struct CrossYearCheckTests {
    @Test func aJumpInIntensityIsWarnedOnce() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: SampleSite.root.appendingPathComponent(folder),
                                             to: project.url.appendingPathComponent(folder))
        }
        // PSG002's floor area a tenth of the year before: intensity up tenfold in 2024, down in 2025.
        let file = project.url.appendingPathComponent("content/data/statistics/2024.csv")
        let text = try String(contentsOf: file, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "PSG002,彭水自治县教育委员会,01,县级,1409,", with: "PSG002,彭水自治县教育委员会,01,县级,140,")
        #expect(edited != text)
        try edited.write(to: file, atomically: true, encoding: .utf8)

        let report = SiteBuilder.check(root: project.url, today: "2025-06-23")
        let jumps = report.diagnostics.filter { $0.message.contains("the energy intensity of 彭水自治县教育委员会 (PSG002)") }
        #expect(jumps.map(\.location.description) == ["content/data/statistics/2024.csv:3:1", "content/data/statistics/2025.csv:3:1"])
    }
}
