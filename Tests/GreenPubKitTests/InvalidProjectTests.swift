import Foundation
import Testing
@testable import GreenPubKit

/// Projects under Fixtures/invalid/<case>: each must fail `check` with exactly the diagnostics
/// pinned in Golden/invalid/<case>.txt.
@Suite struct InvalidProjectTests {
    @Test(arguments: ["front-matter", "templates", "site-settings", "every-file"])
    func diagnosticsMatchGolden(_ name: String) throws {
        let report = SiteBuilder.check(root: Golden.testsFolder("Fixtures/invalid/\(name)"))
        #expect(!report.succeeded)
        let text = report.diagnostics.map(\.description).joined(separator: "\n") + "\n"
        try Golden.assertText(text, matches: Golden.testsFolder("Golden/invalid/\(name).txt"))
    }
}
