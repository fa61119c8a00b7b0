import Foundation
import Testing
@testable import GreenPubKit

/// Whole-project builds of the fixtures under Fixtures/sites, pinned by golden files.
@Suite struct SiteBuildTests {
    let basic = Golden.testsFolder("Fixtures/sites/basic")

    @Test func basicSiteMatchesGoldenFiles() throws {
        let out = try TemporaryFolder()
        defer { out.remove() }
        let report = try SiteBuilder.build(root: basic, output: out.url.appendingPathComponent("site"))
        #expect(report.succeeded, "\(report.diagnostics)")
        try Golden.assertTree(try TemporaryFolder.snapshot(out.url.appendingPathComponent("site")),
                              matches: Golden.testsFolder("Golden/basic"))
    }

    @Test func outputDoesNotDependOnFileListingOrder() throws {
        let a = try TemporaryFolder(), b = try TemporaryFolder()
        defer { a.remove(); b.remove() }
        try a.copy(from: basic)
        try b.copy(from: basic, order: { $0.reversed() })
        let first = try SiteBuilder.build(root: a.url, output: a.url.appendingPathComponent("site"))
        let second = try SiteBuilder.build(root: b.url, output: b.url.appendingPathComponent("site"))
        #expect(first.succeeded && second.succeeded)
        let one = try TemporaryFolder.snapshot(a.url.appendingPathComponent("site"))
        let two = try TemporaryFolder.snapshot(b.url.appendingPathComponent("site"))
        #expect(one.map(\.path) == two.map(\.path))
        #expect(one.map(\.bytes) == two.map(\.bytes))
    }

    @Test func failedBuildLeavesThePreviousSiteByteIdentical() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.copy(from: basic)
        let site = project.url.appendingPathComponent("site")
        #expect(try SiteBuilder.build(root: project.url, output: site).succeeded)
        let before = try TemporaryFolder.snapshot(site)
        let modifiedBefore = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("index.html").path)[.modificationDate] as? Date

        try Data("---\ntitle: [broken\n---\n".utf8).write(to: project.url.appendingPathComponent("content/about.md"))
        let report = try SiteBuilder.build(root: project.url, output: site)
        #expect(!report.succeeded)
        #expect(report.written == nil)
        let after = try TemporaryFolder.snapshot(site)
        #expect(after.map(\.path) == before.map(\.path))
        #expect(after.map(\.bytes) == before.map(\.bytes))
        let modifiedAfter = try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent("index.html").path)[.modificationDate] as? Date
        #expect(modifiedBefore == modifiedAfter)
        // No staging folder is left beside the site.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.url.path).filter { $0.hasPrefix(".site") && $0 != ".site.greenpub" }
        #expect(leftovers.isEmpty)
    }

    @Test func rebuildKeepsUnchangedFilesAndRemovesStaleOnes() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.copy(from: basic)
        let site = project.url.appendingPathComponent("site")
        _ = try SiteBuilder.build(root: project.url, output: site)
        let inode = { (path: String) in
            try FileManager.default.attributesOfItem(atPath: site.appendingPathComponent(path).path)[.systemFileNumber] as? Int
        }
        let cssBefore = try inode("assets/site.css")
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("content/notes/deep.md"))
        try Data("---\ntitle: 关于\nmenu: 20\n---\n新的正文\n".utf8).write(to: project.url.appendingPathComponent("content/about.md"))
        let report = try SiteBuilder.build(root: project.url, output: site)
        #expect(report.succeeded)
        // The stylesheet did not change: it is the same file, not a rewritten copy.
        #expect(try inode("assets/site.css") == cssBefore)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("notes/deep.html").path))
        let about = try String(contentsOf: site.appendingPathComponent("about.html"), encoding: .utf8)
        #expect(about.contains("新的正文"))
    }

    @Test func rebuildWithNothingChangedWritesNothingAndNoticesChanges() throws {
        let project = try TemporaryFolder()
        defer { project.remove() }
        try project.copy(from: basic)
        let site = project.url.appendingPathComponent("site")
        let first = try SiteBuilder.build(root: project.url, output: site)
        #expect(first.reprinted == false)
        let again = try SiteBuilder.build(root: project.url, output: site)
        #expect(again.reprinted)
        #expect(again.written == SiteWriter.Summary(written: 0, unchanged: first.fileCount))
        #expect(again.pageCount == first.pageCount)

        // Another day is another input (the campaign banner depends on it).
        #expect(try SiteBuilder.build(root: project.url, output: site, today: "2025-06-01").reprinted == false)
        // A changed page is noticed.
        try Data("---\ntitle: 关于\nmenu: 20\n---\n改过的正文\n".utf8).write(to: project.url.appendingPathComponent("content/about.md"))
        let edited = try SiteBuilder.build(root: project.url, output: site, today: "2025-06-01")
        #expect(edited.reprinted == false)
        #expect(edited.written?.written == 1)
        // A site changed by hand is rebuilt, not trusted.
        try FileManager.default.removeItem(at: site.appendingPathComponent("index.html"))
        let repaired = try SiteBuilder.build(root: project.url, output: site, today: "2025-06-01")
        #expect(repaired.reprinted == false)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("index.html").path))
        // So is a site with a file the build did not write, hidden or in a new folder; the
        // rebuild removes it.
        for stray in [".stray", "new-folder/stray.html"] {
            let url = site.appendingPathComponent(stray)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
            #expect(try SiteBuilder.build(root: project.url, output: site, today: "2025-06-01").reprinted == false)
            #expect(!FileManager.default.fileExists(atPath: url.path))
            #expect(try SiteBuilder.build(root: project.url, output: site, today: "2025-06-01").reprinted)
        }
    }
}
