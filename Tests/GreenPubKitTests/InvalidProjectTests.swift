import Foundation
import Testing
@testable import GreenPubKit

/// Projects under Fixtures/invalid/<case>: each must fail `check` with exactly the diagnostics
/// pinned in Golden/invalid/<case>.txt.
@Suite struct InvalidProjectTests {
    @Test(arguments: ["front-matter", "templates", "site-settings", "every-file"])
    func diagnosticsMatchGolden(_ name: String) throws {
        let fixture = Golden.testsFolder("Fixtures/invalid/\(name)")
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.copy(from: fixture)
        // A fixture without templates/ is checked with the project's own templates.
        if !FileManager.default.fileExists(atPath: fixture.appendingPathComponent("templates").path) {
            try project.copy(from: SampleSite.root.appendingPathComponent("templates"), into: "templates")
        }
        let report = SiteBuilder.check(root: project.url)
        #expect(!report.succeeded)
        let text = report.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        try Golden.assertText(text, matches: Golden.testsFolder("Golden/invalid/\(name).txt"))
    }
}
