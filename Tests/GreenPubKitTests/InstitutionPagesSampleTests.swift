import Foundation
import GreenPubModel
import Testing
@testable import GreenPubKit

/// The structure, group, institution and methodology pages of the Pengshui sample: the 2020
/// page reproduces the figures the county plan prints.
@Suite struct InstitutionPagesSampleTests {
    static let result: Pipeline.Result = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let (sources, diagnostics) = ProjectLoader.load(root: root)
        return Pipeline.run(sources, loadDiagnostics: diagnostics, today: "2025-06-10")
    }()

    func page(_ path: String) throws -> String {
        let file = try #require(Self.result.files.first { $0.path == path }, "no \(path)")
        return String(decoding: file.bytes, as: UTF8.self)
    }

    @Test func theSampleBuilds() {
        #expect(Self.result.succeeded, "\(Self.result.diagnostics.filter(\.isError))")
    }

    @Test func structure2020PrintsThePlansFigures() throws {
        let html = try page("structure/2020.html")
        // Headline: 292 institutions, 129.21万 m², 8.85万 users, 673 vehicles, 15402 tce, 211万 m³, 45169 t.
        for figure in ["292", "129.21", "8.85", "673", "15402", "211.00", "45169"] {
            #expect(html.contains("<span class=\"num\">\(figure)</span>"), "\(figure)")
        }
        // Figures 1-4: energy, CO2, building CO2 and vehicle CO2 by group.
        for share in ["47.31%", "25.18%", "26.06%", "45.39%", "24.38%", "28.84%", "38.88%", "27.44%", "32.50%"] {
            #expect(html.contains(share), "\(share)")
        }
        // Energy and CO2 by source; building CO2 86.70%, building energy 81.26%.
        for share in ["72.95%", "0.86%", "7.45%", "16.25%", "2.49%", "81.83%", "0.74%", "4.13%", "11.47%", "1.84%", "86.70%", "81.26%"] {
            #expect(html.contains(share), "\(share)")
        }
        #expect(html.contains("<body class=\"kind-structure\">"))
    }

    @Test func everyYearAndEveryInstitutionHasItsPage() throws {
        let paths = Set(Self.result.files.map(\.path))
        for year in 2020...2025 { #expect(paths.contains("structure/\(year).html")) }
        for group in ["government", "education", "health", "other"] { #expect(paths.contains("groups/\(group).html")) }
        #expect(paths.filter { $0.hasPrefix("institutions/") && $0 != "institutions/index.html" }.count == 292)
        #expect(paths.contains("methodology.html"))
        let list = try page("institutions/index.html")
        #expect(list.components(separatedBy: "<td class=\"spark\">").count - 1 == 292)
    }

    @Test func institutionPageLinksItsProjectsToTheRegister() throws {
        let html = try page("institutions/PSE001.html")
        #expect(html.contains("href=\"../projects/index.html#entry-RF-003\""))
        #expect(html.contains("href=\"../projects/index.html#entry-EN-001\""))
        #expect(html.contains("<a href=\"../groups/education.html\">教育类公共机构</a>"))
    }

    @Test func methodologyFlagsThePrintedBasesTheDataCannotReproduce() throws {
        let html = try page("methodology.html")
        // County water per user (23.92 printed, 23.84 by ratio) and health CO2 per m² (32.35 printed).
        #expect(html.contains("2项不符"))
        #expect(html.contains("<td class=\"num\">23.92</td><td>总量比值</td><td class=\"num\">23.8413</td><td class=\"num\">23.9199</td>"))
        #expect(html.contains("0.3024（默认 0.3055）"))
    }
}
