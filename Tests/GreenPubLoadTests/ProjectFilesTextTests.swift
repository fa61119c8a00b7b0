import Foundation
import GreenPubModel
import Testing
@testable import GreenPubLoad

/// `ProjectFiles.readText`: UTF-8 with or without a BOM, every CR LF made LF and nothing else.
@Suite struct ProjectFilesTextTests {
    @Test(arguments: ["", "a\nb", "a\r\nb\r\n", "\r\n\r\n", "lone\rcr\r", "end\r", "\r", "中文\r\n第二行\n第三行\r\n", "a\r\r\nb"])
    func lineEndsAsFoundationWouldReplaceThem(_ text: String) {
        let made = ProjectFiles.unixLineEnds(Array(text.utf8))
        #expect(String(decoding: made, as: UTF8.self) == text.replacingOccurrences(of: "\r\n", with: "\n"))
    }

    @Test func readsWithoutBOMAndWithUnixLineEnds() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("greenpub-text-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try Data([0xEF, 0xBB, 0xBF] + Array("title: 标题\r\nsummary: x\r\n".utf8)).write(to: root.appendingPathComponent("a.md"))
        try Data([0xFF, 0xFE, 0x41]).write(to: root.appendingPathComponent("b.md"))
        var diagnostics: [Diagnostic] = []
        #expect(ProjectFiles.readText(root: root, relative: "a.md", diagnostics: &diagnostics) == "title: 标题\nsummary: x\n")
        #expect(ProjectFiles.readText(root: root, relative: "b.md", diagnostics: &diagnostics) == nil)
        #expect(diagnostics.map(\.description) == ["b.md:1:1: error: is not UTF-8 text; save it as UTF-8"])
    }
}
