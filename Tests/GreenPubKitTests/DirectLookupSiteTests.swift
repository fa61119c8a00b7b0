import Foundation
import GreenPubModel
import Testing
@testable import GreenPubKit
@testable import GreenPubRender

/// Every view model that answers template lookups itself (`TemplateObject`) answers exactly as
/// reflection on its stored properties would: the whole sample site, rendered both ways, is
/// the same bytes. A property left out of a lookup, or answered with another value, shows here
/// as the page that differs.
@Suite struct DirectLookupSiteTests {
    @Test func directLookupsRenderTheSameSiteAsReflection() throws {
        let (sources, _) = ProjectLoader.load(root: SampleSite.root)
        let config = try #require(sources.config)
        let (parsed, problems) = TemplateSet.parse(sources.templates)
        #expect(!problems.hasErrors)
        let direct = try #require(parsed)
        var reflected = direct
        reflected.reflectsStoredProperties = true
        let (data, _) = Pipeline.compute(sources, config: config, today: "2025-06-10")

        let (directSite, _) = SiteRenderer(templates: direct).render(data)
        let (reflectedSite, _) = SiteRenderer(templates: reflected).render(data)
        #expect(directSite.files.map(\.path) == reflectedSite.files.map(\.path))
        #expect(directSite.files.count > 300)
        let reflectedBytes = Dictionary(uniqueKeysWithValues: reflectedSite.files.map { ($0.path, $0.bytes) })
        let differing = directSite.files.filter { reflectedBytes[$0.path] != $0.bytes }.map(\.path)
        #expect(differing.isEmpty, "rendered differently with reflection: \(differing.prefix(10))")
    }
}
