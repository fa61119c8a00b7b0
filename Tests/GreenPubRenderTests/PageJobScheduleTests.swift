import Foundation
import Testing
@testable import GreenPubRender

/// The jobs of all builders run together, lone jobs first, and come back in builder order.
@Suite struct PageJobScheduleTests {
    static func page(_ path: String) -> SitePage {
        SitePage(outputPath: path, title: path, description: "", breadcrumbs: [], menuPath: nil, kind: "page", bodyHTML: path)
    }

    @Test func batchesComeBackInBuilderOrderEachJobOnce() {
        let runs = RunCount()
        // Builders with one job (may be long), with many, and with none.
        let lists: [[PageJob]] = [
            [{ runs.add("a"); return PageBatch(pages: [Self.page("a")]) }],
            (0..<40).map { index in { runs.add("b\(index)"); return PageBatch(pages: [Self.page("b\(index)")]) } },
            [],
            [{ runs.add("c"); return PageBatch(pages: [Self.page("c1"), Self.page("c2")], diagnostics: []) }],
            (0..<3).map { index in { runs.add("d\(index)"); return PageBatch(pages: [Self.page("d\(index)")]) } },
        ]
        let batches = PageJobSchedule.run(lists) { batch in
            var finished = batch
            finished.pages = batch.pages.map { page in
                var done = page
                done.title = "finished " + page.title
                return done
            }
            return finished
        }
        let expected = ["a"] + (0..<40).map { "b\($0)" } + ["c1", "c2"] + (0..<3).map { "d\($0)" }
        #expect(batches.flatMap(\.pages).map(\.outputPath) == expected)
        #expect(batches.flatMap(\.pages).allSatisfy { $0.title == "finished " + $0.outputPath })
        #expect(runs.sorted == (["a", "c"] + (0..<40).map { "b\($0)" } + (0..<3).map { "d\($0)" }).sorted())
    }
}

/// Which jobs ran, from any thread.
private final class RunCount: @unchecked Sendable {
    private let lock = NSLock()
    private var names: [String] = []

    func add(_ name: String) { lock.withLock { names.append(name) } }

    var sorted: [String] { lock.withLock { names.sorted() } }
}
