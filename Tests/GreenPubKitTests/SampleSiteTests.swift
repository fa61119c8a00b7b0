import Foundation
import Testing
@testable import GreenPubKit

/// The repository's own sample project (彭水自治县), built once for the suite.
enum SampleSite {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A build of the sample as of a fixed day in the 2025 campaign's run-up.
    static let build: (report: SiteBuilder.Report, files: [(path: String, bytes: [UInt8])]) = {
        let (sources, diagnostics) = ProjectLoader.load(root: root)
        let result = Pipeline.run(sources, loadDiagnostics: diagnostics, today: "2025-06-10")
        let report = SiteBuilder.Report(diagnostics: result.diagnostics, pageCount: result.pageCount, fileCount: result.files.count, written: nil)
        return (report, result.files.map { ($0.path, $0.bytes) })
    }()

    static func file(_ path: String) -> [UInt8]? { build.files.first { $0.path == path }?.bytes }
}

/// One page of each kind of the sample site, pinned byte for byte under Golden/sample/.
@Suite struct SampleSiteTests {
    /// One page per page kind (and the files beside the pages).
    static let pinned = [
        "index.html", "404.html", "about.html", "feed.xml", "sitemap.xml", "robots.txt",
        "indicators.html", "tasks/index.html", "tasks/column-3.html", "targets.html", "projects/index.html",
        "structure/2020.html", "groups/education.html", "institutions/index.html", "institutions/PSE001.html",
        "methodology.html", "briefings/index.html", "reports/index.html", "campaigns/index.html", "campaigns/2025.html",
        "data/indicators.csv",
    ]

    @Test func sampleBuildsWithoutErrors() {
        let errors = SampleSite.build.report.diagnostics.filter(\.isError)
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }

    @Test(arguments: pinned)
    func pageMatchesGolden(_ path: String) throws {
        let bytes = try #require(SampleSite.file(path), "the sample site has no \(path)")
        try Golden.assertText(String(decoding: bytes, as: UTF8.self), matches: Golden.testsFolder("Golden/sample/\(path)"))
    }

    /// Every href and src of every page names a file of the site (or a fragment of one that exists).
    @Test func everyInternalLinkResolves() throws {
        let paths = Set(SampleSite.build.files.map(\.path))
        var broken: [String] = []
        for file in SampleSite.build.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for target in Self.links(in: html) {
                if target.hasPrefix("#") || target.hasPrefix("mailto:") { continue }
                if target.hasPrefix("http://") || target.hasPrefix("https://") || target.hasPrefix("//") || target.hasPrefix("/") {
                    broken.append("\(file.path): \(target) leaves the site or is not relative")
                    continue
                }
                let withoutFragment = String(target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
                let resolved = Self.resolve(withoutFragment, from: file.path)
                if !paths.contains(resolved) { broken.append("\(file.path): \(target) -> \(resolved) is not in the site") }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(20).joined(separator: "\n"))")
    }

    static func links(in html: String) -> [String] {
        var found: [String] = []
        for attribute in [" href=\"", " src=\""] {
            var rest = Substring(html)
            while let start = rest.range(of: attribute) {
                rest = rest[start.upperBound...]
                guard let end = rest.firstIndex(of: "\"") else { break }
                found.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = rest[end...]
            }
        }
        return found
    }

    static func resolve(_ target: String, from page: String) -> String {
        var parts = page.split(separator: "/").dropLast().map(String.init)
        for piece in target.split(separator: "/", omittingEmptySubsequences: false) {
            if piece == ".." { if !parts.isEmpty { parts.removeLast() } } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }
}
