import Foundation
import GreenPubModel
import GreenPubRender
import Testing
@testable import GreenPubKit

/// The plan pages and the exports of the Pengshui sample (content/ of the repository).
@Suite struct PlanPagesSampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let site: (pages: [String: String], data: SiteData) = {
        let (sources, _) = ProjectLoader.load(root: root)
        let (templates, _) = TemplateSet.parse(sources.templates)
        let (data, _) = Pipeline.compute(sources, config: sources.config!, today: "2025-06-10")
        let (rendered, _) = SiteRenderer(templates: templates!).render(data)
        var pages: [String: String] = [:]
        for file in rendered.files where file.path.hasSuffix(".html") { pages[file.path] = String(decoding: file.bytes, as: UTF8.self) }
        return (pages, data)
    }()

    func page(_ path: String) throws -> String { try #require(Self.site.pages[path], "no \(path)") }

    @Test func dashboardShowsEveryIndicatorAndFlagsTheBindingOnesThatMissed() throws {
        let html = try page("indicators.html")
        // 专栏1's 15 rows; the municipal -5% and -7% and its coal share below 2%.
        #expect(html.components(separatedBy: "<section class=\"indicator-trend").count - 1 == 18)
        let banner = try #require(html.components(separatedBy: "<div class=\"banner flagged\">").dropFirst().first?.components(separatedBy: "</div>").first)
        #expect(banner.components(separatedBy: "<li>").count - 1 == 3)
        #expect(banner.contains("#county-water-per-person"))
        #expect(banner.contains("#education-water-per-person"))
        #expect(banner.contains("#education-co2-per-area"))
        // The 2025 verdict of the county's energy per m² (content/README.md: 10.78, met).
        #expect(html.contains("2025年为10.78千克标煤/平方米·年，比基期（2020年核算值11.92）下降9.53%，已达标（目标≤11.44）。"))
    }

    @Test func everyLinkIntoThePlanPagesNamesAnAnchorThatExists() throws {
        let pages = Self.site.pages
        var checked = 0
        for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
            for link in Self.links(in: html) {
                guard let hash = link.firstIndex(of: "#") else { continue }
                let target = Self.resolve(String(link[..<hash]), from: path)
                guard ["indicators.html", "targets.html", "projects/index.html"].contains(target) || target.hasPrefix("tasks/") else { continue }
                let anchor = String(link[link.index(after: hash)...])
                let targetHTML = try #require(pages[target], "\(path) links to \(target), which is not built")
                #expect(targetHTML.contains("id=\"\(anchor)\""), "\(path) links to \(target)#\(anchor), which has no such id")
                checked += 1
            }
        }
        #expect(checked > 300)
    }

    @Test func exportsAreDeterministicAndComplete() throws {
        let data = Self.site.data
        let clock = ContinuousClock()
        var files: [OutputFile] = []
        let elapsed = clock.measure { files = ExportSection.files(data) }
        print("exports of the sample (292 institutions × \(data.years.count) years): \(elapsed), \(files.map { "\($0.path) \($0.bytes.count) B" })")
        #expect(files == ExportSection.files(data))
        let accounts = try #require(files.first { $0.path == "data/accounts.json" })
        let root = try #require(try JSONSerialization.jsonObject(with: Data(accounts.bytes)) as? [String: Any])
        let years = try #require(root["years"] as? [[String: Any]])
        #expect(years.map { ($0["institutions"] as? [Any])?.count } == Array(repeating: 292, count: 6))
        let county2020 = try #require(years.first?["county"] as? [String: Any])
        // The plan's 2020 baseline: 15402 tce, 45169 t.
        #expect(((county2020["energy_tce"] as? [String: Any])?["total"] as? Double).map { $0.rounded() } == 15402)
        #expect(((county2020["co2_t"] as? [String: Any])?["total"] as? Double).map { $0.rounded() } == 45169)
        let tasks = try #require(files.first { $0.path == "data/tasks.json" })
        let taskRoot = try #require(try JSONSerialization.jsonObject(with: Data(tasks.bytes)) as? [String: Any])
        #expect((taskRoot["tasks"] as? [Any])?.count == Self.site.data.plans.reduce(0) { $0 + $1.allTasks.count })
    }

    /// Every href of a page.
    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { rest in rest.firstIndex(of: "\"").map { String(rest[..<$0]) } }
    }

    /// A relative link from the page at `from`, as a site path.
    static func resolve(_ link: String, from: String) -> String {
        if link.isEmpty { return from }
        var parts = from.split(separator: "/").dropLast().map(String.init)
        for part in link.split(separator: "/") {
            if part == ".." { parts.removeLast() } else { parts.append(String(part)) }
        }
        return parts.joined(separator: "/")
    }
}
